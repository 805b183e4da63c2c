package io.tarn.engine.function.library;

import io.tarn.engine.function.FunctionRegistry;

/**
 * URL functions.
 */
final class UrlFunctions
{
    private UrlFunctions() {}

    static void register(FunctionRegistry.Builder functions)
    {
    }
}
