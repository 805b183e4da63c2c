package io.tarn.benchmarks.compare;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TestQuerySuite
{
    @Test
    void testWindowsFallOnABusyWednesdayInsideTheSpan()
    {
        List<BenchmarkQuery> suite = QuerySuite.create(LocalDate.of(2025, 1, 1), 90);
        assertThat(suite).extracting(BenchmarkQuery::id).containsExactly("count_1h", "count_1d", "top_events_1d", "top_error_users_30d", "element_at_7d",
                "json_extract_1d", "unnest_resources_1d", "self_join_30d", "full_scan_aggregate", "select_star_limit");
        // 2025-02-12 is the Wednesday on or before the middle of the span (2025-02-15)
        assertThat(suite.get(0).text(Dialect.TRINO, "t"))
                .isEqualTo("SELECT count(*) AS events FROM t WHERE eventtime >= TIMESTAMP '2025-02-12 14:00:00' AND eventtime < TIMESTAMP '2025-02-12 15:00:00'");
        assertThat(suite.get(3).text(Dialect.TRINO, "t")).contains("eventtime >= TIMESTAMP '2025-01-14 00:00:00' AND eventtime < TIMESTAMP '2025-02-13 00:00:00'");
        for (BenchmarkQuery query : suite) {
            for (Dialect dialect : Dialect.values()) {
                assertThat(query.texts().get(dialect)).contains("{table}").doesNotContain("{table} {table}");
            }
        }
    }

    @Test
    void testHourEventIdsReadTheSelectStarHour()
    {
        List<BenchmarkQuery> suite = QuerySuite.create(LocalDate.of(2025, 1, 1), 90);
        assertThat(QuerySuite.hourEventIds(suite))
                .isEqualTo("SELECT eventid FROM {table} WHERE eventtime >= TIMESTAMP '2025-02-12 14:00:00' AND eventtime < TIMESTAMP '2025-02-12 15:00:00'");
    }
}
