package io.tarn.engine;

import io.tarn.engine.type.TarnTypes;
import org.apache.calcite.rel.type.RelDataType;

import static java.util.Objects.requireNonNull;

/**
 * A column of a result: its name as Trino gives it and its SQL type.
 */
public record ResultColumn(String name, RelDataType type)
{
    public ResultColumn
    {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
    }

    /**
     * The type as Trino spells it, e.g. {@code varchar}, {@code timestamp(3)}, {@code map(varchar, varchar)}.
     */
    public String typeName()
    {
        return TarnTypes.trinoName(type);
    }
}
