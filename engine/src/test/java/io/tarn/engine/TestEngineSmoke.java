package io.tarn.engine;

import io.tarn.engine.catalog.CatalogSnapshot;
import io.tarn.engine.catalog.VirtualTable;

import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TestEngineSmoke
{
    private final Engine engine = Engine.withTables(Map.of("events", new VirtualTable("events",
            factory -> factory.builder()
                    .add("eventname", CatalogSnapshot.nullableVarchar(factory))
                    .add("eventtime", factory.createTypeWithNullability(factory.createSqlType(SqlTypeName.TIMESTAMP, 3), true))
                    .add("bytes", factory.createTypeWithNullability(factory.createSqlType(SqlTypeName.BIGINT), true))
                    .build(),
            () -> List.of(
                    Arrays.asList("GetObject", LocalDateTime.parse("2023-01-01T10:00:00"), 10L),
                    Arrays.asList("PutObject", LocalDateTime.parse("2023-01-02T10:00:00"), 20L),
                    Arrays.asList("GetObject", LocalDateTime.parse("2023-01-03T10:00:00"), null),
                    Arrays.asList(null, LocalDateTime.parse("2023-01-04T10:00:00"), 5L)))));

    @Test
    void testSelect()
    {
        assertThat(rows("SELECT eventName, count(*) AS c, sum(bytes) FROM events GROUP BY eventName ORDER BY c DESC, eventname"))
                .containsExactly(List.of("GetObject", 2L, 10L), List.of("PutObject", 1L, 20L), Arrays.asList(null, 1L, 5L));
        assertThat(rows("SELECT count(*) FROM events WHERE eventTime > '2023-01-02 00:00:00'")).containsExactly(List.of(3L));
        assertThat(rows("SELECT count(*) FROM events WHERE eventTime > '2023-01-02T12:00:00Z'")).containsExactly(List.of(2L));
        assertThat(rows("SELECT CASE WHEN bytes > 5 THEN 'big' ELSE 'small' END FROM events ORDER BY eventtime"))
                .containsExactly(List.of("big"), List.of("big"), List.of("small"), List.of("small"));
    }

    private List<List<Object>> rows(String sql)
    {
        try (QueryExecution execution = engine.execute(Session.defaults(), sql)) {
            return execution.remainingRows();
        }
    }

}
