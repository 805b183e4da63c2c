package io.tarn.engine.function.library;

import io.tarn.engine.Engine;
import io.tarn.engine.function.FunctionRegistry;
import io.tarn.engine.function.Scalars;

/**
 * Functions about the server itself.
 */
final class SystemFunctions
{
    private SystemFunctions() {}

    static void register(FunctionRegistry.Builder functions)
    {
        // The Trino JDBC driver's DatabaseMetaData reads the product version from here
        functions.scalar("version(): varchar", "The Trino version whose client protocol and SQL the server speaks",
                Scalars.rowwiseOnNulls((arguments, context) -> Engine.TRINO_VERSION));
        // Written without parentheses, as SQL's niladic functions are
        functions.scalar("current_user(): varchar", "The session's user",
                Scalars.rowwiseOnNulls((arguments, context) -> context.user()));
        functions.scalar("current_catalog(): varchar", "The session's catalog",
                Scalars.rowwiseOnNulls((arguments, context) -> context.catalog().orElse(null)));
        functions.scalar("current_schema(): varchar", "The session's schema",
                Scalars.rowwiseOnNulls((arguments, context) -> context.schema().orElse(null)));
    }
}
