package io.tarn.engine.service;

import io.tarn.engine.Engine;
import io.tarn.engine.catalog.CatalogSnapshot;
import io.tarn.engine.catalog.EngineTable;
import io.tarn.engine.catalog.VirtualTable;
import org.apache.calcite.sql.type.SqlTypeName;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tables for query service tests, computed rather than stored: {@code numbers} (column {@code n}, 1 to
 * {@value #NUMBERS}), whose cross join with itself makes a deliberately slow query.
 */
final class TestingTables
{
    static final int NUMBERS = 20_000;

    private TestingTables() {}

    static Engine engine()
    {
        return Engine.withTables(tables());
    }

    static Map<String, EngineTable> tables()
    {
        return Map.of("numbers", numbers("numbers", NUMBERS));
    }

    static VirtualTable numbers(String name, int count)
    {
        List<List<Object>> rows = new ArrayList<>(count);
        for (long value = 1; value <= count; value++) {
            rows.add(List.of(value, "name-" + value));
        }
        return new VirtualTable(name,
                factory -> factory.builder()
                        .add("n", factory.createTypeWithNullability(factory.createSqlType(SqlTypeName.BIGINT), true))
                        .add("label", CatalogSnapshot.nullableVarchar(factory))
                        .build(),
                () -> rows);
    }
}
