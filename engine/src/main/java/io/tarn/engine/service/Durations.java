package io.tarn.engine.service;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as Trino writes them in session properties: {@code 500ms}, {@code 30s}, {@code 10m}, {@code 1h},
 * {@code 2d}.
 */
public final class Durations
{
    private static final Pattern DURATION = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(ns|us|ms|s|m|h|d)\\s*");

    private Durations() {}

    public static Duration parse(String text)
    {
        Matcher matcher = DURATION.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (examples: 500ms, 30s, 10m, 1h)");
        }
        double value = Double.parseDouble(matcher.group(1));
        double nanosPerUnit = switch (matcher.group(2)) {
            case "ns" -> 1;
            case "us" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            case "m" -> 60e9;
            case "h" -> 3600e9;
            default -> 86400e9;
        };
        return Duration.ofNanos((long) (value * nanosPerUnit));
    }

    public static String format(Duration duration)
    {
        long millis = duration.toMillis();
        if (millis % 3_600_000 == 0) {
            return millis / 3_600_000 + "h";
        }
        if (millis % 60_000 == 0) {
            return millis / 60_000 + "m";
        }
        if (millis % 1000 == 0) {
            return millis / 1000 + "s";
        }
        return String.format(Locale.ROOT, "%dms", millis);
    }
}
