package io.tarn.storage.schema;

import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * A named column or struct field. Names are lower case.
 */
public record Field(String name, DataType type)
{
    public Field
    {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        if (!name.equals(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("field names are lower case: " + name);
        }
    }
}
