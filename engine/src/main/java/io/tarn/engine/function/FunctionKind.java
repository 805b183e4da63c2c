package io.tarn.engine.function;

/**
 * Whether a function maps rows to values, aggregates groups, or computes over window frames.
 */
public enum FunctionKind
{
    SCALAR,
    AGGREGATE,
    WINDOW,
}
