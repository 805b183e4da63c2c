package io.tarn.engine.function.library;

/**
 * Code-point arithmetic on UTF-8 byte ranges, so that string functions can count, slice and search
 * without decoding whole values. Malformed bytes count as one code point each, as in Trino.
 */
final class Utf8
{
    private Utf8() {}

    static boolean isContinuation(byte value)
    {
        return (value & 0xC0) == 0x80;
    }

    static int countCodePoints(byte[] bytes, int start, int end)
    {
        int count = 0;
        for (int index = start; index < end; index++) {
            if (!isContinuation(bytes[index])) {
                count++;
            }
        }
        return count;
    }

    /**
     * The byte length of the code point whose first byte is at {@code offset}, at least 1.
     */
    static int lengthAt(byte[] bytes, int offset, int end)
    {
        int lead = bytes[offset] & 0xFF;
        int length;
        if (lead < 0x80) {
            return 1;
        }
        if (lead >= 0xF0 && lead < 0xF8) {
            length = 4;
        }
        else if (lead >= 0xE0) {
            length = lead < 0xF0 ? 3 : 1;
        }
        else if (lead >= 0xC0) {
            length = 2;
        }
        else {
            return 1;
        }
        if (offset + length > end) {
            return 1;
        }
        for (int index = offset + 1; index < offset + length; index++) {
            if (!isContinuation(bytes[index])) {
                return 1;
            }
        }
        return length;
    }

    /**
     * The code point at {@code offset}, or -1 when the bytes there are not a well-formed sequence.
     */
    static int codePointAt(byte[] bytes, int offset, int end)
    {
        int lead = bytes[offset] & 0xFF;
        if (lead < 0x80) {
            return lead;
        }
        int length = lengthAt(bytes, offset, end);
        if (length == 1) {
            return -1;
        }
        int codePoint = lead & (0xFF >> (length + 1));
        for (int index = offset + 1; index < offset + length; index++) {
            codePoint = (codePoint << 6) | (bytes[index] & 0x3F);
        }
        return codePoint;
    }

    /**
     * The start of the code point that ends just before {@code offset}.
     */
    static int previousStart(byte[] bytes, int start, int offset)
    {
        int index = offset - 1;
        int limit = Math.max(start, offset - 4);
        while (index > limit && isContinuation(bytes[index])) {
            index--;
        }
        if (lengthAt(bytes, index, offset) != offset - index) {
            return offset - 1;
        }
        return index;
    }

    /**
     * The byte offset where the code point {@code count} code points after {@code offset} starts, or -1 when
     * the range has fewer code points.
     */
    static int advance(byte[] bytes, int offset, int end, long count)
    {
        int index = offset;
        for (long skipped = 0; skipped < count; skipped++) {
            if (index >= end) {
                return -1;
            }
            index += lengthAt(bytes, index, end);
        }
        return index;
    }

    /**
     * Writes the UTF-8 form of a code point and returns the offset after it.
     */
    static int encode(int codePoint, byte[] target, int offset)
    {
        if (codePoint < 0x80) {
            target[offset] = (byte) codePoint;
            return offset + 1;
        }
        if (codePoint < 0x800) {
            target[offset] = (byte) (0xC0 | (codePoint >> 6));
            target[offset + 1] = (byte) (0x80 | (codePoint & 0x3F));
            return offset + 2;
        }
        if (codePoint < 0x10000) {
            target[offset] = (byte) (0xE0 | (codePoint >> 12));
            target[offset + 1] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
            target[offset + 2] = (byte) (0x80 | (codePoint & 0x3F));
            return offset + 3;
        }
        target[offset] = (byte) (0xF0 | (codePoint >> 18));
        target[offset + 1] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
        target[offset + 2] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
        target[offset + 3] = (byte) (0x80 | (codePoint & 0x3F));
        return offset + 4;
    }

    /**
     * The first byte offset at or after {@code from} where {@code pattern} occurs in {@code [start, end)}, or -1.
     */
    static int indexOf(byte[] bytes, int from, int end, byte[] pattern, int patternStart, int patternLength)
    {
        if (patternLength == 0) {
            return from <= end ? from : -1;
        }
        byte first = pattern[patternStart];
        int last = end - patternLength;
        for (int index = from; index <= last; index++) {
            if (bytes[index] != first) {
                continue;
            }
            int matched = 1;
            while (matched < patternLength && bytes[index + matched] == pattern[patternStart + matched]) {
                matched++;
            }
            if (matched == patternLength) {
                return index;
            }
        }
        return -1;
    }

    /**
     * The last byte offset at or before {@code from} where {@code pattern} occurs in {@code [start, end)}, or -1.
     */
    static int lastIndexOf(byte[] bytes, int start, int from, int end, byte[] pattern, int patternStart, int patternLength)
    {
        for (int index = Math.min(from, end - patternLength); index >= start; index--) {
            int matched = 0;
            while (matched < patternLength && bytes[index + matched] == pattern[patternStart + matched]) {
                matched++;
            }
            if (matched == patternLength) {
                return index;
            }
        }
        return -1;
    }
}
