package io.tarn.benchmarks.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TestFilterBenchmark
{
    @Test
    void testFiltersKeepTheMatchingRows()
    {
        FilterBenchmark benchmark = new FilterBenchmark();
        benchmark.rows = 3000;
        benchmark.batchSize = 512;
        benchmark.setup();

        List<JsonNode> records = BenchmarkEvents.records(3000).stream().map(BenchmarkEvents::parse).toList();
        long getObjects = records.stream().filter(record -> record.get("eventName").asText().equals("GetObject")).count();
        long from = Instant.parse("2025-01-01T12:00:00Z").toEpochMilli();
        long to = Instant.parse("2025-01-01T18:00:00Z").toEpochMilli();
        long failuresInWindow = records.stream()
                .filter(record -> record.hasNonNull("errorCode"))
                .map(record -> Instant.parse(record.get("eventTime").asText()).toEpochMilli())
                .filter(time -> time >= from && time < to)
                .count();

        assertThat(getObjects).isPositive();
        assertThat(failuresInWindow).isPositive();
        assertThat(benchmark.equalsEventName()).isEqualTo(getObjects);
        assertThat(benchmark.timeWindowWithErrors()).isEqualTo(failuresInWindow);
    }
}
