package io.tarn.engine.function.library;

import io.tarn.error.TarnException;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.SignStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.TemporalField;
import java.time.temporal.TemporalQueries;
import java.util.Locale;

import static io.tarn.engine.StandardErrorCode.INVALID_FUNCTION_ARGUMENT;
import static java.util.Objects.requireNonNull;

/**
 * Trino's two date format languages, compiled to {@code java.time} formatters: MySQL's {@code %} specifiers
 * of {@code date_format} and {@code date_parse}, and the Joda-Time patterns of {@code format_datetime} and
 * {@code parse_datetime}. A format has a printer and a parser, which accepts fewer digits than the printer
 * writes, as Joda-Time's parsers do; parsed text fills only the fields it names, the others default to
 * 1970-01-01 00:00:00.
 */
final class DateTimeFormats
{
    private static final int TWO_DIGIT_YEAR_BASE = 1970;

    private final DateTimeFormatter printer;
    private final DateTimeFormatter parser;

    private DateTimeFormats(DateTimeFormatter printer, DateTimeFormatter parser)
    {
        this.printer = requireNonNull(printer, "printer is null");
        this.parser = requireNonNull(parser, "parser is null");
    }

    static DateTimeFormats mysql(String format)
    {
        DateTimeFormatterBuilder printer = new DateTimeFormatterBuilder();
        DateTimeFormatterBuilder parser = new DateTimeFormatterBuilder().parseCaseInsensitive();
        for (int index = 0; index < format.length(); index++) {
            char character = format.charAt(index);
            if (character != '%' || index + 1 == format.length()) {
                printer.appendLiteral(character);
                parser.appendLiteral(character);
                continue;
            }
            char specifier = format.charAt(++index);
            for (DateTimeFormatterBuilder builder : new DateTimeFormatterBuilder[] {printer, parser}) {
                boolean parsing = builder == parser;
                switch (specifier) {
                    case 'a' -> builder.appendText(ChronoField.DAY_OF_WEEK, TextStyle.SHORT);
                    case 'b' -> builder.appendText(ChronoField.MONTH_OF_YEAR, TextStyle.SHORT);
                    case 'c' -> number(builder, ChronoField.MONTH_OF_YEAR, 1, 2, parsing);
                    case 'd' -> number(builder, ChronoField.DAY_OF_MONTH, 2, 2, parsing);
                    case 'e' -> number(builder, ChronoField.DAY_OF_MONTH, 1, 2, parsing);
                    case 'f' -> builder.appendFraction(ChronoField.NANO_OF_SECOND, parsing ? 1 : 6, 9, false);
                    case 'H' -> number(builder, ChronoField.HOUR_OF_DAY, 2, 2, parsing);
                    case 'h', 'I' -> number(builder, ChronoField.CLOCK_HOUR_OF_AMPM, 2, 2, parsing);
                    case 'i' -> number(builder, ChronoField.MINUTE_OF_HOUR, 2, 2, parsing);
                    case 'j' -> number(builder, ChronoField.DAY_OF_YEAR, 3, 3, parsing);
                    case 'k' -> number(builder, ChronoField.HOUR_OF_DAY, 1, 2, parsing);
                    case 'l' -> number(builder, ChronoField.CLOCK_HOUR_OF_AMPM, 1, 2, parsing);
                    case 'M' -> builder.appendText(ChronoField.MONTH_OF_YEAR, TextStyle.FULL);
                    case 'm' -> number(builder, ChronoField.MONTH_OF_YEAR, 2, 2, parsing);
                    case 'p' -> builder.appendText(ChronoField.AMPM_OF_DAY, TextStyle.SHORT);
                    case 'r' -> {
                        number(builder, ChronoField.CLOCK_HOUR_OF_AMPM, 2, 2, parsing);
                        builder.appendLiteral(':');
                        number(builder, ChronoField.MINUTE_OF_HOUR, 2, 2, parsing);
                        builder.appendLiteral(':');
                        number(builder, ChronoField.SECOND_OF_MINUTE, 2, 2, parsing);
                        builder.appendLiteral(' ').appendText(ChronoField.AMPM_OF_DAY, TextStyle.SHORT);
                    }
                    case 'S', 's' -> number(builder, ChronoField.SECOND_OF_MINUTE, 2, 2, parsing);
                    case 'T' -> {
                        number(builder, ChronoField.HOUR_OF_DAY, 2, 2, parsing);
                        builder.appendLiteral(':');
                        number(builder, ChronoField.MINUTE_OF_HOUR, 2, 2, parsing);
                        builder.appendLiteral(':');
                        number(builder, ChronoField.SECOND_OF_MINUTE, 2, 2, parsing);
                    }
                    case 'v' -> number(builder, IsoFields.WEEK_OF_WEEK_BASED_YEAR, 2, 2, parsing);
                    case 'x' -> number(builder, IsoFields.WEEK_BASED_YEAR, 4, 4, parsing);
                    case 'W' -> builder.appendText(ChronoField.DAY_OF_WEEK, TextStyle.FULL);
                    case 'Y' -> number(builder, ChronoField.YEAR, 4, 4, parsing);
                    case 'y' -> builder.appendValueReduced(ChronoField.YEAR, 2, 2, TWO_DIGIT_YEAR_BASE);
                    case 'w', 'D', 'U', 'u', 'V', 'X' ->
                            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "%" + specifier + " not supported in date format string");
                    default -> builder.appendLiteral(specifier);
                }
            }
        }
        return new DateTimeFormats(printer.toFormatter(Locale.ENGLISH), parser.toFormatter(Locale.ENGLISH));
    }

    /**
     * A Joda-Time pattern: letters name fields ({@code yyyy-MM-dd HH:mm:ss.SSS ZZ}), quotes enclose text.
     */
    static DateTimeFormats joda(String pattern)
    {
        DateTimeFormatterBuilder printer = new DateTimeFormatterBuilder();
        DateTimeFormatterBuilder parser = new DateTimeFormatterBuilder().parseCaseInsensitive();
        int index = 0;
        while (index < pattern.length()) {
            char character = pattern.charAt(index);
            if (character == '\'') {
                int end = index + 1;
                StringBuilder literal = new StringBuilder();
                while (end < pattern.length()) {
                    if (pattern.charAt(end) == '\'') {
                        if (end + 1 < pattern.length() && pattern.charAt(end + 1) == '\'') {
                            literal.append('\'');
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    literal.append(pattern.charAt(end++));
                }
                String text = end == index + 1 && end < pattern.length() ? "'" : literal.toString();
                printer.appendLiteral(text);
                parser.appendLiteral(text);
                index = end + 1;
                continue;
            }
            if (!Character.isLetter(character) || character > 'z') {
                printer.appendLiteral(character);
                parser.appendLiteral(character);
                index++;
                continue;
            }
            int count = 1;
            while (index + count < pattern.length() && pattern.charAt(index + count) == character) {
                count++;
            }
            for (DateTimeFormatterBuilder builder : new DateTimeFormatterBuilder[] {printer, parser}) {
                jodaField(builder, character, count, builder == parser, pattern);
            }
            index += count;
        }
        return new DateTimeFormats(printer.toFormatter(Locale.ENGLISH), parser.toFormatter(Locale.ENGLISH));
    }

    private static void jodaField(DateTimeFormatterBuilder builder, char letter, int count, boolean parsing, String pattern)
    {
        switch (letter) {
            case 'G' -> builder.appendText(ChronoField.ERA, count >= 4 ? TextStyle.FULL : TextStyle.SHORT);
            case 'y' -> year(builder, ChronoField.YEAR, count, parsing);
            case 'Y' -> year(builder, ChronoField.YEAR_OF_ERA, count, parsing);
            case 'x' -> year(builder, IsoFields.WEEK_BASED_YEAR, count, parsing);
            case 'w' -> number(builder, IsoFields.WEEK_OF_WEEK_BASED_YEAR, count, 2, parsing);
            case 'e' -> number(builder, ChronoField.DAY_OF_WEEK, count, 1, parsing);
            case 'E' -> builder.appendText(ChronoField.DAY_OF_WEEK, count >= 4 ? TextStyle.FULL : TextStyle.SHORT);
            case 'D' -> number(builder, ChronoField.DAY_OF_YEAR, count, 3, parsing);
            case 'M' -> {
                if (count >= 3) {
                    builder.appendText(ChronoField.MONTH_OF_YEAR, count >= 4 ? TextStyle.FULL : TextStyle.SHORT);
                }
                else {
                    number(builder, ChronoField.MONTH_OF_YEAR, count, 2, parsing);
                }
            }
            case 'd' -> number(builder, ChronoField.DAY_OF_MONTH, count, 2, parsing);
            case 'a' -> builder.appendText(ChronoField.AMPM_OF_DAY, TextStyle.SHORT);
            case 'h' -> number(builder, ChronoField.CLOCK_HOUR_OF_AMPM, count, 2, parsing);
            case 'H' -> number(builder, ChronoField.HOUR_OF_DAY, count, 2, parsing);
            case 'k' -> number(builder, ChronoField.CLOCK_HOUR_OF_DAY, count, 2, parsing);
            case 'K' -> number(builder, ChronoField.HOUR_OF_AMPM, count, 2, parsing);
            case 'm' -> number(builder, ChronoField.MINUTE_OF_HOUR, count, 2, parsing);
            case 's' -> number(builder, ChronoField.SECOND_OF_MINUTE, count, 2, parsing);
            case 'S' -> builder.appendFraction(ChronoField.NANO_OF_SECOND, parsing ? 1 : count, parsing ? 9 : count, false);
            case 'z' -> builder.appendZoneText(count >= 4 ? TextStyle.FULL : TextStyle.SHORT);
            case 'Z' -> {
                if (count == 1) {
                    builder.appendOffset("+HHMM", "+0000");
                }
                else if (count == 2) {
                    builder.appendOffset("+HH:MM", "+00:00");
                }
                else {
                    builder.appendZoneId();
                }
            }
            default -> throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Illegal pattern component: " + String.valueOf(letter).repeat(count) + " in " + pattern);
        }
    }

    private static void year(DateTimeFormatterBuilder builder, TemporalField field, int count, boolean parsing)
    {
        if (count == 2) {
            builder.appendValueReduced(field, 2, 2, LocalDate.now().getYear() - 80);
            return;
        }
        builder.appendValue(field, parsing ? 1 : count, 9, parsing ? SignStyle.NORMAL : SignStyle.NORMAL);
    }

    private static void number(DateTimeFormatterBuilder builder, TemporalField field, int printedDigits, int maxDigits, boolean parsing)
    {
        int width = Math.max(printedDigits, maxDigits);
        if (parsing) {
            builder.appendValue(field, 1, width, SignStyle.NOT_NEGATIVE);
        }
        else if (printedDigits > 1) {
            builder.appendValue(field, printedDigits, Math.max(printedDigits, 10), SignStyle.NOT_NEGATIVE);
        }
        else {
            builder.appendValue(field);
        }
    }

    String format(LocalDateTime value)
    {
        return printer.format(value);
    }

    String format(ZonedDateTime value)
    {
        // Joda-Time names the UTC zone "UTC" where java.time names its offset "Z".
        ZonedDateTime named = value.getZone().equals(ZoneOffset.UTC) ? value.withZoneSameInstant(ZoneId.of("UTC")) : value;
        return printer.format(named);
    }

    /**
     * Parses text naming a wall-clock time; a zone or offset in it is ignored.
     */
    LocalDateTime parseLocal(String text)
    {
        return local(parse(text), text);
    }

    /**
     * Parses text into a time in the zone the text names, else in the default zone.
     */
    ZonedDateTime parseZoned(String text, ZoneId defaultZone)
    {
        TemporalAccessor fields = parse(text);
        ZoneId zone = fields.query(TemporalQueries.zone());
        LocalDateTime local = local(fields, text);
        return ZonedDateTime.ofLocal(local, zone == null ? defaultZone : zone, null);
    }

    private TemporalAccessor parse(String text)
    {
        ParsePosition position = new ParsePosition(0);
        TemporalAccessor fields = parser.parseUnresolved(text, position);
        if (fields == null || position.getErrorIndex() >= 0) {
            int at = position.getErrorIndex() >= 0 ? position.getErrorIndex() : position.getIndex();
            throw at >= text.length()
                    ? new TarnException(INVALID_FUNCTION_ARGUMENT, "Invalid format: \"" + text + "\" is too short")
                    : new TarnException(INVALID_FUNCTION_ARGUMENT, "Invalid format: \"" + text + "\" is malformed at \"" + text.substring(at) + "\"");
        }
        if (position.getIndex() < text.length()) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Invalid format: \"" + text + "\" is malformed at \"" + text.substring(position.getIndex()) + "\"");
        }
        return fields;
    }

    private static LocalDateTime local(TemporalAccessor fields, String text)
    {
        try {
            return LocalDateTime.of(date(fields), time(fields));
        }
        catch (DateTimeException e) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, e.getMessage());
        }
    }

    private static LocalDate date(TemporalAccessor fields)
    {
        if (fields.isSupported(IsoFields.WEEK_BASED_YEAR) || fields.isSupported(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) {
            int year = (int) field(fields, IsoFields.WEEK_BASED_YEAR, field(fields, ChronoField.YEAR, 1970));
            int week = (int) field(fields, IsoFields.WEEK_OF_WEEK_BASED_YEAR, 1);
            int day = (int) field(fields, ChronoField.DAY_OF_WEEK, 1);
            ChronoField.DAY_OF_WEEK.checkValidValue(day);
            return LocalDate.of(year, 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .plusDays(day - 1);
        }
        int year = (int) field(fields, ChronoField.YEAR, field(fields, ChronoField.YEAR_OF_ERA, 1970));
        if (fields.isSupported(ChronoField.DAY_OF_YEAR)) {
            return LocalDate.ofYearDay(year, (int) fields.getLong(ChronoField.DAY_OF_YEAR));
        }
        int month = (int) field(fields, ChronoField.MONTH_OF_YEAR, 1);
        int day = (int) field(fields, ChronoField.DAY_OF_MONTH, 1);
        return LocalDate.of(year, month, day);
    }

    private static LocalTime time(TemporalAccessor fields)
    {
        long hour;
        if (fields.isSupported(ChronoField.HOUR_OF_DAY)) {
            hour = fields.getLong(ChronoField.HOUR_OF_DAY);
        }
        else if (fields.isSupported(ChronoField.CLOCK_HOUR_OF_DAY)) {
            hour = fields.getLong(ChronoField.CLOCK_HOUR_OF_DAY) % 24;
        }
        else {
            long halfDayHour = fields.isSupported(ChronoField.CLOCK_HOUR_OF_AMPM)
                    ? ChronoField.CLOCK_HOUR_OF_AMPM.checkValidValue(fields.getLong(ChronoField.CLOCK_HOUR_OF_AMPM)) % 12
                    : field(fields, ChronoField.HOUR_OF_AMPM, 0);
            hour = halfDayHour + 12 * field(fields, ChronoField.AMPM_OF_DAY, 0);
        }
        return LocalTime.of((int) hour, (int) field(fields, ChronoField.MINUTE_OF_HOUR, 0), (int) field(fields, ChronoField.SECOND_OF_MINUTE, 0),
                (int) field(fields, ChronoField.NANO_OF_SECOND, 0));
    }

    private static long field(TemporalAccessor fields, TemporalField field, long defaultValue)
    {
        return fields.isSupported(field) ? fields.getLong(field) : defaultValue;
    }
}
