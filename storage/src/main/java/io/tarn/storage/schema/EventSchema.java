package io.tarn.storage.schema;

import com.google.common.collect.ImmutableList;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import static java.util.Objects.requireNonNull;

/**
 * The columns of an event data store, in order.
 */
public record EventSchema(List<Field> columns)
{
    public static final String EVENT_TIME = "eventtime";
    public static final String EVENT_JSON = "eventjson";
    public static final String EVENT_JSON_CHECKSUM = "eventjsonchecksum";

    public EventSchema
    {
        columns = ImmutableList.copyOf(requireNonNull(columns, "columns is null"));
        if (columns.stream().noneMatch(column -> column.name().equals(EVENT_TIME) && column.type() == PrimitiveType.TIMESTAMP)) {
            throw new IllegalArgumentException("an event schema has an eventtime timestamp column");
        }
    }

    public OptionalInt columnIndex(String name)
    {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int index = 0; index < columns.size(); index++) {
            if (columns.get(index).name().equals(lower)) {
                return OptionalInt.of(index);
            }
        }
        return OptionalInt.empty();
    }

    public Optional<Field> column(String name)
    {
        OptionalInt index = columnIndex(name);
        return index.isPresent() ? Optional.of(columns.get(index.getAsInt())) : Optional.empty();
    }

    /**
     * The schema as one Hive struct type, e.g. for an ORC file.
     */
    public StructType asStruct()
    {
        return new StructType(columns);
    }
}
