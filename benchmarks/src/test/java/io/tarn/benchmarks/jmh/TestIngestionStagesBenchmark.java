package io.tarn.benchmarks.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TestIngestionStagesBenchmark
{
    private static final int RECORDS = 500;

    @Test
    void testEachStageSeesTheWholeLogFile()
            throws IOException
    {
        IngestionStagesBenchmark benchmark = new IngestionStagesBenchmark();
        benchmark.records = RECORDS;
        benchmark.setup();

        assertThat(benchmark.gunzip()).isEqualTo(benchmark.logFile().length);
        assertThat(benchmark.split()).isEqualTo(RECORDS);
        long expectedTokens = BenchmarkEvents.records(RECORDS).stream()
                .mapToLong(record -> tokens(BenchmarkEvents.parse(record)))
                .sum();
        assertThat(benchmark.tokenize()).isEqualTo(expectedTokens);
    }

    /**
     * The streaming tokens of a value: a container's start and end, each member's name, each scalar.
     */
    private static long tokens(JsonNode node)
    {
        if (node.isObject()) {
            long tokens = 2;
            for (Iterator<Map.Entry<String, JsonNode>> members = node.fields(); members.hasNext(); ) {
                tokens += 1 + tokens(members.next().getValue());
            }
            return tokens;
        }
        if (node.isArray()) {
            long tokens = 2;
            for (JsonNode element : node) {
                tokens += tokens(element);
            }
            return tokens;
        }
        return 1;
    }
}
