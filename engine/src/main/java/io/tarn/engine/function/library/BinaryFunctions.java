package io.tarn.engine.function.library;

import io.tarn.engine.function.FunctionRegistry;

/**
 * Binary and encoding functions: UTF-8, hex, base64, hashes.
 */
final class BinaryFunctions
{
    private BinaryFunctions() {}

    static void register(FunctionRegistry.Builder functions)
    {
    }
}
