package io.tarn.engine.exec;

import io.tarn.engine.type.TarnTypes;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Text forms of values as Trino writes them: {@code CAST(x AS varchar)}, and values on the wire where the
 * protocol sends strings ({@code 2023-01-22 16:53:53.000}, {@code 2023-01-22 16:53:53.000 UTC}).
 */
public final class ValueFormatter
{
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    private ValueFormatter() {}

    /**
     * The value as {@code CAST(value AS varchar)} gives it; null for null.
     */
    public static String format(Object value, RelDataType type)
    {
        if (value == null) {
            return null;
        }
        if (TarnTypes.isJson(type)) {
            return value.toString();
        }
        SqlTypeName name = type.getSqlTypeName();
        return switch (name) {
            case BOOLEAN -> value.toString();
            case TINYINT, SMALLINT, INTEGER, BIGINT -> value.toString();
            case DECIMAL -> ((BigDecimal) value).toPlainString();
            case REAL, FLOAT -> formatReal(((Number) value).floatValue());
            case DOUBLE -> formatDouble(((Number) value).doubleValue());
            case DATE -> ((LocalDate) value).toString();
            case TIME -> formatTime((LocalTime) value, Math.max(type.getPrecision(), 0));
            case TIMESTAMP -> formatTimestamp((LocalDateTime) value, Math.max(type.getPrecision(), 0));
            case TIMESTAMP_TZ, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> formatTimestampWithZone((ZonedDateTime) value, Math.max(type.getPrecision(), 0));
            case BINARY, VARBINARY -> HEX.formatHex((byte[]) value);
            case ARRAY -> ((List<?>) value).stream()
                    .map(element -> element == null ? "NULL" : format(element, type.getComponentType()))
                    .collect(Collectors.joining(", ", "[", "]"));
            case MAP -> ((Map<?, ?>) value).entrySet().stream()
                    .map(entry -> format(entry.getKey(), type.getKeyType()) + "=" + (entry.getValue() == null ? "NULL" : format(entry.getValue(), type.getValueType())))
                    .collect(Collectors.joining(", ", "{", "}"));
            case ROW -> formatRow((List<?>) value, type);
            case INTERVAL_YEAR, INTERVAL_YEAR_MONTH, INTERVAL_MONTH -> formatYearToMonth(((Interval.YearToMonth) value).months());
            default -> {
                if (value instanceof Interval.DayToSecond interval) {
                    yield formatDayToSecond(interval.millis());
                }
                yield value.toString();
            }
        };
    }

    private static String formatRow(List<?> fields, RelDataType type)
    {
        StringBuilder text = new StringBuilder("{");
        for (int field = 0; field < fields.size(); field++) {
            if (field > 0) {
                text.append(", ");
            }
            Object value = fields.get(field);
            text.append(type.getFieldList().get(field).getName()).append('=')
                    .append(value == null ? "NULL" : format(value, type.getFieldList().get(field).getType()));
        }
        return text.append('}').toString();
    }

    /**
     * Trino's {@code CAST(double AS varchar)}: scientific notation with one digit before the point.
     */
    public static String formatDouble(double value)
    {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0) {
            return (1 / value) < 0 ? "-0.0E0" : "0.0E0";
        }
        BigDecimal decimal = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return scientific(decimal);
    }

    public static String formatReal(float value)
    {
        if (Float.isNaN(value)) {
            return "NaN";
        }
        if (Float.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0) {
            return (1 / value) < 0 ? "-0.0E0" : "0.0E0";
        }
        return scientific(new BigDecimal(Float.toString(value)).stripTrailingZeros());
    }

    private static String scientific(BigDecimal decimal)
    {
        String unscaled = decimal.unscaledValue().abs().toString();
        int exponent = unscaled.length() - 1 - decimal.scale();
        String mantissa = unscaled.charAt(0) + "." + (unscaled.length() > 1 ? unscaled.substring(1) : "0");
        return (decimal.signum() < 0 ? "-" : "") + mantissa + "E" + exponent;
    }

    public static String formatTimestamp(LocalDateTime value, int precision)
    {
        return value.toLocalDate() + " " + formatTime(value.toLocalTime(), precision);
    }

    public static String formatTimestampWithZone(ZonedDateTime value, int precision)
    {
        String zone = value.getZone().equals(ZoneOffset.UTC) || value.getZone().getId().equals("Z") ? "UTC" : value.getZone().getId();
        return formatTimestamp(value.toLocalDateTime(), precision) + " " + zone;
    }

    public static String formatTime(LocalTime value, int precision)
    {
        String text = String.format(Locale.ROOT, "%02d:%02d:%02d", value.getHour(), value.getMinute(), value.getSecond());
        if (precision <= 0) {
            return text;
        }
        String nanos = String.format(Locale.ROOT, "%09d", value.getNano());
        return text + "." + (precision <= 9 ? nanos.substring(0, precision) : nanos + "0".repeat(precision - 9));
    }

    public static String formatDayToSecond(long millis)
    {
        String sign = millis < 0 ? "-" : "";
        long value = Math.abs(millis);
        long days = value / 86_400_000L;
        long hours = value / 3_600_000L % 24;
        long minutes = value / 60_000L % 60;
        long seconds = value / 1000 % 60;
        return String.format(Locale.ROOT, "%s%d %02d:%02d:%02d.%03d", sign, days, hours, minutes, seconds, value % 1000);
    }

    public static String formatYearToMonth(long months)
    {
        String sign = months < 0 ? "-" : "";
        long value = Math.abs(months);
        return sign + value / 12 + "-" + value % 12;
    }
}
