package io.tarn.engine.exec.operator;

import io.tarn.engine.function.GroupedAccumulator;
import org.apache.calcite.rel.type.RelDataType;

import static java.util.Objects.requireNonNull;

/**
 * One aggregate of an aggregation: how to make its accumulator, which input columns it reads, the boolean
 * column of its FILTER clause (or -1), and its result type.
 */
public record AggregateSpec(GroupedAccumulator.Factory factory, int[] argumentChannels, int filterChannel, RelDataType type)
{
    public AggregateSpec
    {
        requireNonNull(factory, "factory is null");
        argumentChannels = argumentChannels.clone();
        requireNonNull(type, "type is null");
    }
}
