package io.tarn.storage.schema;

import com.google.common.collect.ImmutableList;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * A struct of named fields.
 */
public record StructType(List<Field> fields)
        implements DataType
{
    public StructType
    {
        fields = ImmutableList.copyOf(requireNonNull(fields, "fields is null"));
    }

    public static StructType of(Field... fields)
    {
        return new StructType(List.of(fields));
    }

    public OptionalInt fieldIndex(String name)
    {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int index = 0; index < fields.size(); index++) {
            if (fields.get(index).name().equals(lower)) {
                return OptionalInt.of(index);
            }
        }
        return OptionalInt.empty();
    }

    @Override
    public String hiveName()
    {
        return fields.stream()
                .map(field -> field.name() + ":" + field.type().hiveName())
                .collect(Collectors.joining(",", "struct<", ">"));
    }
}
