package io.tarn.engine.function.library;

import java.util.Arrays;

/**
 * The fast path of {@code json_extract_scalar}: walks a document's UTF-8 bytes along a {@link JsonPath}
 * without a parser object. It is stricter than Jackson, Trino's parser: it only answers when every byte it
 * passes is plain, strictly valid JSON (no escapes in names, ASCII text in the selected string, no odd
 * whitespace, encodings or nesting depths), and otherwise says {@link #FALLBACK}, so the caller asks Jackson.
 * An answer it gives is therefore the answer Jackson would give.
 */
final class JsonPathScanner
{
    /**
     * The path selects no value, or a JSON null, object or array: {@code json_extract_scalar} gives null.
     */
    static final int NULL = -1;
    /**
     * The document needs the full parser.
     */
    static final int FALLBACK = -2;

    private static final int MAX_DEPTH = 64;
    private static final int MAX_NUMBER_LENGTH = 100;

    private final byte[][] names;
    private final int[] indexes;

    JsonPathScanner(byte[][] names, int[] indexes)
    {
        this.names = names;
        this.indexes = indexes;
    }

    static int start(long found)
    {
        return (int) (found >>> 32);
    }

    static int end(long found)
    {
        return (int) found;
    }

    /**
     * Finds the scalar the path selects: its text's start and end offsets (a string's without quotes) packed
     * as {@code start << 32 | end}, or {@link #NULL}, or {@link #FALLBACK}.
     */
    long scalar(byte[] bytes, int offset, int length)
    {
        int end = offset + length;
        int position = skipSpaces(bytes, offset, end);
        if (position == end) {
            return NULL;
        }
        if (names.length > 0 && bytes[position] != '{' && bytes[position] != '[') {
            // Also where Jackson would see a byte-order mark or a UTF-16 or UTF-32 document.
            return FALLBACK;
        }
        for (int step = 0; step < names.length; step++) {
            byte current = bytes[position];
            if (current == '{') {
                position = field(bytes, position + 1, end, names[step]);
            }
            else if (current == '[') {
                position = element(bytes, position + 1, end, indexes[step]);
            }
            else {
                // Jackson reads this scalar, then fails the path: null whether or not the scalar is well formed.
                return NULL;
            }
            if (position < 0) {
                return position;
            }
        }
        return value(bytes, position, end);
    }

    /**
     * The position of the value of the named field of the object whose content starts at {@code position}.
     */
    private static int field(byte[] bytes, int position, int end, byte[] name)
    {
        position = skipSpaces(bytes, position, end);
        if (position == end) {
            return FALLBACK;
        }
        if (bytes[position] == '}') {
            return NULL;
        }
        while (true) {
            if (position == end || bytes[position] != '"') {
                return FALLBACK;
            }
            int nameStart = position + 1;
            int nameEnd = nameStart;
            while (nameEnd < end && bytes[nameEnd] != '"') {
                int character = bytes[nameEnd] & 0xFF;
                if (character == '\\' || character < 0x20 || character >= 0x80) {
                    return FALLBACK;
                }
                nameEnd++;
            }
            if (nameEnd == end) {
                return FALLBACK;
            }
            position = skipSpaces(bytes, nameEnd + 1, end);
            if (position == end || bytes[position] != ':') {
                return FALLBACK;
            }
            position = skipSpaces(bytes, position + 1, end);
            if (position == end) {
                return FALLBACK;
            }
            if (Arrays.equals(bytes, nameStart, nameEnd, name, 0, name.length)) {
                return position;
            }
            position = skipValue(bytes, position, end, 0);
            if (position < 0) {
                return position;
            }
            position = skipSpaces(bytes, position, end);
            if (position == end) {
                return FALLBACK;
            }
            if (bytes[position] == '}') {
                return NULL;
            }
            if (bytes[position] != ',') {
                return FALLBACK;
            }
            position = skipSpaces(bytes, position + 1, end);
        }
    }

    /**
     * The position of the element at the index of the array whose content starts at {@code position}.
     */
    private static int element(byte[] bytes, int position, int end, int index)
    {
        position = skipSpaces(bytes, position, end);
        if (position == end) {
            return FALLBACK;
        }
        if (bytes[position] == ']') {
            return NULL;
        }
        int current = 0;
        while (true) {
            if (current == index) {
                return position;
            }
            position = skipValue(bytes, position, end, 0);
            if (position < 0) {
                return position;
            }
            position = skipSpaces(bytes, position, end);
            if (position == end) {
                return FALLBACK;
            }
            if (bytes[position] == ']') {
                return NULL;
            }
            if (bytes[position] != ',') {
                return FALLBACK;
            }
            position = skipSpaces(bytes, position + 1, end);
            if (position == end) {
                return FALLBACK;
            }
            current++;
        }
    }

    /**
     * The selected value: a scalar's packed range, or {@link #NULL} for null, objects and arrays.
     */
    private static long value(byte[] bytes, int position, int end)
    {
        byte current = bytes[position];
        switch (current) {
            case '"' -> {
                for (int index = position + 1; index < end; index++) {
                    int character = bytes[index] & 0xFF;
                    if (character == '"') {
                        return range(position + 1, index);
                    }
                    if (character == '\\' || character < 0x20 || character >= 0x80) {
                        return FALLBACK;
                    }
                }
                return FALLBACK;
            }
            case '{', '[' -> {
                return NULL;
            }
            case 't', 'f', 'n' -> {
                int literalEnd = skipLiteral(bytes, position, end);
                if (literalEnd < 0) {
                    return literalEnd;
                }
                if (current == 'n') {
                    return NULL;
                }
                return range(position, literalEnd);
            }
            default -> {
                int numberEnd = skipNumber(bytes, position, end);
                if (numberEnd < 0) {
                    return numberEnd;
                }
                return range(position, numberEnd);
            }
        }
    }

    private static long range(int start, int end)
    {
        return ((long) start << 32) | end;
    }

    private static int skipValue(byte[] bytes, int position, int end, int depth)
    {
        byte current = bytes[position];
        return switch (current) {
            case '"' -> skipString(bytes, position + 1, end);
            case '{' -> skipObject(bytes, position + 1, end, depth + 1);
            case '[' -> skipArray(bytes, position + 1, end, depth + 1);
            case 't', 'f', 'n' -> skipLiteral(bytes, position, end);
            default -> skipNumber(bytes, position, end);
        };
    }

    private static int skipObject(byte[] bytes, int position, int end, int depth)
    {
        if (depth > MAX_DEPTH) {
            return FALLBACK;
        }
        position = skipSpaces(bytes, position, end);
        if (position < end && bytes[position] == '}') {
            return position + 1;
        }
        while (true) {
            if (position == end || bytes[position] != '"') {
                return FALLBACK;
            }
            position = skipString(bytes, position + 1, end);
            if (position < 0) {
                return position;
            }
            position = skipSpaces(bytes, position, end);
            if (position == end || bytes[position] != ':') {
                return FALLBACK;
            }
            position = skipSpaces(bytes, position + 1, end);
            if (position == end) {
                return FALLBACK;
            }
            position = skipValue(bytes, position, end, depth);
            if (position < 0) {
                return position;
            }
            position = skipSpaces(bytes, position, end);
            if (position == end) {
                return FALLBACK;
            }
            if (bytes[position] == '}') {
                return position + 1;
            }
            if (bytes[position] != ',') {
                return FALLBACK;
            }
            position = skipSpaces(bytes, position + 1, end);
        }
    }

    private static int skipArray(byte[] bytes, int position, int end, int depth)
    {
        if (depth > MAX_DEPTH) {
            return FALLBACK;
        }
        position = skipSpaces(bytes, position, end);
        if (position < end && bytes[position] == ']') {
            return position + 1;
        }
        while (true) {
            if (position == end) {
                return FALLBACK;
            }
            position = skipValue(bytes, position, end, depth);
            if (position < 0) {
                return position;
            }
            position = skipSpaces(bytes, position, end);
            if (position == end) {
                return FALLBACK;
            }
            if (bytes[position] == ']') {
                return position + 1;
            }
            if (bytes[position] != ',') {
                return FALLBACK;
            }
            position = skipSpaces(bytes, position + 1, end);
        }
    }

    /**
     * Skips a string whose content starts at {@code position}; escapes and UTF-8 sequences are checked.
     */
    private static int skipString(byte[] bytes, int position, int end)
    {
        while (position < end) {
            // Most string bytes are plain: skip them without the checks below.
            while (position < end && PLAIN[bytes[position] & 0xFF]) {
                position++;
            }
            if (position == end) {
                return FALLBACK;
            }
            int character = bytes[position] & 0xFF;
            if (character == '"') {
                return position + 1;
            }
            if (character < 0x20) {
                return FALLBACK;
            }
            if (character == '\\') {
                if (position + 1 == end) {
                    return FALLBACK;
                }
                byte escaped = bytes[position + 1];
                switch (escaped) {
                    case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> position += 2;
                    case 'u' -> {
                        if (position + 6 > end) {
                            return FALLBACK;
                        }
                        for (int digit = position + 2; digit < position + 6; digit++) {
                            if (Character.digit(bytes[digit], 16) < 0) {
                                return FALLBACK;
                            }
                        }
                        position += 6;
                    }
                    default -> {
                        return FALLBACK;
                    }
                }
                continue;
            }
            if (character < 0x80) {
                position++;
                continue;
            }
            int continuation;
            if (character >= 0xC2 && character <= 0xDF) {
                continuation = 1;
            }
            else if (character >= 0xE0 && character <= 0xEF) {
                continuation = 2;
            }
            else if (character >= 0xF0 && character <= 0xF4) {
                continuation = 3;
            }
            else {
                return FALLBACK;
            }
            if (position + continuation >= end) {
                return FALLBACK;
            }
            for (int next = position + 1; next <= position + continuation; next++) {
                if ((bytes[next] & 0xC0) != 0x80) {
                    return FALLBACK;
                }
            }
            position += continuation + 1;
        }
        return FALLBACK;
    }

    private static int skipLiteral(byte[] bytes, int position, int end)
    {
        byte[] literal = switch (bytes[position]) {
            case 't' -> TRUE;
            case 'f' -> FALSE;
            default -> NULL_LITERAL;
        };
        int literalEnd = position + literal.length;
        if (literalEnd > end || !Arrays.equals(bytes, position, literalEnd, literal, 0, literal.length)) {
            return FALLBACK;
        }
        return isDelimiter(bytes, literalEnd, end) ? literalEnd : FALLBACK;
    }

    /**
     * Skips a number of RFC 8259's grammar that a delimiter follows.
     */
    private static int skipNumber(byte[] bytes, int position, int end)
    {
        int start = position;
        if (position < end && bytes[position] == '-') {
            position++;
        }
        if (position == end) {
            return FALLBACK;
        }
        if (bytes[position] == '0') {
            position++;
        }
        else if (bytes[position] >= '1' && bytes[position] <= '9') {
            position = skipDigits(bytes, position, end);
        }
        else {
            return FALLBACK;
        }
        if (position < end && bytes[position] == '.') {
            int digits = position + 1;
            position = skipDigits(bytes, digits, end);
            if (position == digits) {
                return FALLBACK;
            }
        }
        if (position < end && (bytes[position] == 'e' || bytes[position] == 'E')) {
            position++;
            if (position < end && (bytes[position] == '+' || bytes[position] == '-')) {
                position++;
            }
            int digits = position;
            position = skipDigits(bytes, digits, end);
            if (position == digits) {
                return FALLBACK;
            }
        }
        if (position - start > MAX_NUMBER_LENGTH || !isDelimiter(bytes, position, end)) {
            return FALLBACK;
        }
        return position;
    }

    private static int skipDigits(byte[] bytes, int position, int end)
    {
        while (position < end && bytes[position] >= '0' && bytes[position] <= '9') {
            position++;
        }
        return position;
    }

    private static boolean isDelimiter(byte[] bytes, int position, int end)
    {
        if (position == end) {
            return true;
        }
        byte next = bytes[position];
        return next == ',' || next == '}' || next == ']' || next == ' ' || next == '\n' || next == '\r' || next == '\t';
    }

    private static int skipSpaces(byte[] bytes, int position, int end)
    {
        while (position < end) {
            byte current = bytes[position];
            if (current != ' ' && current != '\n' && current != '\r' && current != '\t') {
                return position;
            }
            position++;
        }
        return position;
    }

    // ASCII bytes that need no check inside a string: not a quote, a backslash or a control character.
    private static final boolean[] PLAIN = new boolean[256];

    static {
        for (int character = 0x20; character < 0x80; character++) {
            PLAIN[character] = character != '"' && character != '\\';
        }
    }

    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] NULL_LITERAL = {'n', 'u', 'l', 'l'};
}
