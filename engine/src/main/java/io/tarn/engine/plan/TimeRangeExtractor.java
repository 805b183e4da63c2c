package io.tarn.engine.plan;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import io.tarn.storage.TimeRange;
import io.tarn.storage.TimeRanges;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.DateString;
import org.apache.calcite.util.Sarg;
import org.apache.calcite.util.TimestampString;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Derives, from a filter condition, event time ranges that contain every row the condition can accept:
 * comparisons and BETWEEN/IN (Calcite's SEARCH) of the event time column with constants, combined through
 * AND (intersection) and OR (union). Anything else is taken as "all times", so the ranges only ever prune
 * what the filter would reject anyway. Constants have already been folded, so {@code now() - INTERVAL '1'
 * DAY}, {@code from_iso8601_timestamp(...)} and {@code date_add(...)} arrive here as literals.
 */
public final class TimeRangeExtractor
{
    private final int eventTimeChannel;
    private final ZoneId sessionZone;
    private final ConstantEvaluator constants;

    public TimeRangeExtractor(int eventTimeChannel, ZoneId sessionZone, ConstantEvaluator constants)
    {
        this.eventTimeChannel = eventTimeChannel;
        this.sessionZone = requireNonNull(sessionZone, "sessionZone is null");
        this.constants = requireNonNull(constants, "constants is null");
    }

    public TimeRanges extract(RexNode condition)
    {
        if (!(condition instanceof RexCall call)) {
            return TimeRanges.all();
        }
        SqlKind kind = call.getKind();
        switch (kind) {
            case AND: {
                TimeRanges result = TimeRanges.all();
                for (RexNode operand : call.getOperands()) {
                    result = result.intersect(extract(operand));
                }
                return result;
            }
            case OR: {
                TimeRanges result = TimeRanges.none();
                for (RexNode operand : call.getOperands()) {
                    TimeRanges ranges = extract(operand);
                    if (ranges.isAll()) {
                        return ranges;
                    }
                    result = result.union(ranges);
                }
                return result;
            }
            case SEARCH:
                return isEventTime(call.getOperands().get(0)) ? fromSarg((RexLiteral) call.getOperands().get(1)) : TimeRanges.all();
            case EQUALS, LESS_THAN, LESS_THAN_OR_EQUAL, GREATER_THAN, GREATER_THAN_OR_EQUAL:
                return comparison(call);
            default:
                return TimeRanges.all();
        }
    }

    private TimeRanges comparison(RexCall call)
    {
        RexNode left = call.getOperands().get(0);
        RexNode right = call.getOperands().get(1);
        SqlKind kind = call.getKind();
        if (!isEventTime(left) && isEventTime(right)) {
            RexNode swap = left;
            left = right;
            right = swap;
            kind = kind.reverse();
        }
        if (!isEventTime(left)) {
            return TimeRanges.all();
        }
        Long millis = right instanceof RexLiteral literal ? millis(literal) : constants.evaluate(right).map(this::millisOfValue).orElse(null);
        if (millis == null) {
            return TimeRanges.all();
        }
        return switch (kind) {
            case EQUALS -> TimeRanges.of(new TimeRange(millis, millis + 1));
            case LESS_THAN -> TimeRanges.of(new TimeRange(Long.MIN_VALUE, millis));
            case LESS_THAN_OR_EQUAL -> TimeRanges.of(new TimeRange(Long.MIN_VALUE, millis + 1));
            case GREATER_THAN -> TimeRanges.of(new TimeRange(millis + 1, Long.MAX_VALUE));
            case GREATER_THAN_OR_EQUAL -> TimeRanges.of(new TimeRange(millis, Long.MAX_VALUE));
            default -> TimeRanges.all();
        };
    }

    @SuppressWarnings("unchecked")
    private TimeRanges fromSarg(RexLiteral literal)
    {
        Sarg<?> sarg = literal.getValueAs(Sarg.class);
        if (sarg == null) {
            return TimeRanges.all();
        }
        List<TimeRange> ranges = new ArrayList<>();
        SqlTypeName type = literal.getType().getSqlTypeName();
        for (Range<?> range : sarg.rangeSet.asRanges()) {
            long start = Long.MIN_VALUE;
            long end = Long.MAX_VALUE;
            if (range.hasLowerBound()) {
                Long lower = millis(range.lowerEndpoint(), type);
                if (lower == null) {
                    return TimeRanges.all();
                }
                start = range.lowerBoundType() == BoundType.CLOSED ? lower : lower + 1;
            }
            if (range.hasUpperBound()) {
                Long upper = millis(range.upperEndpoint(), type);
                if (upper == null) {
                    return TimeRanges.all();
                }
                end = range.upperBoundType() == BoundType.CLOSED ? upper + 1 : upper;
            }
            if (start < end) {
                ranges.add(new TimeRange(start, end));
            }
        }
        return TimeRanges.of(ranges);
    }

    private boolean isEventTime(RexNode node)
    {
        if (node instanceof RexInputRef reference) {
            return reference.getIndex() == eventTimeChannel;
        }
        // eventtime compared with a timestamp with time zone is cast to one in the session's zone.
        if (node instanceof RexCall call && call.getKind() == SqlKind.CAST) {
            SqlTypeName target = call.getType().getSqlTypeName();
            return (target == SqlTypeName.TIMESTAMP || target == SqlTypeName.TIMESTAMP_TZ || target == SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE)
                    && isEventTime(call.getOperands().get(0));
        }
        return false;
    }

    private Long millis(RexLiteral literal)
    {
        if (literal.isNull()) {
            return null;
        }
        return millis(literal.getValue(), literal.getType().getSqlTypeName());
    }

    /**
     * The event time (UTC wall clock, epoch milliseconds) a constant stands for.
     */
    private Long millis(Object value, SqlTypeName type)
    {
        if (value instanceof TimestampString timestamp) {
            long millis = timestamp.getMillisSinceEpoch();
            if (type == SqlTypeName.TIMESTAMP_TZ || type == SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE) {
                return wallClock(millis);
            }
            return millis;
        }
        if (value instanceof DateString date) {
            return (long) date.getDaysSinceEpoch() * 86_400_000L;
        }
        if (value instanceof java.util.Calendar calendar) {
            return calendar.getTimeInMillis();
        }
        return null;
    }

    /**
     * The event time of a constant's Java value (see {@code io.tarn.engine.exec.Values}).
     */
    private Long millisOfValue(Object value)
    {
        if (value instanceof LocalDateTime timestamp) {
            return timestamp.toInstant(ZoneOffset.UTC).toEpochMilli();
        }
        if (value instanceof java.time.ZonedDateTime timestamp) {
            return wallClock(timestamp.toInstant().toEpochMilli());
        }
        if (value instanceof java.time.LocalDate date) {
            return date.toEpochDay() * 86_400_000L;
        }
        if (value instanceof String text) {
            try {
                return io.tarn.engine.exec.DateTimeParsing.parseTimestamp(text).toInstant(ZoneOffset.UTC).toEpochMilli();
            }
            catch (java.time.DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * An instant as the wall-clock time in the session's zone, encoded like a timestamp without zone: the
     * event time a timestamp-with-zone comparison refers to.
     */
    private long wallClock(long instantMillis)
    {
        LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochMilli(instantMillis), sessionZone);
        return local.toInstant(ZoneOffset.UTC).toEpochMilli();
    }
}
