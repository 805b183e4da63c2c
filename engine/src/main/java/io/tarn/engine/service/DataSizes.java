package io.tarn.engine.service;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Byte counts as people read and write them: {@code 10GB}, {@code 1.5MB}, {@code 512B} (binary units, as
 * Trino's data sizes).
 */
public final class DataSizes
{
    private static final Pattern SIZE = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(B|kB|KB|MB|GB|TB|PB)?\\s*");
    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB"};

    private DataSizes() {}

    public static String format(long bytes)
    {
        if (bytes < 1024) {
            return bytes + "B";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.2f%s", value, UNITS[unit]);
    }

    /**
     * Parses {@code 10GB}, {@code 512kB}, {@code 100} (bytes); throws {@link IllegalArgumentException}
     * for anything else.
     */
    public static long parse(String text)
    {
        Matcher matcher = SIZE.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a data size: '" + text + "'");
        }
        double value = Double.parseDouble(matcher.group(1));
        String unit = matcher.group(2) == null ? "B" : matcher.group(2);
        int power = switch (unit.toUpperCase(Locale.ROOT)) {
            case "B" -> 0;
            case "KB" -> 1;
            case "MB" -> 2;
            case "GB" -> 3;
            case "TB" -> 4;
            default -> 5;
        };
        return (long) (value * Math.pow(1024, power));
    }
}
