package io.tarn.storage;

import com.google.common.collect.ImmutableList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A union of disjoint, non-empty time ranges in ascending order. {@link #all()} takes every event;
 * {@link #none()} takes none.
 */
public final class TimeRanges
{
    private static final TimeRanges ALL = new TimeRanges(List.of(TimeRange.ALL));
    private static final TimeRanges NONE = new TimeRanges(List.of());

    private final List<TimeRange> ranges;

    private TimeRanges(List<TimeRange> ranges)
    {
        this.ranges = ImmutableList.copyOf(ranges);
    }

    public static TimeRanges all()
    {
        return ALL;
    }

    public static TimeRanges none()
    {
        return NONE;
    }

    /**
     * The union of the ranges, merged where they overlap or touch.
     */
    public static TimeRanges of(List<TimeRange> ranges)
    {
        List<TimeRange> sorted = new ArrayList<>(requireNonNull(ranges, "ranges is null"));
        sorted.removeIf(TimeRange::isEmpty);
        sorted.sort(Comparator.comparingLong(TimeRange::startMillis));
        List<TimeRange> merged = new ArrayList<>();
        for (TimeRange range : sorted) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1).endMillis() >= range.startMillis()) {
                TimeRange last = merged.remove(merged.size() - 1);
                merged.add(new TimeRange(last.startMillis(), Math.max(last.endMillis(), range.endMillis())));
                continue;
            }
            merged.add(range);
        }
        return new TimeRanges(merged);
    }

    public static TimeRanges of(TimeRange... ranges)
    {
        return of(List.of(ranges));
    }

    public List<TimeRange> ranges()
    {
        return ranges;
    }

    public boolean isAll()
    {
        return ranges.size() == 1 && ranges.get(0).equals(TimeRange.ALL);
    }

    public boolean isNone()
    {
        return ranges.isEmpty();
    }

    public boolean contains(long millis)
    {
        for (TimeRange range : ranges) {
            if (range.contains(millis)) {
                return true;
            }
        }
        return false;
    }

    public boolean overlaps(long minMillis, long maxMillis)
    {
        for (TimeRange range : ranges) {
            if (range.overlaps(minMillis, maxMillis)) {
                return true;
            }
        }
        return false;
    }

    public TimeRanges union(TimeRanges other)
    {
        List<TimeRange> all = new ArrayList<>(ranges);
        all.addAll(other.ranges);
        return of(all);
    }

    public TimeRanges intersect(TimeRanges other)
    {
        List<TimeRange> result = new ArrayList<>();
        for (TimeRange left : ranges) {
            for (TimeRange right : other.ranges) {
                long start = Math.max(left.startMillis(), right.startMillis());
                long end = Math.min(left.endMillis(), right.endMillis());
                if (start < end) {
                    result.add(new TimeRange(start, end));
                }
            }
        }
        return of(result);
    }

    @Override
    public boolean equals(Object other)
    {
        return other instanceof TimeRanges that && ranges.equals(that.ranges);
    }

    @Override
    public int hashCode()
    {
        return ranges.hashCode();
    }

    @Override
    public String toString()
    {
        return ranges.toString();
    }
}
