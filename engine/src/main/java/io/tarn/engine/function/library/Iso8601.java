package io.tarn.engine.function.library;

import io.tarn.error.TarnException;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

import static io.tarn.engine.StandardErrorCode.INVALID_FUNCTION_ARGUMENT;

/**
 * The ISO 8601 forms {@code from_iso8601_timestamp} and {@code from_iso8601_date} accept, as Trino's
 * (Joda-Time's) extended-format parsers do: a calendar date ({@code 2023-01-22}, {@code 2023-01},
 * {@code 2023}), an ordinal date ({@code 2023-022}) or a week date ({@code 2023-W04-1}), then optionally
 * {@code T} and a time ({@code 16}, {@code 16:53}, {@code 16:53:53.123}, the last element may have a
 * fraction), then optionally an offset ({@code Z}, {@code +02}, {@code +0200}, {@code +02:00}).
 */
final class Iso8601
{
    private final String text;
    private int position;

    private Iso8601(String text)
    {
        this.text = text;
    }

    /**
     * A timestamp; without an offset it is in the given zone.
     */
    static ZonedDateTime parseTimestamp(String text, ZoneId defaultZone)
    {
        Iso8601 parser = new Iso8601(text);
        try {
            LocalDate date = parser.date();
            LocalTime time = LocalTime.MIDNIGHT;
            ZoneId zone = defaultZone;
            if (parser.accept('T')) {
                if (parser.peekDigit()) {
                    time = parser.time();
                }
                if (!parser.atEnd()) {
                    zone = parser.offset();
                }
            }
            if (!parser.atEnd()) {
                throw parser.malformed();
            }
            return ZonedDateTime.ofLocal(LocalDateTime.of(date, time), zone, null);
        }
        catch (DateTimeException e) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Cannot parse \"" + text + "\": " + e.getMessage());
        }
    }

    static LocalDate parseDate(String text)
    {
        Iso8601 parser = new Iso8601(text);
        try {
            LocalDate date = parser.date();
            if (!parser.atEnd()) {
                throw parser.malformed();
            }
            return date;
        }
        catch (DateTimeException e) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Cannot parse \"" + text + "\": " + e.getMessage());
        }
    }

    private LocalDate date()
    {
        int year = signedNumber(1, 9);
        if (!accept('-')) {
            return LocalDate.of(year, 1, 1);
        }
        if (accept('W')) {
            int week = number(2, 2);
            int day = accept('-') ? number(1, 1) : 1;
            LocalDate weekStart = LocalDate.of(year, 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (week < 1 || week > weekStart.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum() || day < 1 || day > 7) {
                throw new DateTimeException("invalid week date");
            }
            return weekStart.plusDays(day - 1);
        }
        int start = position;
        int first = number(2, 3);
        if (position - start == 3) {
            return LocalDate.ofYearDay(year, first);
        }
        if (!accept('-')) {
            return LocalDate.of(year, first, 1);
        }
        return LocalDate.of(year, first, number(2, 2));
    }

    private LocalTime time()
    {
        int hour = number(2, 2);
        long nanos = 0;
        int minute = 0;
        int second = 0;
        if (accept(':')) {
            minute = number(2, 2);
            if (accept(':')) {
                second = number(2, 2);
                nanos = fraction(1_000_000_000L);
            }
            else {
                nanos = fraction(60_000_000_000L);
            }
        }
        else {
            nanos = fraction(3_600_000_000_000L);
        }
        return LocalTime.of(hour, minute, second).plusNanos(nanos);
    }

    /**
     * An optional fraction of the last time element, in nanoseconds of a unit of the given length.
     */
    private long fraction(long unitNanos)
    {
        if (!accept('.') && !accept(',')) {
            return 0;
        }
        int start = position;
        while (peekDigit()) {
            position++;
        }
        if (position == start) {
            throw malformed();
        }
        String digits = text.substring(start, Math.min(position, start + 18));
        return (long) (Double.parseDouble("0." + digits) * unitNanos);
    }

    private ZoneId offset()
    {
        if (accept('Z')) {
            return ZoneOffset.UTC;
        }
        int sign;
        if (accept('+')) {
            sign = 1;
        }
        else if (accept('-')) {
            sign = -1;
        }
        else {
            throw malformed();
        }
        int hours = number(2, 2);
        int minutes = 0;
        if (accept(':') || peekDigit()) {
            minutes = number(2, 2);
        }
        ZoneOffset offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        return offset.getTotalSeconds() == 0 ? ZoneOffset.UTC : offset;
    }

    private int signedNumber(int minDigits, int maxDigits)
    {
        boolean negative = accept('-');
        if (!negative) {
            accept('+');
        }
        int value = number(minDigits, maxDigits);
        return negative ? -value : value;
    }

    private int number(int minDigits, int maxDigits)
    {
        int start = position;
        int value = 0;
        while (position < text.length() && position - start < maxDigits && peekDigit()) {
            value = value * 10 + (text.charAt(position) - '0');
            position++;
        }
        if (position - start < minDigits) {
            throw malformed();
        }
        return value;
    }

    private boolean peekDigit()
    {
        return position < text.length() && text.charAt(position) >= '0' && text.charAt(position) <= '9';
    }

    private boolean accept(char character)
    {
        if (position < text.length() && text.charAt(position) == character) {
            position++;
            return true;
        }
        return false;
    }

    private boolean atEnd()
    {
        return position == text.length();
    }

    private TarnException malformed()
    {
        if (position >= text.length()) {
            return new TarnException(INVALID_FUNCTION_ARGUMENT, "Invalid format: \"" + text + "\" is too short");
        }
        if (position == 0) {
            return new TarnException(INVALID_FUNCTION_ARGUMENT, "Invalid format: \"" + text + "\"");
        }
        return new TarnException(INVALID_FUNCTION_ARGUMENT, "Invalid format: \"" + text + "\" is malformed at \"" + text.substring(position) + "\"");
    }
}
