package io.tarn.engine.exec.expression;

import io.tarn.engine.exec.Interval;
import io.tarn.error.TarnException;
import org.apache.calcite.avatica.util.TimeUnitRange;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAccessor;

import static io.tarn.engine.StandardErrorCode.INVALID_FUNCTION_ARGUMENT;

/**
 * Fields of dates, times and timestamps, as {@code EXTRACT} and Trino's {@code year()}, {@code hour()},
 * {@code day_of_week()} ... return them.
 */
public final class DateTimeFields
{
    private DateTimeFields() {}

    public static long extract(TimeUnitRange unit, Object value)
    {
        if (value instanceof Interval.DayToSecond interval) {
            long millis = interval.millis();
            return switch (unit) {
                case DAY -> millis / 86_400_000L;
                case HOUR -> millis / 3_600_000L % 24;
                case MINUTE -> millis / 60_000L % 60;
                case SECOND -> millis / 1000 % 60;
                case MILLISECOND -> millis % 1000;
                default -> throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Cannot extract " + unit + " from an interval day to second");
            };
        }
        if (value instanceof Interval.YearToMonth interval) {
            return switch (unit) {
                case YEAR -> interval.months() / 12;
                case MONTH -> interval.months() % 12;
                default -> throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Cannot extract " + unit + " from an interval year to month");
            };
        }
        TemporalAccessor temporal = (TemporalAccessor) value;
        return switch (unit) {
            case YEAR -> temporal.get(ChronoField.YEAR);
            case QUARTER -> temporal.get(IsoFields.QUARTER_OF_YEAR);
            case MONTH -> temporal.get(ChronoField.MONTH_OF_YEAR);
            case WEEK -> temporal.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case DAY -> temporal.get(ChronoField.DAY_OF_MONTH);
            case DOW -> temporal.get(ChronoField.DAY_OF_WEEK);
            case ISODOW -> temporal.get(ChronoField.DAY_OF_WEEK);
            case DOY -> temporal.get(ChronoField.DAY_OF_YEAR);
            case HOUR -> temporal.get(ChronoField.HOUR_OF_DAY);
            case MINUTE -> temporal.get(ChronoField.MINUTE_OF_HOUR);
            case SECOND -> temporal.get(ChronoField.SECOND_OF_MINUTE);
            case MILLISECOND -> temporal.get(ChronoField.MILLI_OF_SECOND);
            case ISOYEAR -> temporal.get(IsoFields.WEEK_BASED_YEAR);
            case EPOCH -> epochSeconds(value);
            default -> throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Cannot extract " + unit);
        };
    }

    private static long epochSeconds(Object value)
    {
        if (value instanceof ZonedDateTime timestamp) {
            return timestamp.toEpochSecond();
        }
        if (value instanceof LocalDateTime timestamp) {
            return timestamp.toEpochSecond(java.time.ZoneOffset.UTC);
        }
        if (value instanceof LocalDate date) {
            return date.toEpochDay() * 86_400L;
        }
        return ((LocalTime) value).toSecondOfDay();
    }
}
