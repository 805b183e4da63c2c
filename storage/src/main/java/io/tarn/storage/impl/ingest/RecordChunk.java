package io.tarn.storage.impl.ingest;

import java.util.Arrays;

import static java.util.Objects.requireNonNull;

/**
 * Consecutive records of one source, their bytes copied into one array, handed from the reading thread to
 * a parser thread. Chunks bound the work a thread takes at once and let records of one large file be
 * parsed in parallel.
 */
final class RecordChunk
{
    static final RecordChunk END = new RecordChunk("", 0);
    private static final int INITIAL_BYTES = 64 * 1024;
    private static final int INITIAL_RECORDS = 64;
    private static final int MAX_RECORDS = 1024;
    private static final int MIN_TRIMMED_BYTES = 4096;

    private final String source;
    private final int maxBytes;
    private byte[] data;
    private int used;
    private int count;
    private int[] offsets;
    private int[] lengths;
    private long[] numbers;
    private long[] lines;
    private long[] columns;

    /**
     * @param maxBytes the chunk takes records while they fit in this many bytes (a larger record gets a
     *         chunk of its own); it starts small, so small sources cost little
     */
    RecordChunk(String source, int maxBytes)
    {
        this.source = requireNonNull(source, "source is null");
        this.maxBytes = maxBytes;
        this.data = new byte[Math.min(INITIAL_BYTES, maxBytes)];
        this.offsets = new int[INITIAL_RECORDS];
        this.lengths = new int[INITIAL_RECORDS];
        this.numbers = new long[INITIAL_RECORDS];
        this.lines = new long[INITIAL_RECORDS];
        this.columns = new long[INITIAL_RECORDS];
    }

    String source()
    {
        return source;
    }

    /**
     * Whether a record of this many bytes still fits.
     */
    boolean fits(int length)
    {
        return count < MAX_RECORDS && used + length <= maxBytes;
    }

    boolean isEmpty()
    {
        return count == 0;
    }

    int count()
    {
        return count;
    }

    int byteSize()
    {
        return used;
    }

    void add(byte[] source, int offset, int length, long number, long line, long column)
    {
        if (used + length > data.length) {
            data = Arrays.copyOf(data, Math.max(used + length, data.length * 2));
        }
        if (count == offsets.length) {
            int capacity = offsets.length * 2;
            offsets = Arrays.copyOf(offsets, capacity);
            lengths = Arrays.copyOf(lengths, capacity);
            numbers = Arrays.copyOf(numbers, capacity);
            lines = Arrays.copyOf(lines, capacity);
            columns = Arrays.copyOf(columns, capacity);
        }
        System.arraycopy(source, offset, data, used, length);
        offsets[count] = used;
        lengths[count] = length;
        numbers[count] = number;
        lines[count] = line;
        columns[count] = column;
        used += length;
        count++;
    }

    /**
     * Lets go of a large unused end of the record array. Parsed rows refer to the array ({@code eventjson}
     * is not copied) while they wait to be written, so a chunk of a small source must not keep an array
     * many times its records' size.
     */
    void trim()
    {
        if (data.length - used > Math.max(MIN_TRIMMED_BYTES, used / 4)) {
            data = Arrays.copyOf(data, used);
        }
    }

    byte[] data()
    {
        return data;
    }

    int offset(int index)
    {
        return offsets[index];
    }

    int length(int index)
    {
        return lengths[index];
    }

    long number(int index)
    {
        return numbers[index];
    }

    long line(int index)
    {
        return lines[index];
    }

    long column(int index)
    {
        return columns[index];
    }
}
