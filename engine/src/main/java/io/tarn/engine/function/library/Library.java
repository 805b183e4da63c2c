package io.tarn.engine.function.library;

import io.tarn.engine.function.FunctionRegistry;

/**
 * Assembles the function library.
 */
public final class Library
{
    private static final FunctionRegistry INSTANCE = build();

    private Library() {}

    /**
     * The library; built once, immutable, shared.
     */
    public static FunctionRegistry create()
    {
        return INSTANCE;
    }

    private static FunctionRegistry build()
    {
        FunctionRegistry.Builder builder = FunctionRegistry.builder();
        StringFunctions.register(builder);
        RegexFunctions.register(builder);
        BinaryFunctions.register(builder);
        UrlFunctions.register(builder);
        MathFunctions.register(builder);
        JsonFunctions.register(builder);
        MapFunctions.register(builder);
        ArrayFunctions.register(builder);
        DateTimeFunctions.register(builder);
        ConditionalFunctions.register(builder);
        AggregateFunctions.register(builder);
        SystemFunctions.register(builder);
        return builder.build();
    }
}
