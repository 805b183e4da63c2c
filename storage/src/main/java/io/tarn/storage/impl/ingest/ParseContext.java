package io.tarn.storage.impl.ingest;

import com.fasterxml.jackson.core.JsonParser;
import org.apache.orc.storage.ql.exec.vector.BytesColumnVector;

import java.io.IOException;
import java.util.Arrays;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * What the value parsers of one thread share while parsing one record: the record's bytes (nested values
 * kept as JSON text are copied from them, plain strings referred to) and the code that moves text into
 * string vectors without creating {@code String}s.
 */
final class ParseContext
{
    private static final byte[] TRUE = "true".getBytes(UTF_8);
    private static final byte[] FALSE = "false".getBytes(UTF_8);

    private byte[] record;
    private int recordOffset;
    private int recordLength;

    void startRecord(byte[] data, int offset, int length)
    {
        this.record = data;
        this.recordOffset = offset;
        this.recordLength = length;
    }

    byte[] record()
    {
        return record;
    }

    int recordOffset()
    {
        return recordOffset;
    }

    int recordLength()
    {
        return recordLength;
    }

    /**
     * Stores the text of the parser's current scalar token (a string, number or boolean) as UTF-8. A
     * string of printable ASCII without escapes is referred to where it stands in the record's bytes, which
     * must therefore stay unchanged while the vector is in use; the parser then skips it rather than
     * decoding it.
     */
    void setText(JsonParser parser, BytesColumnVector vector, int row)
            throws IOException
    {
        switch (parser.currentToken()) {
            case VALUE_TRUE -> vector.setVal(row, TRUE, 0, TRUE.length);
            case VALUE_FALSE -> vector.setVal(row, FALSE, 0, FALSE.length);
            case VALUE_STRING -> {
                if (!setPlainString(parser, vector, row)) {
                    setCharacters(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength(), vector, row);
                }
            }
            default -> setCharacters(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength(), vector, row);
        }
        vector.isNull[row] = false;
    }

    /**
     * Refers to the current string token's bytes in the record when they are printable ASCII without a
     * backslash (the decoded text is then the same bytes); returns false otherwise.
     */
    private boolean setPlainString(JsonParser parser, BytesColumnVector vector, int row)
    {
        long tokenOffset = parser.currentTokenLocation().getByteOffset();
        int end = recordOffset + recordLength;
        if (tokenOffset < 0 || tokenOffset >= recordLength || record[recordOffset + (int) tokenOffset] != '"') {
            return false;
        }
        int start = recordOffset + (int) tokenOffset + 1;
        for (int index = start; index < end; index++) {
            byte value = record[index];
            if (value == '"') {
                vector.setRef(row, record, start, index - start);
                return true;
            }
            if (value == '\\' || value < 0x20 || value == 0x7F) {
                // escapes, control characters and (negative) bytes of multi-byte characters
                return false;
            }
        }
        return false;
    }

    /**
     * Text as UTF-8 the way string values are stored (a lone surrogate as U+FFFD).
     */
    static byte[] utf8(String text)
    {
        char[] characters = text.toCharArray();
        byte[] bytes = new byte[characters.length * 3];
        return Arrays.copyOf(bytes, encode(characters, 0, characters.length, bytes, 0));
    }

    /**
     * Stores the object or array the parser is at as compact JSON text: the record's own bytes for the
     * value, without the whitespace outside strings. Leaves the parser at the value's last token.
     */
    void setCompactJson(JsonParser parser, BytesColumnVector vector, int row)
            throws IOException
    {
        int start = recordOffset + (int) parser.currentTokenLocation().getByteOffset();
        parser.skipChildren();
        int end = recordOffset + (int) parser.currentLocation().getByteOffset();
        setCompactJson(record, start, end, vector, row);
    }

    /**
     * Stores the JSON value {@code record[start .. end)} as compact JSON text: its bytes without the
     * whitespace outside strings.
     */
    static void setCompactJson(byte[] record, int start, int end, BytesColumnVector vector, int row)
    {
        vector.ensureValPreallocated(end - start);
        byte[] target = vector.getValPreallocatedBytes();
        int targetStart = vector.getValPreallocatedStart();
        int written = 0;
        boolean inString = false;
        for (int index = start; index < end; index++) {
            byte value = record[index];
            if (inString) {
                target[targetStart + written++] = value;
                if (value == '\\') {
                    target[targetStart + written++] = record[++index];
                }
                else if (value == '"') {
                    inString = false;
                }
            }
            else if (value == '"') {
                inString = true;
                target[targetStart + written++] = value;
            }
            else if (value != ' ' && value != '\n' && value != '\r' && value != '\t') {
                target[targetStart + written++] = value;
            }
        }
        vector.setValPreallocated(row, written);
        vector.isNull[row] = false;
    }

    private static void setCharacters(char[] characters, int offset, int length, BytesColumnVector vector, int row)
    {
        // most text is ASCII: reserve one byte per character and fall back when a character needs more
        vector.ensureValPreallocated(length);
        byte[] target = vector.getValPreallocatedBytes();
        int start = vector.getValPreallocatedStart();
        int end = offset + length;
        for (int index = offset; index < end; index++) {
            char character = characters[index];
            if (character >= 0x80) {
                vector.ensureValPreallocated(length * 3);
                vector.setValPreallocated(row, encode(characters, offset, length, vector.getValPreallocatedBytes(), vector.getValPreallocatedStart()));
                return;
            }
            target[start + index - offset] = (byte) character;
        }
        vector.setValPreallocated(row, length);
    }

    /**
     * Encodes characters as UTF-8 into {@code target} at {@code start}; returns the number of bytes.
     */
    private static int encode(char[] characters, int offset, int length, byte[] target, int start)
    {
        int written = start;
        int end = offset + length;
        for (int index = offset; index < end; index++) {
            char character = characters[index];
            if (character < 0x80) {
                target[written++] = (byte) character;
            }
            else if (character < 0x800) {
                target[written++] = (byte) (0xC0 | (character >> 6));
                target[written++] = (byte) (0x80 | (character & 0x3F));
            }
            else if (Character.isHighSurrogate(character) && index + 1 < end && Character.isLowSurrogate(characters[index + 1])) {
                int codePoint = Character.toCodePoint(character, characters[++index]);
                target[written++] = (byte) (0xF0 | (codePoint >> 18));
                target[written++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                target[written++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                target[written++] = (byte) (0x80 | (codePoint & 0x3F));
            }
            else if (Character.isSurrogate(character)) {
                // a lone surrogate (from an escaped half of a pair) has no UTF-8 form: store U+FFFD
                target[written++] = (byte) 0xEF;
                target[written++] = (byte) 0xBF;
                target[written++] = (byte) 0xBD;
            }
            else {
                target[written++] = (byte) (0xE0 | (character >> 12));
                target[written++] = (byte) (0x80 | ((character >> 6) & 0x3F));
                target[written++] = (byte) (0x80 | (character & 0x3F));
            }
        }
        return written - start;
    }
}
