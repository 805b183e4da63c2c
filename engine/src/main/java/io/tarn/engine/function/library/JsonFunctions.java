package io.tarn.engine.function.library;

import io.tarn.engine.function.FunctionRegistry;

/**
 * JSON functions: Trino's JSON path subset, canonical json values.
 */
final class JsonFunctions
{
    private JsonFunctions() {}

    static void register(FunctionRegistry.Builder functions)
    {
    }
}
