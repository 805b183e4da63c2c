package io.tarn.cli.eds;

import io.tarn.storage.BillingMode;
import io.tarn.storage.EventCategory;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Converters for the options of {@code tarn eds} commands.
 */
final class EventDataStoreConverters
{
    private EventDataStoreConverters() {}

    /**
     * An event category by its Lake spelling, in any case: {@code Management}, {@code configurationitem}.
     */
    static final class CategoryConverter
            implements ITypeConverter<EventCategory>
    {
        @Override
        public EventCategory convert(String value)
        {
            return EventCategory.fromApiName(value).orElseThrow(() -> new TypeConversionException("'" + value + "' is not an event category; use one of "
                    + Arrays.stream(EventCategory.values()).map(EventCategory::apiName).collect(Collectors.joining(", "))));
        }
    }

    /**
     * A billing mode by its Lake name in any case, or by the short names {@code extendable} and {@code fixed}.
     */
    static final class BillingModeConverter
            implements ITypeConverter<BillingMode>
    {
        @Override
        public BillingMode convert(String value)
        {
            String upper = value.toUpperCase(Locale.ROOT);
            for (BillingMode mode : BillingMode.values()) {
                if (mode.name().equals(upper) || mode.name().equals(upper + "_RETENTION_PRICING")) {
                    return mode;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a billing mode; use EXTENDABLE_RETENTION_PRICING (or extendable) or FIXED_RETENTION_PRICING (or fixed)");
        }
    }

    /**
     * The JSON text of advanced event selectors: the value itself when it starts with {@code [}, else the
     * contents of the file it names. The JSON is parsed when the command runs, so that bad selectors are
     * reported as {@code INVALID_EVENT_SELECTORS}.
     */
    static final class SelectorsConverter
            implements ITypeConverter<String>
    {
        @Override
        public String convert(String value)
        {
            if (value.strip().startsWith("[")) {
                return value;
            }
            try {
                return Files.readString(Path.of(value));
            }
            catch (IOException e) {
                throw new TypeConversionException("cannot read the selectors file '" + value + "' (" + e.getClass().getSimpleName() + ")");
            }
        }
    }
}
