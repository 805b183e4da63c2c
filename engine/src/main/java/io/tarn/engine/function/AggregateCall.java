package io.tarn.engine.function;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;

import static java.util.Objects.requireNonNull;

/**
 * A call of an aggregate function ready to be implemented: its bound signature, and whether it aggregates
 * distinct values only.
 */
public record AggregateCall(BoundSignature bound, boolean distinct, RelDataTypeFactory typeFactory)
{
    public AggregateCall
    {
        requireNonNull(bound, "bound is null");
        requireNonNull(typeFactory, "typeFactory is null");
    }

    public RelDataType returnType()
    {
        return bound.returnType();
    }

    public RelDataType argumentType(int index)
    {
        return bound.argumentTypes().get(index);
    }
}
