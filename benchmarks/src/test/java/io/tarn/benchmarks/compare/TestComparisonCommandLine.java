package io.tarn.benchmarks.compare;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestComparisonCommandLine
{
    @Test
    void testSystemQueriesLimitOnlyTheNamedSystem()
    {
        ComparisonOptions options = ComparisonCommandLine.parse(new String[] {
                "--events", "10_000_000", "--system-queries", "duckdb-json=full_scan_aggregate,count_1h", "--first-query-runs", "0"});

        assertThat(options.events()).isEqualTo(10_000_000);
        assertThat(options.label()).isEqualTo("10m");
        assertThat(options.firstQueryRuns()).isZero();
        assertThat(options.runs("duckdb-json", "full_scan_aggregate")).isTrue();
        assertThat(options.runs("duckdb-json", "count_1h")).isTrue();
        assertThat(options.runs("duckdb-json", "self_join_30d")).isFalse();
        assertThat(options.runs("duckdb-json", QuerySuite.SELECT_STAR_LIMIT)).isFalse();
        assertThat(options.runs("tarn", "self_join_30d")).isTrue();
        assertThat(options.runs("trino", QuerySuite.SELECT_STAR_LIMIT)).isTrue();
    }

    @Test
    void testSystemQueriesRejectAnUnknownSystem()
    {
        assertThatThrownBy(() -> ComparisonCommandLine.parse(new String[] {"--system-queries", "duckdb=count_1h"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown system duckdb");
    }
}
