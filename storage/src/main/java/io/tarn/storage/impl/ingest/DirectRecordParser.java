package io.tarn.storage.impl.ingest;

import io.tarn.storage.schema.ArrayType;
import io.tarn.storage.schema.DataType;
import io.tarn.storage.schema.Field;
import io.tarn.storage.schema.MapType;
import io.tarn.storage.schema.PrimitiveType;
import io.tarn.storage.schema.StructType;
import org.apache.orc.storage.ql.exec.vector.BytesColumnVector;
import org.apache.orc.storage.ql.exec.vector.ColumnVector;
import org.apache.orc.storage.ql.exec.vector.DoubleColumnVector;
import org.apache.orc.storage.ql.exec.vector.ListColumnVector;
import org.apache.orc.storage.ql.exec.vector.LongColumnVector;
import org.apache.orc.storage.ql.exec.vector.MapColumnVector;
import org.apache.orc.storage.ql.exec.vector.StructColumnVector;
import org.apache.orc.storage.ql.exec.vector.TimestampColumnVector;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.tarn.storage.impl.ingest.ValueParser.setNull;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

/**
 * Parses a record straight from its UTF-8 bytes into a row of column vectors in one pass, without a JSON
 * tokenizer, for the records whose every value it can store exactly as {@link ValueParser} does; for any
 * other record it reports that it did not handle it, and {@link EventRecordParser} parses the record again
 * with Jackson and the value parsers. One instance per parser thread.
 *
 * <p>Handled: strict JSON (whitespace of space, tab, CR and LF; standard escapes; numbers of the JSON
 * grammar) whose strings are valid UTF-8 without raw control characters, with every value of a type its
 * column converts as the value parsers do: strings, numbers and booleans into string columns (escaped
 * strings are decoded, with a lone escaped surrogate as U+FFFD like {@link ParseContext}), objects and
 * arrays into string columns and map values as compact JSON, booleans and the strings {@code true} and
 * {@code false} in any ASCII case into boolean columns, integers of up to 18 digits and ASCII strings
 * holding an integer into int and bigint columns, numbers and ASCII strings holding one into double
 * columns, ASCII timestamp strings into timestamp columns, maps with unescaped keys (a repeated key keeping
 * its first place and last value), arrays and lone objects into list columns, objects and arrays of
 * objects into struct columns, members matching fields by name in any ASCII case, unknown and ignored
 * members skipped.
 *
 * <p>Not handled, so parsed again by the value parsers: anything malformed or not strict JSON, any value
 * a value parser would reject (a wrong type, an invalid timestamp, an integer out of range), invalid or
 * overlong UTF-8 and encoded surrogates (which Jackson decodes leniently), struct member names that are
 * escaped or not ASCII (which {@code toLowerCase} may match differently), escaped map keys, fractions and
 * integers of more than 18 digits in int and bigint columns, non-ASCII or escaped text in boolean, number
 * and timestamp columns, members handled by a special parser (Insights' {@code insightDetails}), nesting
 * deeper than {@value #MAX_DEPTH}, numbers longer than {@value #MAX_NUMBER_LENGTH} characters and member
 * names longer than {@value #MAX_NAME_LENGTH} bytes. Every
 * rejected record is therefore rejected by the value parsers, with their reason and position.
 */
final class DirectRecordParser
{
    // well inside Jackson's limits (nesting 1000, numbers of 1000 characters), so that the value parsers
    // never reject what this parser stored
    static final int MAX_DEPTH = 200;
    static final int MAX_NUMBER_LENGTH = 100;
    // Jackson's limit is 50,000 characters
    static final int MAX_NAME_LENGTH = 1000;

    private static final NotHandled NOT_HANDLED = new NotHandled();
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final StructValue root;

    private byte[] data;
    private int position;
    private int end;
    private int depth;
    // whitespace bytes skipped between tokens so far, to tell whether a nested value's bytes are compact
    private long whitespace;

    // the string last scanned: its contents (without quotes) and what it holds
    private int stringStart;
    private int stringEnd;
    private boolean stringEscaped;
    private boolean stringAscii;
    // the number last scanned
    private boolean numberInteger;

    private char[] characters = new char[64];

    private long handledRecords;
    private long fallbackRecords;
    private long failedRecords;

    /**
     * @param specialMembers the root members the value parsers treat specially (see
     *         {@link ValueParser.StructParser}), by lower-case name: those mapped to null are ignored whatever
     *         their value; this parser leaves the others to the value parsers
     */
    DirectRecordParser(StructType rootType, Map<String, ValueParser.StructMember> specialMembers)
    {
        this.root = new StructValue(rootType, specialMembers);
    }

    /**
     * Parses the record {@code data[offset .. offset + length)} into {@code root[row]}; returns false when the
     * record is left to the value parsers, in which case the row may hold part of the record and the caller
     * must roll back the batch's nested values.
     */
    boolean parse(byte[] data, int offset, int length, StructColumnVector rootVector, int row)
    {
        this.data = data;
        this.position = offset;
        this.end = offset + length;
        this.depth = 0;
        try {
            if (skipWhitespace() != '{') {
                throw NOT_HANDLED;
            }
            root.parseObject(rootVector, row);
            if (position < end && skipWhitespaceToEnd()) {
                throw NOT_HANDLED;
            }
            handledRecords++;
            return true;
        }
        catch (NotHandled e) {
            fallbackRecords++;
            return false;
        }
        catch (RuntimeException e) {
            // a bug here must not lose a record: the value parsers read it instead
            failedRecords++;
            return false;
        }
        finally {
            this.data = null;
        }
    }

    long handledRecords()
    {
        return handledRecords;
    }

    /**
     * Records left to the value parsers because of what they hold.
     */
    long fallbackRecords()
    {
        return fallbackRecords;
    }

    /**
     * Records left to the value parsers because this parser failed unexpectedly; zero unless it has a bug.
     */
    long failedRecords()
    {
        return failedRecords;
    }

    /**
     * Skips whitespace; returns the byte after it, where the position then is.
     */
    private byte skipWhitespace()
    {
        int index = position;
        while (index < end) {
            byte value = data[index];
            if (value != ' ' && value != '\n' && value != '\r' && value != '\t') {
                whitespace += index - position;
                position = index;
                return value;
            }
            index++;
        }
        throw NOT_HANDLED;
    }

    /**
     * Whether anything but whitespace follows the position.
     */
    private boolean skipWhitespaceToEnd()
    {
        for (int index = position; index < end; index++) {
            byte value = data[index];
            if (value != ' ' && value != '\n' && value != '\r' && value != '\t') {
                return true;
            }
        }
        return false;
    }

    private void expect(byte expected)
    {
        if (skipWhitespace() != expected) {
            throw NOT_HANDLED;
        }
        position++;
    }

    /**
     * After a member or element: skips the comma and returns true, or skips the closing bracket and
     * returns false.
     */
    private boolean nextElement(byte close)
    {
        byte value = skipWhitespace();
        position++;
        if (value == ',') {
            return true;
        }
        if (value == close) {
            return false;
        }
        throw NOT_HANDLED;
    }

    private void enter()
    {
        if (++depth > MAX_DEPTH) {
            throw NOT_HANDLED;
        }
    }

    /**
     * Scans the string at the position (on its opening quote) to after its closing quote, checking that it
     * is valid UTF-8 with valid escapes and no control characters.
     */
    private void scanString()
    {
        int index = position + 1;
        int start = index;
        boolean escaped = false;
        boolean ascii = true;
        while (true) {
            // most of a string is printable ASCII: skip it eight bytes at a time, up to the first byte that
            // needs a look
            while (index + Long.BYTES <= end) {
                long special = specialBytes((long) LONGS.get(data, index));
                if (special != 0) {
                    index += Long.numberOfTrailingZeros(special) >>> 3;
                    break;
                }
                index += Long.BYTES;
            }
            if (index >= end) {
                throw NOT_HANDLED;
            }
            int value = data[index] & 0xFF;
            if (value == '"') {
                break;
            }
            if (value == '\\') {
                escaped = true;
                index = scanEscape(index + 1);
            }
            else if (value < 0x20) {
                throw NOT_HANDLED;
            }
            else if (value < 0x80) {
                index++;
            }
            else {
                ascii = false;
                index = scanMultiByteCharacter(value, index);
            }
        }
        stringStart = start;
        stringEnd = index;
        stringEscaped = escaped;
        stringAscii = ascii;
        position = index + 1;
    }

    /**
     * Of eight bytes of a string (the first in the lowest bits), those that are a quote, a backslash, a
     * control character or part of a multi-byte character, each by its top bit; zero when there are none.
     * Bit tricks that find a zero byte and a byte below 0x20: a borrow may also mark bytes above a found
     * one, never below, so the lowest mark is exact.
     */
    private static long specialBytes(long word)
    {
        long quotes = word ^ 0x2222222222222222L;
        long backslashes = word ^ 0x5C5C5C5C5C5C5C5CL;
        long found = ((quotes - 0x0101010101010101L) & ~quotes)
                | ((backslashes - 0x0101010101010101L) & ~backslashes)
                | ((word - 0x2020202020202020L) & ~word)
                | word;
        return found & 0x8080808080808080L;
    }

    /**
     * Scans the member name at the position (after whitespace) as {@link #scanString} does.
     */
    private void scanName()
    {
        if (skipWhitespace() != '"') {
            throw NOT_HANDLED;
        }
        scanString();
        if (stringEnd - stringStart > MAX_NAME_LENGTH) {
            throw NOT_HANDLED;
        }
    }

    /**
     * Checks the escape whose character is at {@code index}; returns the index after it.
     */
    private int scanEscape(int index)
    {
        if (index >= end) {
            throw NOT_HANDLED;
        }
        switch (data[index]) {
            case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {
                return index + 1;
            }
            case 'u' -> {
                hexCharacter(index + 1);
                return index + 5;
            }
            default -> throw NOT_HANDLED;
        }
    }

    /**
     * The UTF-16 code unit of the four hex digits at {@code index}.
     */
    private int hexCharacter(int index)
    {
        if (index + 4 > end) {
            throw NOT_HANDLED;
        }
        int result = 0;
        for (int digit = index; digit < index + 4; digit++) {
            int value = Character.digit(data[digit], 16);
            if (value < 0) {
                throw NOT_HANDLED;
            }
            result = (result << 4) | value;
        }
        return result;
    }

    /**
     * Checks the UTF-8 sequence starting with {@code lead} at {@code index} (RFC 3629: shortest form, no
     * surrogates, at most U+10FFFF); returns the index after it.
     */
    private int scanMultiByteCharacter(int lead, int index)
    {
        int count;
        int secondMinimum = 0x80;
        int secondMaximum = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            count = 2;
        }
        else if (lead >= 0xE0 && lead <= 0xEF) {
            count = 3;
            if (lead == 0xE0) {
                secondMinimum = 0xA0;
            }
            else if (lead == 0xED) {
                secondMaximum = 0x9F;
            }
        }
        else if (lead >= 0xF0 && lead <= 0xF4) {
            count = 4;
            if (lead == 0xF0) {
                secondMinimum = 0x90;
            }
            else if (lead == 0xF4) {
                secondMaximum = 0x8F;
            }
        }
        else {
            throw NOT_HANDLED;
        }
        if (index + count > end) {
            throw NOT_HANDLED;
        }
        int second = data[index + 1] & 0xFF;
        if (second < secondMinimum || second > secondMaximum) {
            throw NOT_HANDLED;
        }
        for (int continuation = index + 2; continuation < index + count; continuation++) {
            if ((data[continuation] & 0xC0) != 0x80) {
                throw NOT_HANDLED;
            }
        }
        return index + count;
    }

    /**
     * Scans the number at the position, of the JSON grammar, to after it; returns its length.
     */
    private int scanNumber()
    {
        int start = position;
        int index = position;
        if (data[index] == '-') {
            index++;
        }
        int digits = index;
        if (index < end && data[index] == '0') {
            index++;
        }
        else {
            while (index < end && isDigit(data[index])) {
                index++;
            }
        }
        if (index == digits) {
            throw NOT_HANDLED;
        }
        boolean integer = true;
        if (index < end && data[index] == '.') {
            integer = false;
            index++;
            int fraction = index;
            while (index < end && isDigit(data[index])) {
                index++;
            }
            if (index == fraction) {
                throw NOT_HANDLED;
            }
        }
        if (index < end && (data[index] == 'e' || data[index] == 'E')) {
            integer = false;
            index++;
            if (index < end && (data[index] == '+' || data[index] == '-')) {
                index++;
            }
            int exponent = index;
            while (index < end && isDigit(data[index])) {
                index++;
            }
            if (index == exponent) {
                throw NOT_HANDLED;
            }
        }
        if (index - start > MAX_NUMBER_LENGTH) {
            throw NOT_HANDLED;
        }
        numberInteger = integer;
        position = index;
        return index - start;
    }

    private static boolean isDigit(byte value)
    {
        return value >= '0' && value <= '9';
    }

    /**
     * The integer of at most 18 digits just scanned, from {@code start}.
     */
    private long integerValue(int start)
    {
        int index = start;
        boolean negative = data[index] == '-';
        if (negative) {
            index++;
        }
        if (position - index > 18) {
            throw NOT_HANDLED;
        }
        long value = 0;
        for (; index < position; index++) {
            value = value * 10 + (data[index] - '0');
        }
        return negative ? -value : value;
    }

    /**
     * Skips {@code literal} ({@code true}, {@code false} or {@code null}) at the position.
     */
    private void literal(String literal)
    {
        int length = literal.length();
        if (position + length > end) {
            throw NOT_HANDLED;
        }
        for (int index = 0; index < length; index++) {
            if (data[position + index] != literal.charAt(index)) {
                throw NOT_HANDLED;
            }
        }
        position += length;
    }

    /**
     * Checks and skips the value at the position (after whitespace).
     */
    private void skipValue()
    {
        switch (skipWhitespace()) {
            case '{' -> {
                enter();
                position++;
                if (skipWhitespace() == '}') {
                    position++;
                }
                else {
                    do {
                        scanName();
                        expect((byte) ':');
                        skipValue();
                    }
                    while (nextElement((byte) '}'));
                }
                depth--;
            }
            case '[' -> {
                enter();
                position++;
                if (skipWhitespace() == ']') {
                    position++;
                }
                else {
                    do {
                        skipValue();
                    }
                    while (nextElement((byte) ']'));
                }
                depth--;
            }
            case '"' -> scanString();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> scanNumber();
            default -> throw NOT_HANDLED;
        }
    }

    /**
     * The ASCII string just scanned, without escapes, as a {@code String}; anything else is not handled.
     */
    private String asciiString()
    {
        if (stringEscaped || !stringAscii) {
            throw NOT_HANDLED;
        }
        return new String(data, stringStart, stringEnd - stringStart, ISO_8859_1);
    }

    private Value create(DataType type)
    {
        if (type instanceof PrimitiveType primitive) {
            return switch (primitive) {
                case STRING -> new StringValue();
                case BOOLEAN -> new BooleanValue();
                case INTEGER -> new LongValue(Integer.MIN_VALUE, Integer.MAX_VALUE);
                case BIGINT -> new LongValue(Long.MIN_VALUE, Long.MAX_VALUE);
                case DOUBLE -> new DoubleValue();
                case TIMESTAMP -> new TimestampValue();
            };
        }
        if (type instanceof StructType struct) {
            return new StructValue(struct, Map.of());
        }
        if (type instanceof MapType map) {
            if (map.keyType() != PrimitiveType.STRING || map.valueType() != PrimitiveType.STRING) {
                throw new IllegalArgumentException("only map<string,string> is supported: " + map.hiveName());
            }
            return new MapValue(new StringValue());
        }
        if (type instanceof ArrayType array) {
            return new ListValue(create(array.elementType()));
        }
        throw new IllegalArgumentException("unsupported type: " + type);
    }

    /**
     * Parses the value at the position (after whitespace) into {@code vector[row]}, leaving the position
     * after the value, as the value parser of the same type would.
     */
    private abstract static class Value
    {
        abstract void parse(ColumnVector vector, int row);
    }

    private final class StringValue
            extends Value
    {
        @Override
        void parse(ColumnVector vector, int row)
        {
            BytesColumnVector strings = (BytesColumnVector) vector;
            byte first = skipWhitespace();
            int start = position;
            switch (first) {
                case '"' -> {
                    scanString();
                    if (stringEscaped) {
                        setUnescaped(strings, row);
                    }
                    else {
                        strings.setRef(row, data, stringStart, stringEnd - stringStart);
                    }
                }
                case '{', '[' -> {
                    long whitespaceBefore = whitespace;
                    skipValue();
                    if (whitespace == whitespaceBefore) {
                        strings.setRef(row, data, start, position - start);
                    }
                    else {
                        ParseContext.setCompactJson(data, start, position, strings, row);
                    }
                }
                case 'n' -> {
                    literal("null");
                    setNull(vector, row);
                    return;
                }
                // numbers and booleans as their JSON text
                case 't' -> {
                    literal("true");
                    strings.setRef(row, data, start, position - start);
                }
                case 'f' -> {
                    literal("false");
                    strings.setRef(row, data, start, position - start);
                }
                case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> strings.setRef(row, data, start, scanNumber());
                default -> throw NOT_HANDLED;
            }
            strings.isNull[row] = false;
        }

        /**
         * Stores the escaped string just scanned decoded as UTF-8, as Jackson's characters encoded by
         * {@link ParseContext} would be: an escaped surrogate pair as its code point, a lone escaped
         * surrogate as U+FFFD. The text is never longer than its escaped form.
         */
        private void setUnescaped(BytesColumnVector strings, int row)
        {
            int length = stringEnd - stringStart;
            strings.ensureValPreallocated(length);
            byte[] target = strings.getValPreallocatedBytes();
            int written = strings.getValPreallocatedStart();
            int targetStart = written;
            int index = stringStart;
            while (index < stringEnd) {
                byte value = data[index];
                if (value != '\\') {
                    target[written++] = value;
                    index++;
                    continue;
                }
                byte escape = data[index + 1];
                index += 2;
                switch (escape) {
                    case 'b' -> target[written++] = '\b';
                    case 'f' -> target[written++] = '\f';
                    case 'n' -> target[written++] = '\n';
                    case 'r' -> target[written++] = '\r';
                    case 't' -> target[written++] = '\t';
                    case 'u' -> {
                        int character = hexCharacter(index);
                        index += 4;
                        if (Character.isHighSurrogate((char) character) && index + 6 <= stringEnd && data[index] == '\\' && data[index + 1] == 'u'
                                && Character.isLowSurrogate((char) hexCharacter(index + 2))) {
                            int codePoint = Character.toCodePoint((char) character, (char) hexCharacter(index + 2));
                            index += 6;
                            target[written++] = (byte) (0xF0 | (codePoint >> 18));
                            target[written++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                            target[written++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                            target[written++] = (byte) (0x80 | (codePoint & 0x3F));
                        }
                        else if (Character.isSurrogate((char) character)) {
                            target[written++] = (byte) 0xEF;
                            target[written++] = (byte) 0xBF;
                            target[written++] = (byte) 0xBD;
                        }
                        else if (character < 0x80) {
                            target[written++] = (byte) character;
                        }
                        else if (character < 0x800) {
                            target[written++] = (byte) (0xC0 | (character >> 6));
                            target[written++] = (byte) (0x80 | (character & 0x3F));
                        }
                        else {
                            target[written++] = (byte) (0xE0 | (character >> 12));
                            target[written++] = (byte) (0x80 | ((character >> 6) & 0x3F));
                            target[written++] = (byte) (0x80 | (character & 0x3F));
                        }
                    }
                    // the quote, backslash and slash stand for themselves
                    default -> target[written++] = escape;
                }
            }
            strings.setValPreallocated(row, written - targetStart);
        }
    }

    private final class BooleanValue
            extends Value
    {
        @Override
        void parse(ColumnVector vector, int row)
        {
            LongColumnVector booleans = (LongColumnVector) vector;
            switch (skipWhitespace()) {
                case 't' -> {
                    literal("true");
                    booleans.vector[row] = 1;
                }
                case 'f' -> {
                    literal("false");
                    booleans.vector[row] = 0;
                }
                case 'n' -> {
                    literal("null");
                    setNull(vector, row);
                    return;
                }
                case '"' -> {
                    scanString();
                    String text = asciiString();
                    if (text.equalsIgnoreCase("true")) {
                        booleans.vector[row] = 1;
                    }
                    else if (text.equalsIgnoreCase("false")) {
                        booleans.vector[row] = 0;
                    }
                    else {
                        throw NOT_HANDLED;
                    }
                }
                default -> throw NOT_HANDLED;
            }
            booleans.isNull[row] = false;
        }
    }

    private final class LongValue
            extends Value
    {
        private final long minimum;
        private final long maximum;

        LongValue(long minimum, long maximum)
        {
            this.minimum = minimum;
            this.maximum = maximum;
        }

        @Override
        void parse(ColumnVector vector, int row)
        {
            long value;
            switch (skipWhitespace()) {
                case 'n' -> {
                    literal("null");
                    setNull(vector, row);
                    return;
                }
                case '"' -> {
                    scanString();
                    try {
                        value = Long.parseLong(asciiString().trim());
                    }
                    catch (NumberFormatException e) {
                        throw NOT_HANDLED;
                    }
                }
                case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> {
                    int start = position;
                    scanNumber();
                    if (!numberInteger) {
                        throw NOT_HANDLED;
                    }
                    value = integerValue(start);
                }
                default -> throw NOT_HANDLED;
            }
            if (value < minimum || value > maximum) {
                throw NOT_HANDLED;
            }
            ((LongColumnVector) vector).vector[row] = value;
            vector.isNull[row] = false;
        }
    }

    private final class DoubleValue
            extends Value
    {
        @Override
        void parse(ColumnVector vector, int row)
        {
            double value;
            switch (skipWhitespace()) {
                case 'n' -> {
                    literal("null");
                    setNull(vector, row);
                    return;
                }
                case '"' -> {
                    scanString();
                    try {
                        value = Double.parseDouble(asciiString().trim());
                    }
                    catch (NumberFormatException e) {
                        throw NOT_HANDLED;
                    }
                }
                case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> {
                    int start = position;
                    int length = scanNumber();
                    // Jackson converts an integer's long value (so -0 is 0.0) and parses a fraction's text
                    value = numberInteger ? (double) integerValue(start) : Double.parseDouble(new String(data, start, length, ISO_8859_1));
                }
                default -> throw NOT_HANDLED;
            }
            ((DoubleColumnVector) vector).vector[row] = value;
            vector.isNull[row] = false;
        }
    }

    private final class TimestampValue
            extends Value
    {
        @Override
        void parse(ColumnVector vector, int row)
        {
            switch (skipWhitespace()) {
                case 'n' -> {
                    literal("null");
                    setNull(vector, row);
                }
                case '"' -> {
                    scanString();
                    if (stringEscaped || !stringAscii) {
                        throw NOT_HANDLED;
                    }
                    int length = stringEnd - stringStart;
                    if (characters.length < length) {
                        characters = new char[length];
                    }
                    for (int index = 0; index < length; index++) {
                        characters[index] = (char) data[stringStart + index];
                    }
                    long millis = EventTimestamps.parse(characters, 0, length);
                    if (millis == EventTimestamps.INVALID) {
                        throw NOT_HANDLED;
                    }
                    TimestampColumnVector timestamps = (TimestampColumnVector) vector;
                    timestamps.time[row] = millis;
                    timestamps.nanos[row] = (int) Math.floorMod(millis, 1000L) * 1_000_000;
                    vector.isNull[row] = false;
                }
                default -> throw NOT_HANDLED;
            }
        }
    }

    private final class MapValue
            extends Value
    {
        private final StringValue valueParser;

        MapValue(StringValue valueParser)
        {
            this.valueParser = requireNonNull(valueParser, "valueParser is null");
        }

        @Override
        void parse(ColumnVector vector, int row)
        {
            MapColumnVector map = (MapColumnVector) vector;
            switch (skipWhitespace()) {
                case 'n' -> {
                    literal("null");
                    setNull(vector, row);
                    map.offsets[row] = map.childCount;
                    map.lengths[row] = 0;
                    return;
                }
                case '{' -> parseObject(map, row);
                default -> throw NOT_HANDLED;
            }
        }

        private void parseObject(MapColumnVector map, int row)
        {
            enter();
            position++;
            BytesColumnVector keys = (BytesColumnVector) map.keys;
            BytesColumnVector values = (BytesColumnVector) map.values;
            int start = map.childCount;
            if (skipWhitespace() == '}') {
                position++;
            }
            else {
                do {
                    scanName();
                    if (stringEscaped) {
                        throw NOT_HANDLED;
                    }
                    int child = map.childCount;
                    ValueParser.MapParser.ensureChildCapacity(map, child + 1);
                    keys.setRef(child, data, stringStart, stringEnd - stringStart);
                    keys.isNull[child] = false;
                    int duplicate = ValueParser.MapParser.findKey(keys, start, child);
                    if (duplicate >= 0) {
                        child = duplicate;
                    }
                    else {
                        map.childCount++;
                    }
                    expect((byte) ':');
                    valueParser.parse(values, child);
                }
                while (nextElement((byte) '}'));
            }
            depth--;
            map.offsets[row] = start;
            map.lengths[row] = map.childCount - start;
            map.isNull[row] = false;
        }
    }

    private final class ListValue
            extends Value
    {
        private final Value elementParser;

        ListValue(Value elementParser)
        {
            this.elementParser = requireNonNull(elementParser, "elementParser is null");
        }

        @Override
        void parse(ColumnVector vector, int row)
        {
            ListColumnVector list = (ListColumnVector) vector;
            int start = list.childCount;
            switch (skipWhitespace()) {
                case 'n' -> {
                    literal("null");
                    setNull(vector, row);
                    list.offsets[row] = start;
                    list.lengths[row] = 0;
                    return;
                }
                case '[' -> {
                    enter();
                    position++;
                    if (skipWhitespace() == ']') {
                        position++;
                    }
                    else {
                        do {
                            addElement(list);
                        }
                        while (nextElement((byte) ']'));
                    }
                    depth--;
                }
                case '{' -> addElement(list);
                default -> throw NOT_HANDLED;
            }
            list.offsets[row] = start;
            list.lengths[row] = list.childCount - start;
            list.isNull[row] = false;
        }

        private void addElement(ListColumnVector list)
        {
            int child = list.childCount;
            ValueParser.ListParser.ensureChildCapacity(list, child + 1);
            elementParser.parse(list.child, child);
            list.childCount = child + 1;
        }
    }

    /**
     * A struct's member names: matched to fields by their bytes in lower-case ASCII through a small
     * open-addressing table, since the value parsers match names ignoring case.
     */
    private final class StructValue
            extends Value
    {
        private static final int FIELD = 0;
        private static final int SKIPPED = 1;
        private static final int UNHANDLED = 2;

        private final Member[] table;
        private final int mask;
        private final Value[] fieldParsers;
        // the member that came first in the last object
        private Member first;

        StructValue(StructType type, Map<String, ValueParser.StructMember> specialMembers)
        {
            List<Field> fields = type.fields();
            int size = Integer.highestOneBit(Math.max(4, (fields.size() + specialMembers.size()) * 4) - 1) << 1;
            this.table = new Member[size];
            this.mask = size - 1;
            this.fieldParsers = new Value[fields.size()];
            for (int index = 0; index < fields.size(); index++) {
                fieldParsers[index] = create(fields.get(index).type());
                put(new Member(fields.get(index).name().getBytes(UTF_8), FIELD, index));
            }
            // as for the value parsers, a special member replaces a field of its name
            for (Map.Entry<String, ValueParser.StructMember> special : specialMembers.entrySet()) {
                put(new Member(special.getKey().getBytes(UTF_8), special.getValue() == null ? SKIPPED : UNHANDLED, -1));
            }
        }

        private void put(Member member)
        {
            int slot = hash(member.name, 0, member.name.length) & mask;
            while (table[slot] != null && !Arrays.equals(table[slot].name, member.name)) {
                slot = (slot + 1) & mask;
            }
            table[slot] = member;
        }

        private static int hash(byte[] bytes, int start, int end)
        {
            int hash = 0;
            for (int index = start; index < end; index++) {
                hash = hash * 31 + lowerCase(bytes[index]);
            }
            return hash ^ (hash >>> 16);
        }

        private static int lowerCase(byte value)
        {
            return value >= 'A' && value <= 'Z' ? value + ('a' - 'A') : value;
        }

        /**
         * Reads the name of the object's next member (at the position, after whitespace) and returns its
         * member, or null for a name that is no field. Events of one kind list their members in the same
         * order and spelling, so the input is first compared with the spelling of the member that followed
         * {@code previous} (or came first) last time, which spares scanning and hashing the name; a name
         * matched otherwise becomes the guess for next time.
         */
        private Member nextMember(Member previous)
        {
            if (skipWhitespace() != '"') {
                throw NOT_HANDLED;
            }
            Member predicted = previous == null ? first : previous.next;
            if (predicted != null) {
                // the spelling is plain ASCII, so the name is exactly the spelling when the quote follows it
                byte[] spelling = predicted.spelling;
                int nameStart = position + 1;
                int nameEnd = nameStart + spelling.length;
                if (nameEnd < end && data[nameEnd] == '"' && Arrays.equals(data, nameStart, nameEnd, spelling, 0, spelling.length)) {
                    position = nameEnd + 1;
                    return predicted;
                }
            }
            scanName();
            Member member = member();
            if (member != null) {
                if (previous == null) {
                    first = member;
                }
                else {
                    previous.next = member;
                }
                if (!Arrays.equals(data, stringStart, stringEnd, member.spelling, 0, member.spelling.length)) {
                    member.spelling = Arrays.copyOfRange(data, stringStart, stringEnd);
                }
            }
            return member;
        }

        /**
         * The member named by the string just scanned, or null for a name that is no field.
         */
        private Member member()
        {
            if (stringEscaped || !stringAscii) {
                throw NOT_HANDLED;
            }
            int slot = hash(data, stringStart, stringEnd) & mask;
            int length = stringEnd - stringStart;
            while (true) {
                Member member = table[slot];
                if (member == null) {
                    return null;
                }
                if (member.name.length == length && matches(member.name)) {
                    return member;
                }
                slot = (slot + 1) & mask;
            }
        }

        private boolean matches(byte[] name)
        {
            for (int index = 0; index < name.length; index++) {
                if (lowerCase(data[stringStart + index]) != name[index]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        void parse(ColumnVector vector, int row)
        {
            StructColumnVector struct = (StructColumnVector) vector;
            switch (skipWhitespace()) {
                case 'n' -> {
                    literal("null");
                    setNull(vector, row);
                }
                case '{' -> parseObject(struct, row);
                case '[' -> {
                    // an array stands for its first element
                    enter();
                    position++;
                    switch (skipWhitespace()) {
                        case ']' -> {
                            setNull(vector, row);
                            position++;
                        }
                        case 'n' -> {
                            literal("null");
                            setNull(vector, row);
                            skipElements();
                        }
                        case '{' -> {
                            parseObject(struct, row);
                            skipElements();
                        }
                        default -> throw NOT_HANDLED;
                    }
                    depth--;
                }
                default -> throw NOT_HANDLED;
            }
        }

        /**
         * Skips the elements after an array's first to after the array.
         */
        private void skipElements()
        {
            while (nextElement((byte) ']')) {
                skipValue();
            }
        }

        /**
         * Parses the object at the position into the struct's fields; fields without a member become NULL.
         */
        void parseObject(StructColumnVector struct, int row)
        {
            enter();
            position++;
            struct.isNull[row] = false;
            for (ColumnVector field : struct.fields) {
                setNull(field, row);
            }
            if (skipWhitespace() == '}') {
                position++;
            }
            else {
                Member previous = null;
                do {
                    Member member = nextMember(previous);
                    if (member != null) {
                        previous = member;
                    }
                    expect((byte) ':');
                    if (member == null || member.kind == SKIPPED) {
                        skipValue();
                    }
                    else if (member.kind == FIELD) {
                        fieldParsers[member.field].parse(struct.fields[member.field], row);
                    }
                    else {
                        throw NOT_HANDLED;
                    }
                }
                while (nextElement((byte) '}'));
            }
            depth--;
        }
    }

    /**
     * A name a struct does something with, the name's spelling in the input last time, and the member that
     * followed it in the last object.
     */
    private static final class Member
    {
        private final byte[] name;
        private final int kind;
        private final int field;
        private byte[] spelling;
        private Member next;

        Member(byte[] name, int kind, int field)
        {
            this.name = requireNonNull(name, "name is null");
            this.kind = kind;
            this.field = field;
            this.spelling = name;
        }
    }

    /**
     * Signals a record left to the value parsers; shared and without a stack trace, as it is thrown for
     * every such record.
     */
    private static final class NotHandled
            extends RuntimeException
    {
        NotHandled()
        {
            super("record not handled by the direct parser", null, false, false);
        }
    }
}
