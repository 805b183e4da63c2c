package io.tarn.engine.function.library;

import io.tarn.engine.function.FunctionRegistry;

/**
 * Mathematical functions.
 */
final class MathFunctions
{
    private MathFunctions() {}

    static void register(FunctionRegistry.Builder functions)
    {
    }
}
