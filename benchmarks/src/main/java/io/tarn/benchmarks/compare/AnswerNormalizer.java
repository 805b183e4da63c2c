package io.tarn.benchmarks.compare;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes answers of different systems comparable: every integral number (Java {@code Long}, DuckDB's
 * {@code HUGEINT} as {@code BigInteger}, decimals without a fraction) becomes its decimal digits; other
 * numbers are rounded to 9 significant digits; booleans are {@code true}/{@code false}; timestamps are
 * {@code yyyy-MM-dd HH:mm:ss.SSS} (UTC, as all systems run in UTC); strings stay as they are; SQL NULL stays
 * null. Nested values (maps, rows, arrays) become their text, which only {@code SELECT *} returns and which
 * is not compared value by value. Row order is kept: every compared query orders its rows completely.
 */
public final class AnswerNormalizer
{
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS");

    private AnswerNormalizer() {}

    public static List<List<String>> normalize(List<List<Object>> rows)
    {
        List<List<String>> normalized = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            List<String> values = new ArrayList<>(row.size());
            for (Object value : row) {
                values.add(normalize(value));
            }
            normalized.add(values);
        }
        return normalized;
    }

    public static String normalize(Object value)
    {
        if (value == null) {
            return null;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof BigDecimal decimal) {
            BigDecimal stripped = decimal.stripTrailingZeros();
            return stripped.scale() <= 0 ? stripped.toBigInteger().toString() : stripped.round(new MathContext(9)).toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (number == Math.rint(number) && Math.abs(number) < 1e15) {
                return Long.toString((long) number);
            }
            return new BigDecimal(number).round(new MathContext(9)).stripTrailingZeros().toPlainString();
        }
        if (value instanceof LocalDateTime time) {
            return TIMESTAMP.format(time);
        }
        if (value instanceof Timestamp timestamp) {
            return TIMESTAMP.format(timestamp.toLocalDateTime());
        }
        return value.toString();
    }
}
