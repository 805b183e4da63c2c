package io.tarn.cli;

import io.tarn.engine.service.DataSizes;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Converters shared by commands.
 */
public final class Converters
{
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("uuuu-MM-dd[ HH:mm[:ss]]", Locale.ROOT);

    private Converters() {}

    /**
     * A time as epoch seconds ({@code 1598384589}), ISO-8601 ({@code 2024-03-01T10:00:00Z}), or
     * {@code 2024-03-01 10:00:00} / {@code 2024-03-01} in UTC.
     */
    public static final class InstantConverter
            implements ITypeConverter<Instant>
    {
        @Override
        public Instant convert(String value)
        {
            if (value.matches("\\d+")) {
                return Instant.ofEpochSecond(Long.parseLong(value));
            }
            try {
                return Instant.parse(value);
            }
            catch (DateTimeParseException ignored) {
                // Try the other forms
            }
            try {
                if (value.length() == 10) {
                    return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
                }
                return LocalDateTime.parse(value, SPACED).toInstant(ZoneOffset.UTC);
            }
            catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a time: give epoch seconds, 2024-03-01T10:00:00Z or 2024-03-01 10:00:00 (UTC)");
            }
        }
    }

    /**
     * A number of bytes: {@code 1000000}, {@code 10GB}, {@code 512MB}.
     */
    public static final class DataSizeConverter
            implements ITypeConverter<Long>
    {
        @Override
        public Long convert(String value)
        {
            try {
                return DataSizes.parse(value);
            }
            catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a size: give bytes or a size such as 10GB or 512MB");
            }
        }
    }
}
