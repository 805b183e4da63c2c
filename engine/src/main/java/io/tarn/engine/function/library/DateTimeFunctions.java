package io.tarn.engine.function.library;

import io.tarn.engine.exec.DateTimeParsing;
import io.tarn.engine.function.FunctionRegistry;
import io.tarn.engine.function.Scalars;
import io.tarn.error.TarnException;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.Locale;

import static io.tarn.engine.StandardErrorCode.INVALID_FUNCTION_ARGUMENT;

/**
 * Date and time functions. Timestamps without zone are UTC wall-clock times, as Lake's {@code eventTime} is.
 */
final class DateTimeFunctions
{
    private DateTimeFunctions() {}

    static void register(FunctionRegistry.Builder functions)
    {
        // Deterministic as in Trino: every call in a query sees the query's start time, so it may be folded once.
        functions.scalar("now(): timestamp(3) with time zone", "Time the query started, in the session's time zone",
                Scalars.rowwiseOnNulls((arguments, context) -> context.start().atZone(context.timeZone())));
        functions.scalar("from_iso8601_timestamp(varchar): timestamp(3) with time zone", "Parses an ISO 8601 timestamp; without an offset it is in the session's time zone",
                Scalars.rowwise((arguments, context) -> parseIso8601((String) arguments[0], context)));
        functions.scalar("date_diff(varchar, timestamp(p), timestamp(p)): bigint", "Difference in the given unit, counting whole units",
                Scalars.rowwise((arguments, context) -> dateDiff((String) arguments[0], (LocalDateTime) arguments[1], (LocalDateTime) arguments[2])));
        functions.scalar("date_diff(varchar, timestamp(p) with time zone, timestamp(p) with time zone): bigint", "Difference in the given unit, counting whole units",
                Scalars.rowwise((arguments, context) -> dateDiff((String) arguments[0], ((ZonedDateTime) arguments[1]), ((ZonedDateTime) arguments[2]).withZoneSameInstant(((ZonedDateTime) arguments[1]).getZone()))));
    }

    private static ZonedDateTime parseIso8601(String text, io.tarn.engine.exec.ExecutionContext context)
    {
        try {
            return DateTimeParsing.parseIso8601(text, context.timeZone());
        }
        catch (java.time.DateTimeException e) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Invalid format: \"" + text + "\"");
        }
    }

    static ChronoUnit unit(String unit)
    {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "millisecond" -> ChronoUnit.MILLIS;
            case "second" -> ChronoUnit.SECONDS;
            case "minute" -> ChronoUnit.MINUTES;
            case "hour" -> ChronoUnit.HOURS;
            case "day" -> ChronoUnit.DAYS;
            case "week" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            case "quarter" -> null;
            case "year" -> ChronoUnit.YEARS;
            default -> throw new TarnException(INVALID_FUNCTION_ARGUMENT, "'" + unit + "' is not a valid Timestamp field");
        };
    }

    private static long dateDiff(String unit, Temporal start, Temporal end)
    {
        ChronoUnit chronoUnit = unit(unit);
        if (chronoUnit == null) {
            return ChronoUnit.MONTHS.between(start, end) / 3;
        }
        return chronoUnit.between(start, end);
    }
}
