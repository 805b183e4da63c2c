package io.tarn.engine;

import java.util.Map;

/**
 * The engine the golden files run against.
 */
final class SqlTestFixtures
{
    private SqlTestFixtures() {}

    static Engine engine()
    {
        return Engine.withTables(Map.of());
    }
}
