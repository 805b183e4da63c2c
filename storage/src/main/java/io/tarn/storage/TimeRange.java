package io.tarn.storage;

/**
 * Event times from {@code startMillis} (inclusive) to {@code endMillis} (exclusive), in epoch milliseconds UTC.
 */
public record TimeRange(long startMillis, long endMillis)
{
    public static final TimeRange ALL = new TimeRange(Long.MIN_VALUE, Long.MAX_VALUE);

    public TimeRange
    {
        if (endMillis < startMillis) {
            throw new IllegalArgumentException("time range ends before it starts: " + startMillis + " > " + endMillis);
        }
    }

    public boolean isEmpty()
    {
        return startMillis == endMillis;
    }

    public boolean contains(long millis)
    {
        return millis >= startMillis && millis < endMillis;
    }

    /**
     * Whether any instant in {@code [minMillis, maxMillis]} (both inclusive, as file statistics are) is in this range.
     */
    public boolean overlaps(long minMillis, long maxMillis)
    {
        return maxMillis >= startMillis && minMillis < endMillis;
    }
}
