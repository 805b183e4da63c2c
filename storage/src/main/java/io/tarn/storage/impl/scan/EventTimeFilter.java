package io.tarn.storage.impl.scan;

import io.tarn.storage.TimeRange;
import io.tarn.storage.TimeRanges;
import io.tarn.storage.schema.EventSchema;
import org.apache.orc.storage.ql.exec.vector.TimestampColumnVector;
import org.apache.orc.storage.ql.io.sarg.PredicateLeaf;
import org.apache.orc.storage.ql.io.sarg.SearchArgument;
import org.apache.orc.storage.ql.io.sarg.SearchArgumentFactory;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The event times a scan returns (the requested ranges cut by retention), applied at every level: whole
 * stripes by their statistics, row groups by an ORC search argument over the row index, and rows by
 * selecting the positions of a batch whose {@code eventtime} is in a range. A row with a null event time
 * is never returned.
 */
final class EventTimeFilter
{
    /**
     * ORC turns a search argument into conjunctive normal form, which grows exponentially with the number
     * of ranges OR-ed together (8 ranges make 256 clauses of 8 leaves, evaluated for every row group);
     * beyond this many, nearby ranges are merged for the search argument only (rows are still filtered
     * exactly). Files are sorted by event time, so a few ranges already skip what can be skipped.
     */
    private static final int MAX_SEARCH_ARGUMENT_RANGES = 4;

    private final TimeRanges ranges;
    private final long[] starts;
    private final long[] ends;

    EventTimeFilter(TimeRanges ranges)
    {
        this.ranges = requireNonNull(ranges, "ranges is null");
        List<TimeRange> list = ranges.ranges();
        this.starts = new long[list.size()];
        this.ends = new long[list.size()];
        for (int index = 0; index < list.size(); index++) {
            starts[index] = list.get(index).startMillis();
            ends[index] = list.get(index).endMillis();
        }
    }

    /**
     * Whether some event time in {@code [minMillis, maxMillis]} is wanted.
     */
    boolean overlaps(long minMillis, long maxMillis)
    {
        return ranges.overlaps(minMillis, maxMillis);
    }

    /**
     * Whether every event time in {@code [minMillis, maxMillis]} is wanted, so rows need no filtering.
     */
    boolean covers(long minMillis, long maxMillis)
    {
        for (int index = 0; index < starts.length; index++) {
            if (minMillis >= starts[index] && maxMillis < ends[index]) {
                return true;
            }
        }
        return false;
    }

    /**
     * A search argument on {@code eventtime} for ORC's row-group pruning; empty when the ranges are unbounded.
     * Bounds are {@code TIMESTAMP} literals, which ORC compares with the UTC statistics of files written
     * with {@code useUTCTimestamp}.
     */
    Optional<SearchArgument> searchArgument()
    {
        List<TimeRange> list = coarsen(ranges.ranges());
        if (list.isEmpty() || list.equals(List.of(TimeRange.ALL))) {
            return Optional.empty();
        }
        SearchArgument.Builder builder = SearchArgumentFactory.newBuilder();
        if (list.size() > 1) {
            builder.startOr();
        }
        for (TimeRange range : list) {
            builder.startAnd();
            if (range.startMillis() != Long.MIN_VALUE) {
                builder.startNot()
                        .lessThan(EventSchema.EVENT_TIME, PredicateLeaf.Type.TIMESTAMP, new Timestamp(range.startMillis()))
                        .end();
            }
            if (range.endMillis() != Long.MAX_VALUE) {
                builder.lessThan(EventSchema.EVENT_TIME, PredicateLeaf.Type.TIMESTAMP, new Timestamp(range.endMillis()));
            }
            builder.end();
        }
        if (list.size() > 1) {
            builder.end();
        }
        return Optional.of(builder.build());
    }

    /**
     * Writes the positions below {@code size} whose event time is wanted into {@code selected}, ascending,
     * and returns how many there are.
     */
    int select(TimestampColumnVector eventTimes, int size, int[] selected)
    {
        if (eventTimes.isRepeating) {
            if ((!eventTimes.noNulls && eventTimes.isNull[0]) || !contains(eventTimes.time[0])) {
                return 0;
            }
            for (int position = 0; position < size; position++) {
                selected[position] = position;
            }
            return size;
        }
        long[] times = eventTimes.time;
        boolean[] isNull = eventTimes.noNulls ? null : eventTimes.isNull;
        if (starts.length == 1) {
            return selectInRange(times, isNull, size, starts[0], ends[0], selected);
        }
        int count = 0;
        for (int position = 0; position < size; position++) {
            if ((isNull == null || !isNull[position]) && contains(times[position])) {
                selected[count++] = position;
            }
        }
        return count;
    }

    private boolean contains(long time)
    {
        for (int index = 0; index < starts.length; index++) {
            if (time >= starts[index] && time < ends[index]) {
                return true;
            }
        }
        return false;
    }

    private static int selectInRange(long[] times, boolean[] isNull, int size, long start, long end, int[] selected)
    {
        int count = 0;
        if (isNull == null) {
            for (int position = 0; position < size; position++) {
                long time = times[position];
                selected[count] = position;
                count += (time >= start && time < end) ? 1 : 0;
            }
            return count;
        }
        for (int position = 0; position < size; position++) {
            long time = times[position];
            selected[count] = position;
            count += (!isNull[position] && time >= start && time < end) ? 1 : 0;
        }
        return count;
    }

    /**
     * Merges the ranges separated by the smallest gaps until at most {@link #MAX_SEARCH_ARGUMENT_RANGES} remain.
     */
    private static List<TimeRange> coarsen(List<TimeRange> ranges)
    {
        List<TimeRange> result = new ArrayList<>(ranges);
        while (result.size() > MAX_SEARCH_ARGUMENT_RANGES) {
            int narrowest = 0;
            for (int index = 1; index < result.size() - 1; index++) {
                if (gapAfter(result, index) < gapAfter(result, narrowest)) {
                    narrowest = index;
                }
            }
            TimeRange merged = new TimeRange(result.get(narrowest).startMillis(), result.get(narrowest + 1).endMillis());
            result.remove(narrowest + 1);
            result.set(narrowest, merged);
        }
        return result;
    }

    private static long gapAfter(List<TimeRange> ranges, int index)
    {
        return ranges.get(index + 1).startMillis() - ranges.get(index).endMillis();
    }
}
