package io.tarn.engine.function.library;

import com.google.common.io.BaseEncoding;
import io.tarn.engine.function.FunctionRegistry;
import io.tarn.engine.function.ScalarImplementation;
import io.tarn.engine.function.Scalars;
import io.tarn.error.TarnException;
import io.tarn.storage.vector.BytesVector;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.LongVector;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;

import static io.tarn.engine.StandardErrorCode.INVALID_FUNCTION_ARGUMENT;

/**
 * Binary and encoding functions: UTF-8, hex, base32/64, hashes, big-endian and IEEE 754 encodings, and the
 * {@code varbinary} forms of {@code length}, {@code concat}, {@code substr}, {@code lpad}, {@code rpad} and
 * {@code reverse}.
 */
final class BinaryFunctions
{
    private static final int REPLACEMENT_CHARACTER = 0xFFFD;
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private BinaryFunctions() {}

    static void register(FunctionRegistry.Builder functions)
    {
        functions.scalar("to_utf8(varchar): varbinary", "UTF-8 encoding of the string", RowKernel.of((arguments, position, result, output) ->
                ((BytesVector) result).setReference(position, ((BytesVector) arguments[0]).vector[position], ((BytesVector) arguments[0]).start[position], ((BytesVector) arguments[0]).length[position])));
        functions.scalar("from_utf8(varbinary): varchar", "Decodes UTF-8, replacing invalid sequences with U+FFFD",
                RowKernel.of((arguments, position, result, output) -> fromUtf8(arguments, position, (BytesVector) result, output, REPLACEMENT_CHARACTER)));
        functions.scalar("from_utf8(varbinary, bigint): varchar", "Decodes UTF-8, replacing invalid sequences with the given code point",
                RowKernel.of((arguments, position, result, output) -> fromUtf8(arguments, position, (BytesVector) result, output, replacement(((LongVector) arguments[1]).values[position]))));
        functions.scalar("from_utf8(varbinary, varchar): varchar", "Decodes UTF-8, replacing invalid sequences with the given character (or removing them)",
                RowKernel.of((arguments, position, result, output) -> fromUtf8(arguments, position, (BytesVector) result, output, replacement(((BytesVector) arguments[1]).getString(position)))));
        functions.scalar("length(varbinary): bigint", "Length in bytes", RowKernel.of((arguments, position, result, output) ->
                ((LongVector) result).values[position] = ((BytesVector) arguments[0]).length[position]));
        functions.scalar("concat(varbinary...): varbinary", "Concatenation of the binary values", StringFunctions::concat);
        functions.scalar("substr(varbinary, bigint): varbinary", "Suffix from the 1-based start (negative counts from the end)",
                RowKernel.of((arguments, position, result, output) -> substring(arguments, position, (BytesVector) result, Long.MAX_VALUE)));
        functions.scalar("substr(varbinary, bigint, bigint): varbinary", "Bytes of the given length from the 1-based start (negative counts from the end)",
                RowKernel.of((arguments, position, result, output) -> substring(arguments, position, (BytesVector) result, ((LongVector) arguments[2]).values[position])));
        functions.scalar("lpad(varbinary, bigint, varbinary): varbinary", "Pads on the left to the given length (or truncates)",
                RowKernel.of((arguments, position, result, output) -> pad(arguments, position, (BytesVector) result, output, true)));
        functions.scalar("rpad(varbinary, bigint, varbinary): varbinary", "Pads on the right to the given length (or truncates)",
                RowKernel.of((arguments, position, result, output) -> pad(arguments, position, (BytesVector) result, output, false)));
        functions.scalar("reverse(varbinary): varbinary", "The bytes in reverse order", bytes(value -> {
            byte[] reversed = new byte[value.length];
            for (int index = 0; index < value.length; index++) {
                reversed[index] = value[value.length - 1 - index];
            }
            return reversed;
        }));

        functions.scalar("to_hex(varbinary): varchar", "Upper-case hexadecimal encoding", Scalars.unary(value -> HEX.formatHex((byte[]) value)));
        functions.scalar("from_hex(varchar): varbinary", "Decodes hexadecimal", Scalars.unary(value -> fromHex((String) value)));
        functions.scalar("from_hex(varbinary): varbinary", "Decodes hexadecimal", Scalars.unary(value -> fromHex(new String((byte[]) value, StandardCharsets.UTF_8))));
        functions.scalar("to_base64(varbinary): varchar", "Base64 encoding", Scalars.unary(value -> Base64.getEncoder().encodeToString((byte[]) value)));
        functions.scalar("from_base64(varchar): varbinary", "Decodes base64", Scalars.unary(value -> fromBase64(Base64.getDecoder(), ((String) value).getBytes(StandardCharsets.UTF_8))));
        functions.scalar("from_base64(varbinary): varbinary", "Decodes base64", Scalars.unary(value -> fromBase64(Base64.getDecoder(), (byte[]) value)));
        functions.scalar("to_base64url(varbinary): varchar", "Base64 encoding with the URL-safe alphabet", Scalars.unary(value -> Base64.getUrlEncoder().encodeToString((byte[]) value)));
        functions.scalar("from_base64url(varchar): varbinary", "Decodes base64 with the URL-safe alphabet",
                Scalars.unary(value -> fromBase64(Base64.getUrlDecoder(), ((String) value).getBytes(StandardCharsets.UTF_8))));
        functions.scalar("from_base64url(varbinary): varbinary", "Decodes base64 with the URL-safe alphabet", Scalars.unary(value -> fromBase64(Base64.getUrlDecoder(), (byte[]) value)));
        functions.scalar("to_base32(varbinary): varchar", "Base32 encoding", Scalars.unary(value -> BaseEncoding.base32().encode((byte[]) value)));
        functions.scalar("from_base32(varchar): varbinary", "Decodes base32", Scalars.unary(value -> fromBase32((String) value)));
        functions.scalar("from_base32(varbinary): varbinary", "Decodes base32", Scalars.unary(value -> fromBase32(new String((byte[]) value, StandardCharsets.UTF_8))));

        functions.scalar("md5(varbinary): varbinary", "MD5 hash", digest("MD5"));
        functions.scalar("sha1(varbinary): varbinary", "SHA-1 hash", digest("SHA-1"));
        functions.scalar("sha256(varbinary): varbinary", "SHA-256 hash", digest("SHA-256"));
        functions.scalar("sha512(varbinary): varbinary", "SHA-512 hash", digest("SHA-512"));
        functions.scalar("crc32(varbinary): bigint", "CRC-32 checksum", RowKernel.of(call -> {
            CRC32 crc = new CRC32();
            return (arguments, position, result, output) -> {
                BytesVector value = (BytesVector) arguments[0];
                crc.reset();
                crc.update(value.vector[position], value.start[position], value.length[position]);
                ((LongVector) result).values[position] = crc.getValue();
            };
        }));
        functions.scalar("xxhash64(varbinary): varbinary", "64-bit xxHash", RowKernel.of((arguments, position, result, output) -> {
            BytesVector value = (BytesVector) arguments[0];
            long hash = Hashes.xxhash64(value.vector[position], value.start[position], value.length[position]);
            output.set((BytesVector) result, position, ByteBuffer.allocate(Long.BYTES).putLong(hash).array(), 0, Long.BYTES);
        }));
        functions.scalar("murmur3(varbinary): varbinary", "128-bit MurmurHash3", RowKernel.of((arguments, position, result, output) -> {
            BytesVector value = (BytesVector) arguments[0];
            byte[] hash = Hashes.murmur3(value.vector[position], value.start[position], value.length[position]);
            ((BytesVector) result).setReference(position, hash, 0, hash.length);
        }));
        functions.scalar("hmac_md5(varbinary, varbinary): varbinary", "HMAC with MD5 of the value under the key", hmac("HmacMD5"));
        functions.scalar("hmac_sha1(varbinary, varbinary): varbinary", "HMAC with SHA-1 of the value under the key", hmac("HmacSHA1"));
        functions.scalar("hmac_sha256(varbinary, varbinary): varbinary", "HMAC with SHA-256 of the value under the key", hmac("HmacSHA256"));
        functions.scalar("hmac_sha512(varbinary, varbinary): varbinary", "HMAC with SHA-512 of the value under the key", hmac("HmacSHA512"));

        functions.scalar("to_big_endian_64(bigint): varbinary", "The 8 bytes of the value, most significant first",
                Scalars.unary(value -> ByteBuffer.allocate(Long.BYTES).putLong((Long) value).array()));
        functions.scalar("from_big_endian_64(varbinary): bigint", "The bigint whose 8 bytes, most significant first, are given",
                Scalars.unary(value -> ByteBuffer.wrap(exactLength((byte[]) value, Long.BYTES, "expected 8-byte input, but got instead: ")).getLong()));
        functions.scalar("to_big_endian_32(integer): varbinary", "The 4 bytes of the value, most significant first",
                Scalars.unary(value -> ByteBuffer.allocate(Integer.BYTES).putInt(((Long) value).intValue()).array()));
        functions.scalar("from_big_endian_32(varbinary): integer", "The integer whose 4 bytes, most significant first, are given",
                Scalars.unary(value -> (long) ByteBuffer.wrap(exactLength((byte[]) value, Integer.BYTES, "expected 4-byte input, but got instead: ")).getInt()));
        functions.scalar("to_ieee754_64(double): varbinary", "IEEE 754 binary64 encoding, big-endian",
                Scalars.unary(value -> ByteBuffer.allocate(Double.BYTES).putDouble((Double) value).array()));
        functions.scalar("from_ieee754_64(varbinary): double", "The double of a big-endian IEEE 754 binary64 encoding",
                Scalars.unary(value -> ByteBuffer.wrap(exactLength((byte[]) value, Double.BYTES, "Input floating-point value must be exactly 8 bytes long")).getDouble()));
        functions.scalar("to_ieee754_32(real): varbinary", "IEEE 754 binary32 encoding, big-endian",
                Scalars.unary(value -> ByteBuffer.allocate(Float.BYTES).putFloat(((Double) value).floatValue()).array()));
        functions.scalar("from_ieee754_32(varbinary): real", "The real of a big-endian IEEE 754 binary32 encoding",
                Scalars.unary(value -> (double) ByteBuffer.wrap(exactLength((byte[]) value, Float.BYTES, "Input floating-point value must be exactly 4 bytes long")).getFloat()));
    }

    private static ScalarImplementation bytes(UnaryOperator<byte[]> function)
    {
        return Scalars.unary(value -> function.apply((byte[]) value));
    }

    /**
     * Trino's repair of invalid UTF-8: each maximal bad sequence (a stray byte, a truncated or overlong
     * sequence, a surrogate, a code point above U+10FFFF) becomes one replacement, or nothing when the
     * replacement is -1.
     */
    private static void fromUtf8(ColumnVector[] arguments, int position, BytesVector result, ByteOutput output, int replacement)
    {
        BytesVector input = (BytesVector) arguments[0];
        byte[] bytes = input.vector[position];
        int start = input.start[position];
        int end = start + input.length[position];
        int index = start;
        while (index < end && bytes[index] >= 0) {
            index++;
        }
        if (index == end) {
            result.setReference(position, bytes, start, end - start);
            return;
        }
        output.begin();
        output.write(bytes, start, index - start);
        while (index < end) {
            if (bytes[index] >= 0) {
                output.write(bytes[index++]);
                continue;
            }
            int length = validSequenceLength(bytes, index, end);
            if (length > 0) {
                output.write(bytes, index, length);
                index += length;
                continue;
            }
            if (replacement >= 0) {
                output.writeCodePoint(replacement);
            }
            index -= length;
        }
        output.finish(result, position);
    }

    /**
     * The length of the well-formed sequence at {@code offset}, or minus the number of bytes of the
     * malformed one.
     */
    private static int validSequenceLength(byte[] bytes, int offset, int end)
    {
        int lead = bytes[offset] & 0xFF;
        int length;
        if (lead < 0xC0) {
            return -1;
        }
        else if (lead < 0xE0) {
            length = 2;
        }
        else if (lead < 0xF0) {
            length = 3;
        }
        else if (lead < 0xF8) {
            length = 4;
        }
        else if (lead < 0xFC) {
            length = 5;
        }
        else if (lead < 0xFE) {
            length = 6;
        }
        else {
            return -1;
        }
        for (int index = 1; index < length; index++) {
            if (offset + index >= end || !Utf8.isContinuation(bytes[offset + index])) {
                return -index;
            }
        }
        if (length > 4) {
            return -length;
        }
        int codePoint = Utf8.codePointAt(bytes, offset, end);
        int minimum = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
        if (codePoint < minimum || codePoint > Character.MAX_CODE_POINT || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
            return -length;
        }
        return length;
    }

    private static int replacement(long codePoint)
    {
        if (codePoint < 0 || codePoint > Character.MAX_CODE_POINT || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Invalid replacement character code point: " + codePoint);
        }
        return (int) codePoint;
    }

    private static int replacement(String text)
    {
        int count = text.codePointCount(0, text.length());
        if (count > 1) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Replacement character string must empty or a single character");
        }
        return count == 0 ? -1 : text.codePointAt(0);
    }

    private static void substring(ColumnVector[] arguments, int position, BytesVector result, long length)
    {
        BytesVector input = (BytesVector) arguments[0];
        long start = ((LongVector) arguments[1]).values[position];
        int begin = input.start[position];
        int size = input.length[position];
        if (start == 0 || length <= 0 || size == 0) {
            result.setReference(position, input.vector[position], begin, 0);
            return;
        }
        long first = start > 0 ? start - 1 : size + start;
        if (first < 0 || first >= size) {
            result.setReference(position, input.vector[position], begin, 0);
            return;
        }
        long last = Math.min(size, first + Math.min(length, size));
        result.setReference(position, input.vector[position], begin + (int) first, (int) (last - first));
    }

    private static void pad(ColumnVector[] arguments, int position, BytesVector result, ByteOutput output, boolean left)
    {
        BytesVector input = (BytesVector) arguments[0];
        long targetLength = ((LongVector) arguments[1]).values[position];
        BytesVector padding = (BytesVector) arguments[2];
        if (targetLength < 0 || targetLength > Integer.MAX_VALUE) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Target length must be in the range [0.." + Integer.MAX_VALUE + "]");
        }
        int paddingLength = padding.length[position];
        if (paddingLength == 0) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Padding bytes must not be empty");
        }
        int size = input.length[position];
        if (size >= targetLength) {
            result.setReference(position, input.vector[position], input.start[position], (int) targetLength);
            return;
        }
        output.begin();
        if (!left) {
            output.write(input.vector[position], input.start[position], size);
        }
        for (long missing = targetLength - size, index = 0; index < missing; index++) {
            output.write(padding.vector[position][padding.start[position] + (int) (index % paddingLength)]);
        }
        if (left) {
            output.write(input.vector[position], input.start[position], size);
        }
        output.finish(result, position);
    }

    private static byte[] fromHex(String text)
    {
        if (text.length() % 2 != 0) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "invalid input length " + text.length());
        }
        byte[] result = new byte[text.length() / 2];
        for (int index = 0; index < result.length; index++) {
            result[index] = (byte) ((hexDigit(text.charAt(2 * index)) << 4) | hexDigit(text.charAt(2 * index + 1)));
        }
        return result;
    }

    private static int hexDigit(char character)
    {
        int digit = Character.digit(character, 16);
        if (digit < 0 || character > 'f') {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "not a hexadecimal digit: \"" + character + "\" = " + (int) character);
        }
        return digit;
    }

    private static byte[] fromBase64(Base64.Decoder decoder, byte[] encoded)
    {
        try {
            return decoder.decode(encoded);
        }
        catch (IllegalArgumentException e) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, e.getMessage());
        }
    }

    private static byte[] fromBase32(String encoded)
    {
        try {
            return BaseEncoding.base32().decode(encoded);
        }
        catch (IllegalArgumentException e) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, e.getMessage());
        }
    }

    private static ScalarImplementation digest(String algorithm)
    {
        return RowKernel.of(call -> {
            MessageDigest digest;
            try {
                digest = MessageDigest.getInstance(algorithm);
            }
            catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            return (arguments, position, result, output) -> {
                BytesVector value = (BytesVector) arguments[0];
                digest.update(value.vector[position], value.start[position], value.length[position]);
                byte[] hash = digest.digest();
                ((BytesVector) result).setReference(position, hash, 0, hash.length);
            };
        });
    }

    private static ScalarImplementation hmac(String algorithm)
    {
        return Scalars.binary((value, key) -> {
            try {
                Mac mac = Mac.getInstance(algorithm);
                mac.init(new SecretKeySpec((byte[]) key, algorithm));
                return mac.doFinal((byte[]) value);
            }
            catch (IllegalArgumentException e) {
                throw new TarnException(INVALID_FUNCTION_ARGUMENT, e.getMessage());
            }
            catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static byte[] exactLength(byte[] value, int length, String message)
    {
        if (value.length != length) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, message.endsWith(": ") ? message + value.length : message);
        }
        return value;
    }
}
