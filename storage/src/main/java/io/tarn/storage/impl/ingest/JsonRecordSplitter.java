package io.tarn.storage.impl.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

import static java.util.Objects.requireNonNull;

/**
 * Finds the byte range of each event record in a stream of JSON without parsing it, so that a file of any
 * size streams through a small buffer and each record can be parsed (and kept verbatim) on its own.
 *
 * <p>Understood layouts: CloudTrail log files {@code {"Records":[{...},{...}]}} (recognised by their first
 * key, so the wrapper is never buffered), a top-level array of records, and concatenated objects (JSON
 * lines, or pretty-printed objects one after another). Several of these may follow each other in one
 * stream. The scanner tracks strings, escapes and nesting depth only; whether a record is valid JSON is
 * for the parser to say.
 *
 * <p>Recovery in concatenated-object streams: a raw newline inside a string ends the string (JSON strings
 * cannot hold one), and a <code>{</code> in the first column of a line while a record is still open ends
 * that record there, so one damaged line of a JSON-lines file costs one record, not the rest of the file.
 * A line that does not start a JSON value is returned as a record of its own (the parser rejects it).
 *
 * <p>Positions: records are numbered from 1 in their stream; lines and columns are 1-based and columns
 * count characters (UTF-8 sequences), not bytes.
 */
public final class JsonRecordSplitter
{
    /**
     * What {@link #next} found.
     */
    public enum Event
    {
        /** A record; its bytes are {@code buffer()[recordOffset() .. recordOffset() + recordLength())}. */
        RECORD,
        /** A record larger than the limit; its bytes were skipped, {@link #recordLength} is its size. */
        OVERSIZED_RECORD,
        /** The end of the stream. */
        END,
    }

    // a splitter per file, most files small: allocating (zeroing) the buffer is a cost per file; it grows
    // for records that do not fit
    private static final int INITIAL_BUFFER_BYTES = 64 * 1024;
    private static final int WRAPPER_LOOKAHEAD_BYTES = 64 * 1024;

    // byte classes of the scanning loops
    private static final byte ORDINARY = 0;
    private static final byte QUOTE = 1;
    private static final byte BACKSLASH = 2;
    private static final byte NEWLINE = 3;
    private static final byte OPEN = 4;
    private static final byte CLOSE = 5;
    private static final byte CONTINUATION = 6;
    private static final byte[] CLASSES = new byte[256];
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_BITS = 0x0101_0101_0101_0101L;
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;
    private static final long LOW_SEVEN_BITS = 0x7F7F_7F7F_7F7F_7F7FL;
    private static final long QUOTES = LOW_BITS * '"';
    private static final long BACKSLASHES = LOW_BITS * '\\';
    private static final long NEWLINES = LOW_BITS * '\n';
    // OR-ing 0x20 into a byte maps exactly '[' and '{' to '{', and ']' and '}' to '}'
    private static final long CASE_BITS = LOW_BITS * 0x20;
    private static final long OPEN_BRACES = LOW_BITS * '{';
    private static final long CLOSE_BRACES = LOW_BITS * '}';
    private static final byte[] RECORDS_KEY = {'"', 'R', 'e', 'c', 'o', 'r', 'd', 's', '"'};

    static {
        CLASSES['"'] = QUOTE;
        CLASSES['\\'] = BACKSLASH;
        CLASSES['\n'] = NEWLINE;
        CLASSES['{'] = OPEN;
        CLASSES['['] = OPEN;
        CLASSES['}'] = CLOSE;
        CLASSES[']'] = CLOSE;
        for (int value = 0x80; value < 0xC0; value++) {
            CLASSES[value] = CONTINUATION;
        }
    }

    private enum Context
    {
        /** Between top-level values. */
        TOP,
        /** Between the elements of an array whose elements are records. */
        RECORD_ARRAY,
        /** Inside a log-file wrapper object after its Records array: other members are skipped. */
        WRAPPER_REST,
    }

    private final InputStream input;
    private final int maxRecordBytes;

    private byte[] buffer = new byte[INITIAL_BUFFER_BYTES];
    private int position;
    private int limit;
    private long bufferStart;
    private boolean endOfInput;

    private long line = 1;
    private long lineStart;
    // UTF-8 continuation bytes consumed, in all and before the current line: columns count characters
    private long continuationBytes;
    private long continuationBytesBeforeLine;

    private Context context = Context.TOP;
    // whether the record array being read is a log file's {"Records":[...]} rather than a top-level array
    private boolean recordArrayInWrapper;

    private int recordStart = -1;
    private int recordEnd;
    private long recordAbsoluteStart;
    private long recordNumber;
    private long recordLine;
    private long recordColumn;
    private boolean retaining;
    // nesting depth within the container being scanned, and whether scanWords stopped inside a string
    private int depth;
    private boolean wordsEndInString;

    private int firstSignificantByte = -1;
    private boolean logFile;
    private String truncation;

    public JsonRecordSplitter(InputStream input, int maxRecordBytes)
    {
        this.input = requireNonNull(input, "input is null");
        if (maxRecordBytes <= 0) {
            throw new IllegalArgumentException("maxRecordBytes must be positive");
        }
        this.maxRecordBytes = maxRecordBytes;
    }

    /**
     * Advances to the next record. Bytes of a previous record are no longer valid afterwards.
     */
    public Event next()
            throws IOException
    {
        recordStart = -1;
        while (true) {
            switch (context) {
                case TOP -> {
                    int value = skipWhitespace();
                    if (value < 0) {
                        return Event.END;
                    }
                    if (firstSignificantByte < 0) {
                        firstSignificantByte = value;
                    }
                    if (value == '[') {
                        position++;
                        context = Context.RECORD_ARRAY;
                        recordArrayInWrapper = false;
                        continue;
                    }
                    if (value == '{' && enterWrapper()) {
                        logFile = true;
                        context = Context.RECORD_ARRAY;
                        recordArrayInWrapper = true;
                        continue;
                    }
                    startRecord();
                    boolean complete = value == '{' ? scanContainer(true) : scanJunkLine();
                    return finishRecord(complete);
                }
                case RECORD_ARRAY -> {
                    int value = skipWhitespaceAndCommas();
                    if (value < 0) {
                        truncation = "the input ended inside " + (recordArrayInWrapper ? "the Records array" : "an array of records");
                        return Event.END;
                    }
                    if (value == ']') {
                        position++;
                        context = recordArrayInWrapper ? Context.WRAPPER_REST : Context.TOP;
                        continue;
                    }
                    startRecord();
                    boolean complete = value == '{' || value == '[' ? scanContainer(false) : scanScalar();
                    return finishRecord(complete);
                }
                case WRAPPER_REST -> {
                    if (!skipWrapperRest()) {
                        truncation = "the input ended inside the log file's wrapper object";
                        return Event.END;
                    }
                    context = Context.TOP;
                }
            }
        }
    }

    public byte[] buffer()
    {
        return buffer;
    }

    public int recordOffset()
    {
        return recordStart;
    }

    public int recordLength()
    {
        return (int) Math.min(Integer.MAX_VALUE, absolutePosition(recordEnd) - recordAbsoluteStart);
    }

    public long recordNumber()
    {
        return recordNumber;
    }

    public long line()
    {
        return recordLine;
    }

    public long column()
    {
        return recordColumn;
    }

    /**
     * Whether a CloudTrail log-file wrapper {@code {"Records":[...]}} was seen.
     */
    public boolean isLogFile()
    {
        return logFile;
    }

    /**
     * Whether the last record came from a log-file wrapper or array rather than standing alone at the top.
     */
    public boolean inRecordArray()
    {
        return context != Context.TOP;
    }

    /**
     * The first byte that is not whitespace, or -1 before there is one.
     */
    public int firstSignificantByte()
    {
        return firstSignificantByte;
    }

    /**
     * Why the input ended in the middle of the JSON, once {@link #next} returned {@link Event#END}; null when
     * it ended cleanly.
     */
    public String truncation()
    {
        return truncation;
    }

    /**
     * Bytes consumed from the input so far.
     */
    public long bytesRead()
    {
        return bufferStart + limit;
    }

    private void startRecord()
    {
        recordStart = position;
        recordAbsoluteStart = absolutePosition(position);
        retaining = true;
        recordNumber++;
        recordLine = line;
        recordColumn = recordAbsoluteStart - lineStart - (continuationBytes - continuationBytesBeforeLine) + 1;
    }

    private Event finishRecord(boolean complete)
    {
        if (!complete) {
            truncation = "the input ended inside record " + recordNumber + " (line " + recordLine + ", column " + recordColumn + ")";
            recordStart = -1;
            return Event.END;
        }
        recordEnd = position;
        if (!retaining || absolutePosition(recordEnd) - recordAbsoluteStart > maxRecordBytes) {
            recordStart = -1;
            return Event.OVERSIZED_RECORD;
        }
        return Event.RECORD;
    }

    /**
     * Scans an object or array from its opening byte at {@code position} to just after its closing byte.
     * Returns false when the input ends first.
     *
     * <p>Eight bytes are handled at a time up to the next backslash or newline (which take the one-byte step
     * below): a mask of the word's quotes, its prefix XOR giving which bytes lie inside a string, and a mask
     * of its brackets and braces outside strings, of which there are few. UTF-8 continuation bytes and
     * newlines are counted wherever they are, inside strings or not.
     */
    private boolean scanContainer(boolean topLevelObject)
            throws IOException
    {
        depth = 0;
        boolean inString = false;
        boolean skipNext = false;
        while (true) {
            if (position >= limit && !fill()) {
                return false;
            }
            byte[] bytes = buffer;
            int end = limit;
            int index = position;
            if (skipNext) {
                // the byte after a backslash that ended the previous fill
                countCharacter(bytes[index], index);
                index++;
                skipNext = false;
            }
            while (index < end) {
                int stop = scanWords(bytes, index, end, inString, topLevelObject);
                if (stop < 0) {
                    position = -1 - stop;
                    return true;
                }
                index = stop;
                inString = wordsEndInString;
                long stringMask = inString ? -1L : 0L;
                if (index <= end - Long.BYTES) {
                    // the bytes of this word before its first backslash or newline
                    long word = (long) LONGS.get(bytes, index);
                    int count = Long.numberOfTrailingZeros(hasZeroByte(word ^ BACKSLASHES) | hasZeroByte(word ^ NEWLINES)) >>> 3;
                    if (count > 0) {
                        long valid = (1L << (count << 3)) - 1;
                        long quotes = zeroBytes(word ^ QUOTES) & valid;
                        long strings = prefixXor(quotes) ^ stringMask;
                        long folded = word | CASE_BITS;
                        long brackets = (zeroBytes(folded ^ OPEN_BRACES) | zeroBytes(folded ^ CLOSE_BRACES)) & valid & ~strings;
                        if (brackets != 0) {
                            int recordEnd = applyBrackets(bytes, index, word, brackets, topLevelObject);
                            if (recordEnd >= 0) {
                                position = recordEnd;
                                return true;
                            }
                        }
                        if ((word & HIGH_BITS) != 0) {
                            continuationBytes += Long.bitCount(continuationBytes(word) & valid);
                        }
                        inString ^= (Long.bitCount(quotes) & 1) != 0;
                        index += count;
                    }
                    // bytes[index] is a backslash or a newline: the one-byte step takes it
                }
                else if (index >= end) {
                    break;
                }
                byte value = bytes[index++];
                if (inString) {
                    if (value == '"') {
                        inString = false;
                    }
                    else if (value == '\\') {
                        if (index < end) {
                            countCharacter(bytes[index], index);
                            index++;
                        }
                        else {
                            skipNext = true;
                        }
                    }
                    else if (value == '\n') {
                        newline(index - 1);
                        if (topLevelObject) {
                            // JSON strings cannot hold a raw newline: the line was damaged
                            inString = false;
                        }
                    }
                    else if ((value & 0xC0) == 0x80) {
                        continuationBytes++;
                    }
                    continue;
                }
                switch (CLASSES[value & 0xFF]) {
                    case QUOTE -> inString = true;
                    case NEWLINE -> newline(index - 1);
                    case CONTINUATION -> continuationBytes++;
                    case OPEN -> {
                        if (topLevelObject && depth > 0 && value == '{' && absolutePosition(index - 1) == lineStart) {
                            // a record left open by a damaged line ends here; the next one starts at this brace
                            position = index - 1;
                            return true;
                        }
                        depth++;
                    }
                    case CLOSE -> {
                        depth--;
                        if (depth == 0) {
                            position = index;
                            return true;
                        }
                    }
                    default -> { }
                }
            }
            position = index;
        }
    }

    /**
     * Scans the whole words of {@code bytes[index .. end)} up to the first that holds a backslash or a
     * newline, most of the input. Returns the index where it stopped, with {@link #wordsEndInString} telling
     * whether a string is open there; or {@code -1 - i} when the container ends just before index {@code i}.
     * Brackets outside strings change {@link #depth} by their counts, and are only taken in order, one by
     * one, where the container may end: where the depth can reach zero, or where a brace may be in the first
     * column. (Those words leave the inner loop, which the JIT compiles much better without them: 25% more
     * throughput.)
     */
    private int scanWords(byte[] bytes, int index, int end, boolean inString, boolean topLevelObject)
    {
        int current = index;
        int level = depth;
        long stringMask = inString ? -1L : 0L;
        long lineStartIndex = lineStart - bufferStart;
        while (true) {
            // kept small and simple: a word whose brackets must be taken in order leaves this loop
            while (current <= end - Long.BYTES) {
                long word = (long) LONGS.get(bytes, current);
                if ((hasZeroByte(word ^ BACKSLASHES) | hasZeroByte(word ^ NEWLINES)) != 0) {
                    break;
                }
                // bit 7 of each byte: whether a string is open after it (a bracket is not a quote, so also before it)
                long strings = prefixXor(zeroBytes(word ^ QUOTES)) ^ stringMask;
                long folded = word | CASE_BITS;
                long opens = zeroBytes(folded ^ OPEN_BRACES) & ~strings;
                int closeCount = Long.bitCount(zeroBytes(folded ^ CLOSE_BRACES) & ~strings);
                if ((closeCount >= level) | (current == lineStartIndex)) {
                    break;
                }
                level += Long.bitCount(opens) - closeCount;
                if ((word & HIGH_BITS) != 0) {
                    continuationBytes += Long.bitCount(continuationBytes(word));
                }
                stringMask = strings >> 63;
                current += Long.BYTES;
            }
            if (current > end - Long.BYTES) {
                break;
            }
            long word = (long) LONGS.get(bytes, current);
            if ((hasZeroByte(word ^ BACKSLASHES) | hasZeroByte(word ^ NEWLINES)) != 0) {
                break;
            }
            long strings = prefixXor(zeroBytes(word ^ QUOTES)) ^ stringMask;
            long folded = word | CASE_BITS;
            depth = level;
            int recordEnd = applyBrackets(bytes, current, word, (zeroBytes(folded ^ OPEN_BRACES) | zeroBytes(folded ^ CLOSE_BRACES)) & ~strings, topLevelObject);
            if (recordEnd >= 0) {
                return -1 - recordEnd;
            }
            level = depth;
            if ((word & HIGH_BITS) != 0) {
                continuationBytes += Long.bitCount(continuationBytes(word));
            }
            stringMask = strings >> 63;
            current += Long.BYTES;
        }
        depth = level;
        wordsEndInString = stringMask != 0;
        return current;
    }

    /**
     * Applies the given brackets and braces of a word, which lie outside strings, to {@link #depth} in order.
     * Returns the index just after the closing byte of the container, or of an opening brace in the first
     * column that starts a new record after a damaged line (counting the continuation bytes before either),
     * or -1 when the container goes on past this word.
     *
     * @param structural bit 7 of each bracket or brace byte of the word outside strings
     */
    private int applyBrackets(byte[] bytes, int index, long word, long structural, boolean topLevelObject)
    {
        long remaining = structural;
        while (remaining != 0) {
            int bit = Long.numberOfTrailingZeros(remaining);
            int at = index + (bit >>> 3);
            byte value = bytes[at];
            int recordEnd = -1;
            if (value == '{' || value == '[') {
                if (topLevelObject && depth > 0 && value == '{' && absolutePosition(at) == lineStart) {
                    // a record left open by a damaged line ends here; the next one starts at this brace
                    recordEnd = at;
                }
                else {
                    depth++;
                }
            }
            else {
                depth--;
                if (depth == 0) {
                    recordEnd = at + 1;
                }
            }
            if (recordEnd >= 0) {
                continuationBytes += Long.bitCount(continuationBytes(word) & ((1L << bit) - 1));
                return recordEnd;
            }
            remaining &= remaining - 1;
        }
        return -1;
    }

    /**
     * Sets bit 7 of some bytes of {@code value}, the lowest of them being exactly its lowest zero byte
     * (SWAR: {@code (v - 0x01..) & ~v & 0x80..}; a borrow may flag bytes above a zero byte). A byte equal to
     * {@code b} in a word turns into a zero byte under XOR with {@code b} repeated.
     */
    private static long hasZeroByte(long value)
    {
        return (value - LOW_BITS) & ~value & HIGH_BITS;
    }

    /**
     * Bit 7 of exactly the zero bytes of {@code value}: adding 0x7F to the low seven bits of a byte carries
     * into bit 7 unless they are all zero, and the byte's own bit 7 is OR-ed in.
     */
    private static long zeroBytes(long value)
    {
        return ~(((value & LOW_SEVEN_BITS) + LOW_SEVEN_BITS) | value) & HIGH_BITS;
    }

    /**
     * Each bit of the result is the XOR of that bit and all bits of the same position in the lower bytes.
     */
    private static long prefixXor(long flags)
    {
        long result = flags ^ (flags << 8);
        result ^= result << 16;
        return result ^ (result << 32);
    }

    /**
     * Bit 7 of each byte of {@code word} that is a UTF-8 continuation byte {@code 10xxxxxx}: its bit 7 set
     * and its bit 6, shifted into bit 7's place, clear.
     */
    private static long continuationBytes(long word)
    {
        return word & ~(word << 1) & HIGH_BITS;
    }

    /**
     * Scans a scalar element of a record array up to the next delimiter.
     */
    private boolean scanScalar()
            throws IOException
    {
        boolean inString = false;
        boolean escaped = false;
        boolean first = true;
        while (true) {
            if (position >= limit && !fill()) {
                return !inString;
            }
            byte value = buffer[position];
            if (inString) {
                position++;
                countCharacter(value, position - 1);
                if (escaped) {
                    escaped = false;
                }
                else if (value == '\\') {
                    escaped = true;
                }
                else if (value == '"') {
                    return true;
                }
                continue;
            }
            if (value == '"' && first) {
                inString = true;
                first = false;
                position++;
                continue;
            }
            if (value == ',' || value == ']' || value == '}' || isWhitespace(value)) {
                return true;
            }
            first = false;
            countCharacter(value, position);
            position++;
        }
    }

    /**
     * Takes the rest of a line that does not start a JSON value as one (invalid) record.
     */
    private boolean scanJunkLine()
            throws IOException
    {
        while (true) {
            if (position >= limit && !fill()) {
                return true;
            }
            if (buffer[position] == '\n') {
                return true;
            }
            countCharacter(buffer[position], position);
            position++;
        }
    }

    /**
     * At a top-level opening brace: if the object's first member is {@code "Records": [}, consumes up to and
     * including the bracket and returns true; otherwise consumes nothing.
     */
    private boolean enterWrapper()
            throws IOException
    {
        int offset = skipWhitespaceAhead(1);
        for (byte expected : RECORDS_KEY) {
            if (peek(offset) != expected) {
                return false;
            }
            offset++;
        }
        offset = skipWhitespaceAhead(offset);
        if (peek(offset) != ':') {
            return false;
        }
        offset = skipWhitespaceAhead(offset + 1);
        if (peek(offset) != '[') {
            return false;
        }
        for (int index = position; index <= position + offset; index++) {
            countCharacter(buffer[index], index);
        }
        position += offset + 1;
        return true;
    }

    private int skipWhitespaceAhead(int offset)
            throws IOException
    {
        int current = offset;
        while (true) {
            int value = peek(current);
            if (value != ' ' && value != '\n' && value != '\r' && value != '\t') {
                return current;
            }
            current++;
        }
    }

    /**
     * The byte {@code offset} bytes after {@link #position}, reading more input if needed; -1 past the end
     * of the input or beyond the wrapper lookahead.
     */
    private int peek(int offset)
            throws IOException
    {
        if (offset > WRAPPER_LOOKAHEAD_BYTES) {
            return -1;
        }
        while (position + offset >= limit) {
            if (endOfInput) {
                return -1;
            }
            readMore(position);
        }
        return buffer[position + offset] & 0xFF;
    }

    private boolean skipWrapperRest()
            throws IOException
    {
        int depth = 1;
        boolean inString = false;
        boolean escaped = false;
        while (true) {
            if (position >= limit && !fill()) {
                return false;
            }
            byte value = buffer[position++];
            countCharacter(value, position - 1);
            if (inString) {
                if (escaped) {
                    escaped = false;
                }
                else if (value == '\\') {
                    escaped = true;
                }
                else if (value == '"') {
                    inString = false;
                }
                continue;
            }
            if (value == '"') {
                inString = true;
            }
            else if (value == '{' || value == '[') {
                depth++;
            }
            else if (value == '}' || value == ']') {
                depth--;
                if (depth == 0) {
                    return true;
                }
            }
        }
    }

    /**
     * Skips whitespace (and a byte-order mark at the very start); returns the next byte without consuming
     * it, or -1 at the end of the input.
     */
    private int skipWhitespace()
            throws IOException
    {
        while (true) {
            if (position >= limit && !fill()) {
                return -1;
            }
            byte value = buffer[position];
            if (value == '\n') {
                newline(position);
                position++;
            }
            else if (isWhitespace(value)) {
                position++;
            }
            else if (absolutePosition(position) == 0 && value == (byte) 0xEF) {
                // UTF-8 byte-order mark
                position = Math.min(position + 3, limit);
                lineStart = 3;
            }
            else {
                return value & 0xFF;
            }
        }
    }

    private int skipWhitespaceAndCommas()
            throws IOException
    {
        while (true) {
            int value = skipWhitespace();
            if (value != ',') {
                return value;
            }
            position++;
        }
    }

    private static boolean isWhitespace(byte value)
    {
        return value == ' ' || value == '\n' || value == '\r' || value == '\t';
    }

    private void newline(int bufferIndex)
    {
        line++;
        lineStart = absolutePosition(bufferIndex) + 1;
        continuationBytesBeforeLine = continuationBytes;
    }

    /**
     * Accounts for a consumed byte outside the fast scanning loop.
     */
    private void countCharacter(byte value, int bufferIndex)
    {
        if (value == '\n') {
            newline(bufferIndex);
        }
        else if ((value & 0xC0) == 0x80) {
            continuationBytes++;
        }
    }

    private long absolutePosition(int bufferIndex)
    {
        return bufferStart + bufferIndex;
    }

    /**
     * Reads more input once everything up to {@link #limit} is scanned; returns false at the end. Keeps the
     * current record's bytes while they are within the size limit, and drops them (the record becomes
     * oversized) beyond it.
     */
    private boolean fill()
            throws IOException
    {
        if (endOfInput) {
            return false;
        }
        int keepFrom = position;
        if (recordStart >= 0 && retaining) {
            if (absolutePosition(limit) - recordAbsoluteStart > maxRecordBytes) {
                retaining = false;
            }
            else {
                keepFrom = recordStart;
            }
        }
        readMore(keepFrom);
        return position < limit;
    }

    /**
     * Moves {@code buffer[keepFrom .. limit)} to the front (growing the buffer when it is full of kept
     * bytes) and reads as much as one read returns.
     */
    private void readMore(int keepFrom)
            throws IOException
    {
        if (keepFrom > 0) {
            int kept = limit - keepFrom;
            System.arraycopy(buffer, keepFrom, buffer, 0, kept);
            bufferStart += keepFrom;
            position -= keepFrom;
            if (recordStart >= 0 && retaining) {
                recordStart -= keepFrom;
            }
            limit = kept;
        }
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        while (true) {
            int read = input.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                endOfInput = true;
                return;
            }
            if (read > 0) {
                limit += read;
                return;
            }
        }
    }
}
