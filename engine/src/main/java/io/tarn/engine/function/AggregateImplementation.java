package io.tarn.engine.function;

/**
 * Turns a bound call of an aggregate function into a factory of grouped accumulators.
 */
@FunctionalInterface
public interface AggregateImplementation
{
    GroupedAccumulator.Factory bind(AggregateCall call);
}
