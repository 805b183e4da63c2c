package io.tarn.engine.function.library;

import io.tarn.engine.function.FunctionRegistry;
import io.tarn.engine.function.Scalars;

import java.util.Locale;

/**
 * String functions, with Trino's semantics: lengths and positions count code points, not bytes.
 */
final class StringFunctions
{
    private StringFunctions() {}

    static void register(FunctionRegistry.Builder functions)
    {
        functions.scalar("lower(varchar): varchar", "Converts the string to lower case", Scalars.varcharToVarchar(value -> value.toLowerCase(Locale.ROOT)));
        functions.scalar("upper(varchar): varchar", "Converts the string to upper case", Scalars.varcharToVarchar(value -> value.toUpperCase(Locale.ROOT)));
        functions.scalar("length(varchar): bigint", "Length of the string in characters", Scalars.varcharToBigint(value -> value.codePointCount(0, value.length())));
    }
}
