package io.tarn.engine.exec;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsing of date and time text: Trino's forms ({@code 2023-01-22}, {@code 2023-01-22 16:53:53.123},
 * {@code 2023-01-22 16:53:53 America/New_York}) and the ISO-8601 forms Lake accepts
 * ({@code 2023-01-22T16:53:53Z}, offsets). A timestamp written with a zone or offset, parsed as a timestamp
 * without one, becomes UTC wall-clock time, because Lake's {@code eventTime} is UTC.
 */
public final class DateTimeParsing
{
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(\\d{4,})-(\\d{1,2})-(\\d{1,2})(?:[ T](\\d{1,2})(?::(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d{1,12}))?)?)?)?\\s*(.*)");
    private static final DateTimeFormatter OFFSET = new DateTimeFormatterBuilder().appendOffset("+HH:MM", "Z").toFormatter();

    private DateTimeParsing() {}

    public static LocalDate parseDate(String text)
    {
        Matcher matcher = TIMESTAMP.matcher(text);
        if (!matcher.matches() || matcher.group(4) != null || !matcher.group(8).isEmpty()) {
            throw new DateTimeParseException("not a date", text, 0);
        }
        return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
    }

    public static LocalDateTime parseTimestamp(String text)
    {
        Parsed parsed = parse(text);
        if (parsed.zone == null) {
            return parsed.local;
        }
        return parsed.local.atZone(parsed.zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    public static ZonedDateTime parseTimestampWithZone(String text, ZoneId defaultZone)
    {
        Parsed parsed = parse(text);
        return parsed.local.atZone(parsed.zone == null ? defaultZone : parsed.zone);
    }

    /**
     * Drops fractional digits beyond the precision, as Trino's casts round (half up) to the target precision.
     */
    public static LocalDateTime truncate(LocalDateTime value, int precision)
    {
        if (precision >= 9) {
            return value;
        }
        long unit = (long) Math.pow(10, 9 - precision);
        long nanos = value.getNano();
        long rounded = (nanos + unit / 2) / unit * unit;
        return value.withNano(0).plusNanos(rounded);
    }

    private static Parsed parse(String text)
    {
        Matcher matcher = TIMESTAMP.matcher(text.trim());
        if (!matcher.matches()) {
            throw new DateTimeParseException("not a timestamp", text, 0);
        }
        LocalDate date = LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
        int hour = matcher.group(4) == null ? 0 : Integer.parseInt(matcher.group(4));
        int minute = matcher.group(5) == null ? 0 : Integer.parseInt(matcher.group(5));
        int second = matcher.group(6) == null ? 0 : Integer.parseInt(matcher.group(6));
        int nanos = 0;
        if (matcher.group(7) != null) {
            String fraction = (matcher.group(7) + "000000000").substring(0, 9);
            nanos = Integer.parseInt(fraction);
        }
        LocalDateTime local = LocalDateTime.of(date, LocalTime.of(hour, minute, second, nanos));
        String zoneText = matcher.group(8).trim();
        ZoneId zone = zoneText.isEmpty() ? null : parseZone(zoneText, text);
        return new Parsed(local, zone);
    }

    public static ZoneId parseZone(String zoneText, String text)
    {
        if (zoneText.equals("Z") || zoneText.equalsIgnoreCase("UTC")) {
            return ZoneOffset.UTC;
        }
        if (zoneText.startsWith("+") || zoneText.startsWith("-")) {
            String normalized = zoneText.length() == 3 ? zoneText + ":00" : zoneText;
            if (normalized.length() == 5) {
                normalized = normalized.substring(0, 3) + ":" + normalized.substring(3);
            }
            return ZoneOffset.from(OFFSET.parse(normalized));
        }
        try {
            return ZoneId.of(zoneText);
        }
        catch (java.time.DateTimeException e) {
            throw new DateTimeParseException("unknown time zone", text, 0);
        }
    }

    /**
     * Parses an ISO-8601 timestamp with an optional offset, as {@code from_iso8601_timestamp} does.
     */
    public static ZonedDateTime parseIso8601(String text, ZoneId defaultZone)
    {
        String trimmed = text.trim();
        try {
            return OffsetDateTime.parse(trimmed).toZonedDateTime();
        }
        catch (DateTimeParseException e) {
            // Fall through to the lenient forms: no seconds, no offset, date only.
        }
        Parsed parsed = parse(trimmed);
        return parsed.local.atZone(parsed.zone == null ? defaultZone : parsed.zone);
    }

    /**
     * The fractional-second digits a text carries, for the precision of a literal.
     */
    public static int fractionDigits(String text)
    {
        Matcher matcher = TIMESTAMP.matcher(text.trim());
        if (matcher.matches() && matcher.group(7) != null) {
            return matcher.group(7).length();
        }
        return 0;
    }

    private record Parsed(LocalDateTime local, ZoneId zone) {}
}
