package io.tarn.engine.function.library;

import io.tarn.engine.exec.Batches;
import io.tarn.engine.exec.DateTimeParsing;
import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.Interval;
import io.tarn.engine.exec.TimestampWithZone;
import io.tarn.engine.exec.Values;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.engine.exec.expression.Constant;
import io.tarn.engine.exec.expression.DateTimeFields;
import io.tarn.engine.function.FunctionRegistry;
import io.tarn.engine.function.ScalarCall;
import io.tarn.engine.function.ScalarImplementation;
import io.tarn.engine.function.Scalars;
import io.tarn.error.TarnException;
import io.tarn.storage.vector.BytesVector;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.LongVector;
import org.apache.calcite.avatica.util.TimeUnitRange;
import org.apache.calcite.rel.type.RelDataType;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.tarn.engine.StandardErrorCode.INVALID_CAST_ARGUMENT;
import static io.tarn.engine.StandardErrorCode.INVALID_FUNCTION_ARGUMENT;
import static io.tarn.engine.StandardErrorCode.NOT_SUPPORTED;
import static java.util.Objects.requireNonNull;

/**
 * Date and time functions with Trino's semantics. Timestamps without zone are wall-clock times held as
 * epoch milliseconds (Lake's {@code eventTime} is UTC); where Trino gives one an instant (to_unixtime,
 * comparisons with a time zone) it is taken in the session's time zone. The functions Lake queries run on
 * every row ({@code date_trunc}, {@code date_diff}, {@code date_add}, {@code from_iso8601_timestamp}, the
 * field extractors) are vector kernels over the milliseconds when their unit is a constant.
 */
final class DateTimeFunctions
{
    private static final String TIMESTAMP = "timestamp(p)";
    private static final String TIMESTAMP_TZ = "timestamp(p) with time zone";
    private static final Pattern DURATION = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)\\s*([a-zA-Z]+)\\s*$");

    private DateTimeFunctions() {}

    static void register(FunctionRegistry.Builder functions)
    {
        registerCurrentTime(functions);
        registerIso8601(functions);
        registerUnitFunctions(functions);
        registerFields(functions);
        registerFormats(functions);
        registerUnixTime(functions);
        registerZones(functions);
        registerDurations(functions);
    }

    private static void registerCurrentTime(FunctionRegistry.Builder functions)
    {
        // Deterministic as in Trino: every call in a query sees the query's start time, so each may be folded once.
        functions.scalar("now(): timestamp(3) with time zone", "Time the query started, in the session's time zone",
                Scalars.rowwiseOnNulls((arguments, context) -> context.start().atZone(context.timeZone())));
        functions.scalar("current_timestamp(): timestamp(3) with time zone", "Time the query started, in the session's time zone",
                Scalars.rowwiseOnNulls((arguments, context) -> context.start().atZone(context.timeZone())));
        functions.scalar("localtimestamp(): timestamp(3)", "Time the query started, as wall-clock time in the session's time zone",
                Scalars.rowwiseOnNulls((arguments, context) -> LocalDateTime.ofInstant(context.start(), context.timeZone()).withNano(context.start().getNano() / 1_000_000 * 1_000_000)));
        functions.scalar("localtime(): time(3)", "Time of day the query started, in the session's time zone",
                Scalars.rowwiseOnNulls((arguments, context) -> LocalTime.ofInstant(context.start(), context.timeZone()).withNano(context.start().getNano() / 1_000_000 * 1_000_000)));
        functions.scalar("current_date(): date", "Date the query started, in the session's time zone",
                Scalars.rowwiseOnNulls((arguments, context) -> LocalDate.ofInstant(context.start(), context.timeZone())));
        functions.scalar("current_timezone(): varchar", "The session's time zone",
                Scalars.rowwiseOnNulls((arguments, context) -> zoneName(context.timeZone())));
    }

    private static void registerIso8601(FunctionRegistry.Builder functions)
    {
        functions.scalar("from_iso8601_timestamp(varchar): timestamp(3) with time zone", "Parses an ISO 8601 timestamp; without an offset it is in the session's time zone",
                Iso8601Kernel::new);
        functions.scalar("from_iso8601_date(varchar): date", "Parses an ISO 8601 date",
                Scalars.rowwise((arguments, context) -> Iso8601.parseDate((String) arguments[0])));
        functions.scalar("to_iso8601(" + TIMESTAMP + "): varchar", "ISO 8601 text of the timestamp",
                call -> Scalars.rowwise((arguments, context) -> iso8601((LocalDateTime) arguments[0], precision(call.argumentType(0)))).bind(call));
        functions.scalar("to_iso8601(" + TIMESTAMP_TZ + "): varchar", "ISO 8601 text of the timestamp, with its offset",
                call -> Scalars.rowwise((arguments, context) -> iso8601((ZonedDateTime) arguments[0], precision(call.argumentType(0)))).bind(call));
        functions.scalar("to_iso8601(date): varchar", "ISO 8601 text of the date", Scalars.unary(Object::toString));
    }

    private static void registerUnitFunctions(FunctionRegistry.Builder functions)
    {
        functions.scalar("date_trunc(varchar, " + TIMESTAMP + "): timestamp(p)", "The timestamp truncated to the unit",
                unitKernel(unit -> unit::truncate, "TIMESTAMP", false));
        functions.scalar("date_trunc(varchar, date): date", "The date truncated to the unit",
                unitKernel(unit -> unit::truncateDate, "DATE", true));
        functions.scalar("date_trunc(varchar, " + TIMESTAMP_TZ + "): timestamp(p) with time zone", "The timestamp truncated to the unit in its time zone",
                unitKernel(unit -> new ZonedOperator(unit)::truncate, "TIMESTAMP WITH TIME ZONE", false));
        functions.scalar("date_add(varchar, bigint, " + TIMESTAMP + "): timestamp(p)", "The timestamp plus the amount of the unit",
                addKernel(unit -> unit::add, "TIMESTAMP", false));
        functions.scalar("date_add(varchar, bigint, date): date", "The date plus the amount of the unit",
                addKernel(unit -> unit::addDate, "DATE", true));
        functions.scalar("date_add(varchar, bigint, " + TIMESTAMP_TZ + "): timestamp(p) with time zone", "The timestamp plus the amount of the unit in its time zone",
                addKernel(unit -> new ZonedOperator(unit)::add, "TIMESTAMP WITH TIME ZONE", false));
        functions.scalar("date_diff(varchar, " + TIMESTAMP + ", " + TIMESTAMP + "): bigint", "Whole units from the first timestamp to the second",
                diffKernel(unit -> unit::difference, "TIMESTAMP", false));
        functions.scalar("date_diff(varchar, date, date): bigint", "Whole units from the first date to the second",
                diffKernel(unit -> (start, end) -> unit.difference(start * DateTimeUnit.MILLIS_PER_DAY, end * DateTimeUnit.MILLIS_PER_DAY), "DATE", true));
        functions.scalar("date_diff(varchar, " + TIMESTAMP_TZ + ", " + TIMESTAMP_TZ + "): bigint", "Whole units from the first timestamp to the second, in the first one's time zone",
                diffKernel(unit -> new ZonedOperator(unit)::difference, "TIMESTAMP WITH TIME ZONE", false));
    }

    private static void registerFields(FunctionRegistry.Builder functions)
    {
        field(functions, "year", "Year", TimeUnitRange.YEAR, true);
        field(functions, "quarter", "Quarter of the year (1 to 4)", TimeUnitRange.QUARTER, true);
        field(functions, "month", "Month of the year (1 to 12)", TimeUnitRange.MONTH, true);
        field(functions, "week", "ISO week of the year (1 to 53)", TimeUnitRange.WEEK, true);
        field(functions, "week_of_year", "ISO week of the year (1 to 53)", TimeUnitRange.WEEK, true);
        field(functions, "day", "Day of the month", TimeUnitRange.DAY, true);
        field(functions, "day_of_month", "Day of the month", TimeUnitRange.DAY, true);
        field(functions, "day_of_week", "ISO day of the week (1 is Monday, 7 is Sunday)", TimeUnitRange.ISODOW, true);
        field(functions, "dow", "ISO day of the week (1 is Monday, 7 is Sunday)", TimeUnitRange.ISODOW, true);
        field(functions, "day_of_year", "Day of the year", TimeUnitRange.DOY, true);
        field(functions, "doy", "Day of the year", TimeUnitRange.DOY, true);
        field(functions, "year_of_week", "Year of the ISO week", TimeUnitRange.ISOYEAR, true);
        field(functions, "yow", "Year of the ISO week", TimeUnitRange.ISOYEAR, true);
        field(functions, "hour", "Hour of the day", TimeUnitRange.HOUR, false);
        field(functions, "minute", "Minute of the hour", TimeUnitRange.MINUTE, false);
        field(functions, "second", "Second of the minute", TimeUnitRange.SECOND, false);
        field(functions, "millisecond", "Millisecond of the second", TimeUnitRange.MILLISECOND, false);
        for (TimeUnitRange unit : List.of(TimeUnitRange.DAY, TimeUnitRange.HOUR, TimeUnitRange.MINUTE, TimeUnitRange.SECOND, TimeUnitRange.MILLISECOND)) {
            functions.scalar(unit.name().toLowerCase(Locale.ROOT) + "(interval day to second): bigint", "Field of the interval",
                    Scalars.unary(interval -> DateTimeFields.extract(unit, interval)));
        }
        for (TimeUnitRange unit : List.of(TimeUnitRange.YEAR, TimeUnitRange.MONTH)) {
            functions.scalar(unit.name().toLowerCase(Locale.ROOT) + "(interval year to month): bigint", "Field of the interval",
                    Scalars.unary(interval -> DateTimeFields.extract(unit, interval)));
        }
        functions.scalar("date(varchar): date", "The date the text names (as CAST(x AS date))", Scalars.unary(text -> castToDate((String) text)));
        functions.scalar("date(" + TIMESTAMP + "): date", "Date of the timestamp",
                call -> new LongKernel(call, millis -> Math.floorDiv(millis, DateTimeUnit.MILLIS_PER_DAY)));
        functions.scalar("date(" + TIMESTAMP_TZ + "): date", "Date of the timestamp in its time zone", Scalars.unary(value -> ((ZonedDateTime) value).toLocalDate()));
        functions.scalar("timezone(" + TIMESTAMP_TZ + "): varchar", "Time zone of the timestamp", Scalars.unary(value -> zoneName(((ZonedDateTime) value).getZone())));
        functions.scalar("timezone_hour(" + TIMESTAMP_TZ + "): bigint", "Hours of the time zone's offset from UTC",
                Scalars.unary(value -> (long) (((ZonedDateTime) value).getOffset().getTotalSeconds() / 3600)));
        functions.scalar("timezone_minute(" + TIMESTAMP_TZ + "): bigint", "Minutes of the time zone's offset from UTC",
                Scalars.unary(value -> (long) (((ZonedDateTime) value).getOffset().getTotalSeconds() / 60 % 60)));
        for (String type : List.of("date", TIMESTAMP, TIMESTAMP_TZ)) {
            functions.scalar("last_day_of_month(" + type + "): date", "Last day of the month",
                    Scalars.unary(value -> localDate(value).withDayOfMonth(localDate(value).lengthOfMonth())));
        }
    }

    private static void field(FunctionRegistry.Builder functions, String name, String description, TimeUnitRange unit, boolean dates)
    {
        if (dates) {
            functions.scalar(name + "(date): bigint", description, call -> new LongKernel(call, day -> dateField(unit, day)));
        }
        functions.scalar(name + "(" + TIMESTAMP + "): bigint", description, call -> new LongKernel(call, millis -> timestampField(unit, millis)));
        functions.scalar(name + "(" + TIMESTAMP_TZ + "): bigint", description, Scalars.unary(value -> DateTimeFields.extract(unit, value)));
    }

    private static long dateField(TimeUnitRange unit, long epochDay)
    {
        return switch (unit) {
            case YEAR -> CivilDates.year(CivilDates.civil(epochDay));
            case QUARTER -> (CivilDates.month(CivilDates.civil(epochDay)) - 1) / 3 + 1;
            case MONTH -> CivilDates.month(CivilDates.civil(epochDay));
            case DAY -> CivilDates.day(CivilDates.civil(epochDay));
            case ISODOW -> Math.floorMod(epochDay + 3, 7) + 1;
            case DOY -> epochDay - CivilDates.epochDay(CivilDates.year(CivilDates.civil(epochDay)), 1, 1) + 1;
            default -> DateTimeFields.extract(unit, LocalDate.ofEpochDay(epochDay));
        };
    }

    private static long timestampField(TimeUnitRange unit, long millis)
    {
        return switch (unit) {
            case HOUR -> Math.floorMod(millis, DateTimeUnit.MILLIS_PER_DAY) / 3_600_000;
            case MINUTE -> Math.floorMod(millis, 3_600_000L) / 60_000;
            case SECOND -> Math.floorMod(millis, 60_000L) / 1000;
            case MILLISECOND -> Math.floorMod(millis, 1000L);
            default -> dateField(unit, Math.floorDiv(millis, DateTimeUnit.MILLIS_PER_DAY));
        };
    }

    private static void registerFormats(FunctionRegistry.Builder functions)
    {
        functions.scalar("date_format(" + TIMESTAMP + ", varchar): varchar", "The timestamp formatted with MySQL's % specifiers",
                withFormats(DateTimeFormats::mysql, formats -> (arguments, context) -> formats.apply((String) arguments[1]).format((LocalDateTime) arguments[0])));
        functions.scalar("date_format(" + TIMESTAMP_TZ + ", varchar): varchar", "The timestamp formatted with MySQL's % specifiers, in its time zone",
                withFormats(DateTimeFormats::mysql, formats -> (arguments, context) -> formats.apply((String) arguments[1]).format((ZonedDateTime) arguments[0])));
        functions.scalar("date_parse(varchar, varchar): timestamp(3)", "Parses a timestamp with MySQL's % specifiers",
                withFormats(DateTimeFormats::mysql, formats -> (arguments, context) -> formats.apply((String) arguments[1]).parseLocal((String) arguments[0])));
        functions.scalar("format_datetime(" + TIMESTAMP + ", varchar): varchar", "The timestamp formatted with a Joda-Time pattern",
                withFormats(DateTimeFormats::joda, formats -> (arguments, context) -> formats.apply((String) arguments[1])
                        .format(((LocalDateTime) arguments[0]).atZone(context.timeZone()))));
        functions.scalar("format_datetime(" + TIMESTAMP_TZ + ", varchar): varchar", "The timestamp formatted with a Joda-Time pattern, in its time zone",
                withFormats(DateTimeFormats::joda, formats -> (arguments, context) -> formats.apply((String) arguments[1]).format((ZonedDateTime) arguments[0])));
        functions.scalar("parse_datetime(varchar, varchar): timestamp(3) with time zone", "Parses a timestamp with a Joda-Time pattern",
                withFormats(DateTimeFormats::joda, formats -> (arguments, context) -> formats.apply((String) arguments[1]).parseZoned((String) arguments[0], context.timeZone())));
    }

    /**
     * A row-at-a-time function with its own cache of compiled formats (one per compiled call).
     */
    private static ScalarImplementation withFormats(Function<String, DateTimeFormats> compiler, Function<Function<String, DateTimeFormats>, Scalars.ValueFunction> function)
    {
        return call -> {
            Map<String, DateTimeFormats> cache = new HashMap<>();
            Function<String, DateTimeFormats> formats = format -> {
                DateTimeFormats compiled = cache.get(format);
                if (compiled == null) {
                    compiled = compiler.apply(format);
                    if (cache.size() > 64) {
                        cache.clear();
                    }
                    cache.put(format, compiled);
                }
                return compiled;
            };
            return Scalars.rowwise(function.apply(formats)).bind(call);
        };
    }

    private static void registerUnixTime(FunctionRegistry.Builder functions)
    {
        functions.scalar("to_unixtime(" + TIMESTAMP + "): double", "Seconds since 1970-01-01 00:00:00 UTC (the timestamp taken in the session's time zone)",
                Scalars.rowwise((arguments, context) -> ((LocalDateTime) arguments[0]).atZone(context.timeZone()).toInstant().toEpochMilli() / 1000.0));
        functions.scalar("to_unixtime(" + TIMESTAMP_TZ + "): double", "Seconds since 1970-01-01 00:00:00 UTC",
                Scalars.unary(value -> ((ZonedDateTime) value).toInstant().toEpochMilli() / 1000.0));
        functions.scalar("from_unixtime(double): timestamp(3) with time zone", "The time that many seconds after 1970-01-01 00:00:00 UTC, in the session's time zone",
                Scalars.rowwise((arguments, context) -> fromUnixTime((Double) arguments[0], context.timeZone())));
        functions.scalar("from_unixtime(double, varchar): timestamp(3) with time zone", "The time that many seconds after 1970-01-01 00:00:00 UTC, in the time zone",
                Scalars.rowwise((arguments, context) -> fromUnixTime((Double) arguments[0], unixTimeZone((String) arguments[1]))));
        functions.scalar("from_unixtime(double, bigint, bigint): timestamp(3) with time zone", "The time that many seconds after 1970-01-01 00:00:00 UTC, at the offset in hours and minutes",
                Scalars.rowwise((arguments, context) -> fromUnixTime((Double) arguments[0], offset((Long) arguments[1], (Long) arguments[2]))));
    }

    private static ZonedDateTime fromUnixTime(double seconds, ZoneId zone)
    {
        return Instant.ofEpochMilli(Math.round(seconds * 1000)).atZone(zone);
    }

    private static ZoneId unixTimeZone(String name)
    {
        try {
            return zone(name);
        }
        catch (TarnException e) {
            throw new TarnException(NOT_SUPPORTED, "Time zone not supported: " + name);
        }
    }

    private static ZoneId offset(long hours, long minutes)
    {
        try {
            return normalize(ZoneOffset.ofHoursMinutes(Math.toIntExact(hours), Math.toIntExact(minutes)));
        }
        catch (DateTimeException | ArithmeticException e) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Invalid offset minutes " + minutes);
        }
    }

    private static void registerZones(FunctionRegistry.Builder functions)
    {
        functions.scalar("at_timezone(" + TIMESTAMP_TZ + ", varchar): timestamp(p) with time zone", "The same instant in another time zone",
                Scalars.binary((value, zone) -> ((ZonedDateTime) value).withZoneSameInstant(zone((String) zone))));
        functions.scalar("with_timezone(" + TIMESTAMP + ", varchar): timestamp(p) with time zone", "The wall-clock time in the time zone",
                Scalars.binary((value, zone) -> ZonedDateTime.ofLocal((LocalDateTime) value, zone((String) zone), null)));
    }

    /**
     * A time zone by Trino's names: region ids, {@code UTC}, and offsets ({@code +05:30}).
     */
    static ZoneId zone(String name)
    {
        try {
            String trimmed = name.trim();
            if (trimmed.equalsIgnoreCase("UTC") || trimmed.equalsIgnoreCase("Z") || trimmed.equalsIgnoreCase("GMT") || trimmed.equals("+00:00") || trimmed.equals("-00:00")) {
                return ZoneOffset.UTC;
            }
            return normalize(ZoneId.of(trimmed));
        }
        catch (DateTimeException e) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "'" + name + "' is not a valid time zone");
        }
    }

    private static ZoneId normalize(ZoneId zone)
    {
        return zone instanceof ZoneOffset offset && offset.getTotalSeconds() == 0 ? ZoneOffset.UTC : zone;
    }

    private static String zoneName(ZoneId zone)
    {
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    private static void registerDurations(FunctionRegistry.Builder functions)
    {
        functions.scalar("to_milliseconds(interval day to second): bigint", "Length of the interval in milliseconds",
                Scalars.unary(interval -> ((Interval.DayToSecond) interval).millis()));
        functions.scalar("parse_duration(varchar): interval day to second", "Interval of a duration such as 3.5h or 90s (units ns, us, ms, s, m, h, d)",
                Scalars.unary(text -> parseDuration((String) text)));
        functions.scalar("human_readable_seconds(double): varchar", "The seconds in weeks, days, hours, minutes and seconds",
                Scalars.unary(seconds -> humanReadableSeconds((Double) seconds)));
    }

    private static Interval.DayToSecond parseDuration(String text)
    {
        Matcher matcher = DURATION.matcher(text);
        if (!matcher.matches()) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "duration is not a valid data duration string: " + text);
        }
        double value = Double.parseDouble(matcher.group(1));
        double unitMillis = switch (matcher.group(2)) {
            case "ns" -> 1e-6;
            case "us" -> 1e-3;
            case "ms" -> 1;
            case "s" -> 1000;
            case "m" -> 60_000;
            case "h" -> 3_600_000;
            case "d" -> 86_400_000;
            default -> throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Unknown time unit: " + matcher.group(2));
        };
        return new Interval.DayToSecond(Math.round(value * unitMillis));
    }

    private static String humanReadableSeconds(double input)
    {
        if (Double.isNaN(input) || Double.isInfinite(input)) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Invalid argument found: " + input);
        }
        long seconds = Math.round(Math.abs(input));
        long[] amounts = {seconds / 604_800, seconds % 604_800 / 86_400, seconds % 86_400 / 3600, seconds % 3600 / 60, seconds % 60};
        String[] units = {"week", "day", "hour", "minute", "second"};
        List<String> parts = new ArrayList<>();
        for (int index = 0; index < amounts.length; index++) {
            if (amounts[index] > 0) {
                parts.add(amounts[index] + " " + units[index] + (amounts[index] == 1 ? "" : "s"));
            }
        }
        return parts.isEmpty() ? "0 seconds" : String.join(", ", parts);
    }

    private static LocalDate castToDate(String text)
    {
        try {
            return DateTimeParsing.parseDate(text.trim());
        }
        catch (DateTimeException e) {
            throw new TarnException(INVALID_CAST_ARGUMENT, "Value cannot be cast to date: " + text);
        }
    }

    private static LocalDate localDate(Object value)
    {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof LocalDateTime timestamp) {
            return timestamp.toLocalDate();
        }
        return ((ZonedDateTime) value).toLocalDate();
    }

    private static int precision(RelDataType type)
    {
        return Math.max(type.getPrecision(), 0);
    }

    private static String iso8601(LocalDateTime value, int precision)
    {
        String text = DateTimeFormatter.ISO_LOCAL_DATE.format(value) + "T" + String.format(Locale.ROOT, "%02d:%02d:%02d", value.getHour(), value.getMinute(), value.getSecond());
        if (precision > 0) {
            String nanos = String.format(Locale.ROOT, "%09d", value.getNano());
            text += "." + (precision <= 9 ? nanos.substring(0, precision) : nanos + "0".repeat(precision - 9));
        }
        return text;
    }

    private static String iso8601(ZonedDateTime value, int precision)
    {
        ZoneOffset offset = value.getOffset();
        return iso8601(value.toLocalDateTime(), precision) + (offset.getTotalSeconds() == 0 ? "Z" : offset.getId());
    }

    /**
     * A function of a long (epoch milliseconds, epoch days or packed timestamps with time zone).
     */
    @FunctionalInterface
    interface LongOperator
    {
        long apply(long value);
    }

    @FunctionalInterface
    interface LongBinaryOperator
    {
        long apply(long left, long right);
    }

    /**
     * {@code date_trunc(unit, x)}: a vector kernel when the unit is a constant, else row by row.
     */
    private static ScalarImplementation unitKernel(Function<DateTimeUnit, LongOperator> operator, String typeName, boolean date)
    {
        return call -> {
            if (call.argument(0) instanceof Constant unit && unit.value() != null) {
                LongOperator function = operator.apply(DateTimeUnit.of((String) unit.value(), date, typeName));
                return new LongKernel(call.argument(1), call.returnType(), function);
            }
            return Scalars.rowwise((arguments, context) -> {
                LongOperator function = operator.apply(DateTimeUnit.of((String) arguments[0], date, typeName));
                return fromLong(function.apply(toLong(arguments[1])), arguments[1]);
            }).bind(call);
        };
    }

    /**
     * {@code date_add(unit, amount, x)}.
     */
    private static ScalarImplementation addKernel(Function<DateTimeUnit, LongBinaryOperator> operator, String typeName, boolean date)
    {
        return call -> {
            if (call.argument(0) instanceof Constant unit && unit.value() != null) {
                LongBinaryOperator function = operator.apply(DateTimeUnit.of((String) unit.value(), date, typeName));
                return new BinaryLongKernel(call.argument(2), call.argument(1), call.returnType(), function);
            }
            return Scalars.rowwise((arguments, context) -> {
                LongBinaryOperator function = operator.apply(DateTimeUnit.of((String) arguments[0], date, typeName));
                return fromLong(function.apply(toLong(arguments[2]), (Long) arguments[1]), arguments[2]);
            }).bind(call);
        };
    }

    /**
     * {@code date_diff(unit, start, end)}.
     */
    private static ScalarImplementation diffKernel(Function<DateTimeUnit, LongBinaryOperator> operator, String typeName, boolean date)
    {
        return call -> {
            if (call.argument(0) instanceof Constant unit && unit.value() != null) {
                LongBinaryOperator function = operator.apply(DateTimeUnit.of((String) unit.value(), date, typeName));
                return new BinaryLongKernel(call.argument(1), call.argument(2), call.returnType(), function);
            }
            return Scalars.rowwise((arguments, context) -> {
                LongBinaryOperator function = operator.apply(DateTimeUnit.of((String) arguments[0], date, typeName));
                return function.apply(toLong(arguments[1]), toLong(arguments[2]));
            }).bind(call);
        };
    }

    private static long toLong(Object value)
    {
        if (value instanceof LocalDate date) {
            return date.toEpochDay();
        }
        if (value instanceof LocalDateTime timestamp) {
            return Values.toEpochMillis(timestamp);
        }
        return TimestampWithZone.fromZonedDateTime((ZonedDateTime) value);
    }

    private static Object fromLong(long value, Object like)
    {
        if (like instanceof LocalDate) {
            return LocalDate.ofEpochDay(value);
        }
        if (like instanceof LocalDateTime) {
            return Values.toLocalDateTime(value);
        }
        return TimestampWithZone.toZonedDateTime(value);
    }

    /**
     * Unit arithmetic on packed timestamps with time zone, in the time zone: units under a day move the
     * instant, longer ones the wall-clock time (as Joda-Time's zoned fields do).
     */
    private static final class ZonedOperator
    {
        private final DateTimeUnit unit;

        ZonedOperator(DateTimeUnit unit)
        {
            this.unit = requireNonNull(unit, "unit is null");
        }

        long truncate(long packed)
        {
            long millis = TimestampWithZone.epochMillis(packed);
            int key = TimestampWithZone.zoneKey(packed);
            if (key == 0) {
                return TimestampWithZone.pack(unit.truncate(millis), ZoneOffset.UTC);
            }
            ZoneId zone = TimestampWithZone.zone(packed);
            ZonedDateTime value = Instant.ofEpochMilli(millis).atZone(zone);
            long local = millis + value.getOffset().getTotalSeconds() * 1000L;
            return TimestampWithZone.pack(toInstant(unit.truncate(local), value), zone);
        }

        long add(long packed, long amount)
        {
            long millis = TimestampWithZone.epochMillis(packed);
            int key = TimestampWithZone.zoneKey(packed);
            if (key == 0 || unit.isTimeOfDay()) {
                return TimestampWithZone.pack(unit.add(millis, amount), TimestampWithZone.zone(packed));
            }
            ZoneId zone = TimestampWithZone.zone(packed);
            ZonedDateTime value = Instant.ofEpochMilli(millis).atZone(zone);
            long local = millis + value.getOffset().getTotalSeconds() * 1000L;
            return TimestampWithZone.pack(toInstant(unit.add(local, amount), value), zone);
        }

        long difference(long start, long end)
        {
            long startMillis = TimestampWithZone.epochMillis(start);
            long endMillis = TimestampWithZone.epochMillis(end);
            if (TimestampWithZone.zoneKey(start) == 0 || unit.isTimeOfDay()) {
                return unit.difference(startMillis, endMillis);
            }
            ZoneId zone = TimestampWithZone.zone(start);
            long startLocal = startMillis + zone.getRules().getOffset(Instant.ofEpochMilli(startMillis)).getTotalSeconds() * 1000L;
            long endLocal = endMillis + zone.getRules().getOffset(Instant.ofEpochMilli(endMillis)).getTotalSeconds() * 1000L;
            return unit.difference(startLocal, endLocal);
        }

        /**
         * The instant of a wall-clock time in the original's zone, preferring the original's offset where the
         * time is ambiguous and moving forward over gaps.
         */
        private static long toInstant(long localMillis, ZonedDateTime original)
        {
            LocalDateTime local = Values.toLocalDateTime(localMillis);
            return ZonedDateTime.ofLocal(local, original.getZone(), original.getOffset()).toInstant().toEpochMilli();
        }
    }

    /**
     * A function of one long column (dates, timestamps, packed timestamps with time zone) into a long column.
     */
    private static final class LongKernel
            implements VectorExpression
    {
        private final VectorExpression input;
        private final RelDataType type;
        private final LongOperator operator;
        private final LongVector result = new LongVector(1024);

        LongKernel(ScalarCall call, LongOperator operator)
        {
            this(call.argument(0), call.returnType(), operator);
        }

        LongKernel(VectorExpression input, RelDataType type, LongOperator operator)
        {
            this.input = requireNonNull(input, "input is null");
            this.type = requireNonNull(type, "type is null");
            this.operator = requireNonNull(operator, "operator is null");
        }

        @Override
        public RelDataType type()
        {
            return type;
        }

        @Override
        public ColumnVector evaluate(ColumnBatch batch, ExecutionContext context)
        {
            LongVector values = (LongVector) input.evaluate(batch, context);
            Batches.prepare(result, batch);
            long[] in = values.values;
            long[] out = result.values;
            for (int row = 0; row < batch.size(); row++) {
                int position = batch.position(row);
                if (values.isNull(position)) {
                    result.setNull(position);
                    continue;
                }
                out[position] = apply(in[position]);
            }
            return result;
        }

        private long apply(long value)
        {
            try {
                return operator.apply(value);
            }
            catch (ArithmeticException | DateTimeException e) {
                throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Date or time out of range: " + e.getMessage());
            }
        }
    }

    /**
     * A function of two long columns into a long column.
     */
    private static final class BinaryLongKernel
            implements VectorExpression
    {
        private final VectorExpression left;
        private final VectorExpression right;
        private final RelDataType type;
        private final LongBinaryOperator operator;
        private final LongVector result = new LongVector(1024);

        BinaryLongKernel(VectorExpression left, VectorExpression right, RelDataType type, LongBinaryOperator operator)
        {
            this.left = requireNonNull(left, "left is null");
            this.right = requireNonNull(right, "right is null");
            this.type = requireNonNull(type, "type is null");
            this.operator = requireNonNull(operator, "operator is null");
        }

        @Override
        public RelDataType type()
        {
            return type;
        }

        @Override
        public ColumnVector evaluate(ColumnBatch batch, ExecutionContext context)
        {
            LongVector leftValues = (LongVector) left.evaluate(batch, context);
            LongVector rightValues = (LongVector) right.evaluate(batch, context);
            Batches.prepare(result, batch);
            for (int row = 0; row < batch.size(); row++) {
                int position = batch.position(row);
                if (leftValues.isNull(position) || rightValues.isNull(position)) {
                    result.setNull(position);
                    continue;
                }
                try {
                    result.values[position] = operator.apply(leftValues.values[position], rightValues.values[position]);
                }
                catch (ArithmeticException | DateTimeException e) {
                    throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Date or time out of range: " + e.getMessage());
                }
            }
            return result;
        }
    }

    /**
     * {@code from_iso8601_timestamp}: the common form {@code 2023-01-22T16:53:53[.fff](Z|+hh:mm)} is read
     * straight from the bytes; other forms go through the full ISO 8601 parser.
     */
    private static final class Iso8601Kernel
            implements VectorExpression
    {
        private final VectorExpression input;
        private final RelDataType type;
        private final LongVector result = new LongVector(1024);

        Iso8601Kernel(ScalarCall call)
        {
            this.input = call.argument(0);
            this.type = call.returnType();
        }

        @Override
        public RelDataType type()
        {
            return type;
        }

        @Override
        public ColumnVector evaluate(ColumnBatch batch, ExecutionContext context)
        {
            BytesVector texts = (BytesVector) input.evaluate(batch, context);
            Batches.prepare(result, batch);
            ZoneId sessionZone = context.timeZone();
            for (int row = 0; row < batch.size(); row++) {
                int position = batch.position(row);
                if (texts.isNull(position)) {
                    result.setNull(position);
                    continue;
                }
                long packed = FastIso8601.parse(texts.vector[position], texts.start[position], texts.length[position]);
                if (packed == FastIso8601.NOT_PARSED) {
                    packed = TimestampWithZone.fromZonedDateTime(Iso8601.parseTimestamp(texts.getString(position), sessionZone));
                }
                result.values[position] = packed;
            }
            return result;
        }
    }
}
