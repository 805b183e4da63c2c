package io.tarn.engine.exec;

import io.tarn.engine.type.TarnTypes;
import io.tarn.error.TarnException;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.tarn.engine.StandardErrorCode.INVALID_CAST_ARGUMENT;
import static io.tarn.engine.StandardErrorCode.NUMERIC_VALUE_OUT_OF_RANGE;

/**
 * {@code CAST} between SQL types on Java values, with Trino's rules and messages. One Lake-specific
 * leniency: strings cast to timestamps also accept ISO-8601 forms ({@code 2023-01-22T00:00:00Z}), because
 * Lake compares {@code eventTime} with such literals.
 */
public final class Casts
{
    private Casts() {}

    public static Object cast(Object value, RelDataType from, RelDataType to, ExecutionContext context)
    {
        if (value == null) {
            return null;
        }
        if (TarnTypes.isJson(to)) {
            return toJson(value, from);
        }
        if (TarnTypes.isJson(from)) {
            return JsonValues.fromJson(((Json) value).text(), to, context);
        }
        SqlTypeName target = to.getSqlTypeName();
        SqlTypeName source = from.getSqlTypeName();
        try {
            return switch (target) {
                case BOOLEAN -> toBoolean(value, from);
                case TINYINT -> checkRange(toLong(value, from), Byte.MIN_VALUE, Byte.MAX_VALUE, value, to);
                case SMALLINT -> checkRange(toLong(value, from), Short.MIN_VALUE, Short.MAX_VALUE, value, to);
                case INTEGER -> checkRange(toLong(value, from), Integer.MIN_VALUE, Integer.MAX_VALUE, value, to);
                case BIGINT -> toLong(value, from);
                case DECIMAL -> toDecimal(value, from, to);
                case REAL, FLOAT -> (double) (float) toDouble(value, from);
                case DOUBLE -> toDouble(value, from);
                case CHAR, VARCHAR -> toVarchar(value, from, to);
                case BINARY, VARBINARY -> value instanceof byte[] ? value : value.toString().getBytes(StandardCharsets.UTF_8);
                case DATE -> toDate(value, from, context);
                case TIME -> toTime(value, from);
                case TIMESTAMP -> toTimestamp(value, from, to, context);
                case TIMESTAMP_TZ, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> toTimestampWithZone(value, from, to, context);
                case ARRAY -> toArray(value, from, to, context);
                case MAP -> toMap(value, from, to, context);
                case ROW -> toRow(value, from, to, context);
                case INTERVAL_DAY, INTERVAL_DAY_HOUR, INTERVAL_DAY_MINUTE, INTERVAL_DAY_SECOND, INTERVAL_HOUR, INTERVAL_HOUR_MINUTE,
                        INTERVAL_HOUR_SECOND, INTERVAL_MINUTE, INTERVAL_MINUTE_SECOND, INTERVAL_SECOND, INTERVAL_YEAR,
                        INTERVAL_YEAR_MONTH, INTERVAL_MONTH -> sameFamily(value, source, target, from, to);
                case NULL -> null;
                default -> throw cannotCast(value, from, to);
            };
        }
        catch (NumberFormatException | java.time.DateTimeException | ArithmeticException e) {
            throw cannotCast(value, from, to);
        }
    }

    private static Object sameFamily(Object value, SqlTypeName source, SqlTypeName target, RelDataType from, RelDataType to)
    {
        if (value instanceof Interval) {
            return value;
        }
        throw cannotCast(value, from, to);
    }

    public static TarnException cannotCast(Object value, RelDataType from, RelDataType to)
    {
        String text = value instanceof String string ? string : ValueFormatter.format(value, from);
        return new TarnException(INVALID_CAST_ARGUMENT, "Cannot cast '" + text + "' to " + TarnTypes.trinoName(to));
    }

    private static boolean toBoolean(Object value, RelDataType from)
    {
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value instanceof String string) {
            String lower = string.trim().toLowerCase(Locale.ROOT);
            return switch (lower) {
                case "true", "t", "1" -> true;
                case "false", "f", "0" -> false;
                default -> throw new NumberFormatException(string);
            };
        }
        if (value instanceof Number number) {
            return number.doubleValue() != 0;
        }
        throw new NumberFormatException(value.toString());
    }

    private static long toLong(Object value, RelDataType from)
    {
        if (value instanceof Long number) {
            return number;
        }
        if (value instanceof Double number) {
            if (number.isNaN() || number.isInfinite() || number > Long.MAX_VALUE || number < Long.MIN_VALUE) {
                throw new TarnException(NUMERIC_VALUE_OUT_OF_RANGE, "Out of range for bigint: " + ValueFormatter.formatDouble(number));
            }
            return Math.round(number);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.setScale(0, RoundingMode.HALF_UP).longValueExact();
        }
        if (value instanceof Boolean bool) {
            return bool ? 1 : 0;
        }
        if (value instanceof String string) {
            return Long.parseLong(string.trim());
        }
        throw new NumberFormatException(value.toString());
    }

    private static long checkRange(long value, long minimum, long maximum, Object original, RelDataType to)
    {
        if (value < minimum || value > maximum) {
            throw new TarnException(NUMERIC_VALUE_OUT_OF_RANGE, "Out of range for " + TarnTypes.trinoName(to) + ": " + value);
        }
        return value;
    }

    private static double toDouble(Object value, RelDataType from)
    {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof Boolean bool) {
            return bool ? 1 : 0;
        }
        if (value instanceof String string) {
            return Double.parseDouble(string.trim());
        }
        throw new NumberFormatException(value.toString());
    }

    private static BigDecimal toDecimal(Object value, RelDataType from, RelDataType to)
    {
        BigDecimal decimal;
        if (value instanceof BigDecimal number) {
            decimal = number;
        }
        else if (value instanceof Long number) {
            decimal = BigDecimal.valueOf(number);
        }
        else if (value instanceof Double number) {
            decimal = BigDecimal.valueOf(number);
        }
        else if (value instanceof Boolean bool) {
            decimal = bool ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        else {
            decimal = new BigDecimal(value.toString().trim());
        }
        BigDecimal scaled = decimal.setScale(to.getScale(), RoundingMode.HALF_UP);
        if (scaled.precision() > to.getPrecision() || scaled.precision() > 18) {
            throw new TarnException(NUMERIC_VALUE_OUT_OF_RANGE, "Cannot cast " + TarnTypes.trinoName(from) + " '" + decimal.toPlainString() + "' to " + TarnTypes.trinoName(to));
        }
        return scaled;
    }

    private static String toVarchar(Object value, RelDataType from, RelDataType to)
    {
        String text = value instanceof String string ? string : ValueFormatter.format(value, from);
        int length = to.getPrecision();
        if (to.getSqlTypeName() == SqlTypeName.VARCHAR && length > 0 && length < Integer.MAX_VALUE && text.codePointCount(0, text.length()) > length) {
            if (TarnTypes.isString(from)) {
                return text.substring(0, text.offsetByCodePoints(0, length));
            }
            throw new TarnException(INVALID_CAST_ARGUMENT, "Value " + text + " cannot be represented as " + TarnTypes.trinoName(to));
        }
        return text;
    }

    private static LocalDate toDate(Object value, RelDataType from, ExecutionContext context)
    {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof LocalDateTime timestamp) {
            return timestamp.toLocalDate();
        }
        if (value instanceof ZonedDateTime timestamp) {
            return timestamp.toLocalDate();
        }
        if (value instanceof String string) {
            return DateTimeParsing.parseDate(string.trim());
        }
        throw new NumberFormatException(value.toString());
    }

    private static LocalTime toTime(Object value, RelDataType from)
    {
        if (value instanceof LocalTime time) {
            return time;
        }
        if (value instanceof LocalDateTime timestamp) {
            return timestamp.toLocalTime();
        }
        if (value instanceof String string) {
            return LocalTime.parse(string.trim());
        }
        throw new NumberFormatException(value.toString());
    }

    private static LocalDateTime toTimestamp(Object value, RelDataType from, RelDataType to, ExecutionContext context)
    {
        LocalDateTime result;
        if (value instanceof LocalDateTime timestamp) {
            result = timestamp;
        }
        else if (value instanceof LocalDate date) {
            result = date.atStartOfDay();
        }
        else if (value instanceof ZonedDateTime timestamp) {
            result = timestamp.toLocalDateTime();
        }
        else if (value instanceof String string) {
            result = DateTimeParsing.parseTimestamp(string.trim());
        }
        else {
            throw new NumberFormatException(value.toString());
        }
        return DateTimeParsing.truncate(result, Math.max(to.getPrecision(), 0));
    }

    private static ZonedDateTime toTimestampWithZone(Object value, RelDataType from, RelDataType to, ExecutionContext context)
    {
        ZoneId zone = context.timeZone();
        if (value instanceof ZonedDateTime timestamp) {
            return timestamp;
        }
        if (value instanceof LocalDateTime timestamp) {
            return timestamp.atZone(zone);
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay(zone);
        }
        if (value instanceof String string) {
            return DateTimeParsing.parseTimestampWithZone(string.trim(), zone);
        }
        throw new NumberFormatException(value.toString());
    }

    private static List<Object> toArray(Object value, RelDataType from, RelDataType to, ExecutionContext context)
    {
        if (!(value instanceof List<?> list) || from.getSqlTypeName() != SqlTypeName.ARRAY) {
            throw cannotCast(value, from, to);
        }
        List<Object> result = new ArrayList<>(list.size());
        for (Object element : list) {
            result.add(cast(element, from.getComponentType(), to.getComponentType(), context));
        }
        return result;
    }

    private static Map<Object, Object> toMap(Object value, RelDataType from, RelDataType to, ExecutionContext context)
    {
        if (!(value instanceof Map<?, ?> map)) {
            throw cannotCast(value, from, to);
        }
        Map<Object, Object> result = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            result.put(cast(entry.getKey(), from.getKeyType(), to.getKeyType(), context), cast(entry.getValue(), from.getValueType(), to.getValueType(), context));
        }
        return result;
    }

    private static List<Object> toRow(Object value, RelDataType from, RelDataType to, ExecutionContext context)
    {
        if (!(value instanceof List<?> fields) || !from.isStruct() || from.getFieldCount() != to.getFieldCount()) {
            throw cannotCast(value, from, to);
        }
        List<Object> result = new ArrayList<>(fields.size());
        for (int field = 0; field < fields.size(); field++) {
            result.add(cast(fields.get(field), from.getFieldList().get(field).getType(), to.getFieldList().get(field).getType(), context));
        }
        return result;
    }

    private static Json toJson(Object value, RelDataType from)
    {
        if (value instanceof Json json) {
            return json;
        }
        return new Json(JsonValues.toJsonText(value, from));
    }
}
