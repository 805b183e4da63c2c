package io.tarn.engine.function.library;

import io.tarn.engine.function.FunctionRegistry;

/**
 * Regular expression functions (Java regular expressions, as Trino's default JONI/Java semantics allow).
 */
final class RegexFunctions
{
    private RegexFunctions() {}

    static void register(FunctionRegistry.Builder functions)
    {
    }
}
