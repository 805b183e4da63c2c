package io.tarn.storage;

import java.time.Instant;

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

    /**
     * The half-open interval in UTC, as plans print it: {@code [2023-07-10T12:00:00Z, 2023-07-10T13:00:00Z)}.
     */
    @Override
    public String toString()
    {
        String start = startMillis == Long.MIN_VALUE ? "(-inf" : "[" + Instant.ofEpochMilli(startMillis);
        String end = endMillis == Long.MAX_VALUE ? "+inf)" : Instant.ofEpochMilli(endMillis) + ")";
        return start + ", " + end;
    }
}
