package io.tarn.engine.function;

import io.tarn.engine.exec.VectorExpression;

/**
 * Turns a bound call of a scalar function into a vectorized expression.
 */
@FunctionalInterface
public interface ScalarImplementation
{
    VectorExpression bind(ScalarCall call);
}
