package io.tarn.benchmarks.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TestHashAggregationBenchmark
{
    @Test
    void testOneGroupPerDistinctKey()
    {
        HashAggregationBenchmark benchmark = new HashAggregationBenchmark();
        benchmark.rows = 3000;
        benchmark.batchSize = 512;
        benchmark.setup();

        List<JsonNode> records = BenchmarkEvents.records(3000).stream().map(BenchmarkEvents::parse).toList();
        long names = records.stream().map(record -> record.get("eventName").asText()).distinct().count();
        // a null ARN (services, Identity Center users...) is a group of its own
        long arns = records.stream().map(record -> Optional.ofNullable(record.get("userIdentity").get("arn")).map(JsonNode::asText)).distinct().count();

        assertThat(benchmark.groupIdsByEventName()).isEqualTo(names);
        assertThat(benchmark.countByUserArn()).isEqualTo(arns);
    }
}
