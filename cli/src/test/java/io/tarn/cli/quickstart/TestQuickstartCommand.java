package io.tarn.cli.quickstart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tarn.cli.CliTesting;
import io.tarn.cli.ExitCodes;
import io.tarn.cli.TarnRunner.Result;
import io.tarn.storage.TestingClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

public class TestQuickstartCommand
{
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLES = Path.of("../samples/cloudtrail/invictus-ir-aws_dataset");

    @TempDir
    private Path directory;
    // Three years after the sample events, past the default retention: quickstart must keep them anyway.
    private final TestingClock clock = new TestingClock(Instant.parse("2026-11-20T09:00:00Z"));

    @Test
    public void testCreatesStoreIngestsSamplesAndQueries()
            throws IOException
    {
        Map<String, Long> eventsBySource = eventsBySource();
        long total = eventsBySource.values().stream().mapToLong(Long::longValue).sum();
        Map.Entry<String, Long> busiest = eventsBySource.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();

        String first = tarn("quickstart", "--samples", SAMPLES.toString());

        assertThat(first)
                .startsWith("Lake: " + directory.resolve("lake").toAbsolutePath() + "\n")
                .contains("Created store cloudtrail (")
                .contains("  events  %,d read, %,d stored, 0 filtered by selectors".formatted(total, total))
                .containsPattern("\\n " + busiest.getKey().replace(".", "\\.") + " +\\| +" + busiest.getValue() + "\\n")
                .contains("(5 rows)\n")
                .contains("Try next:\n");
        assertThat(count()).isEqualTo(total);

        String second = tarn("quickstart", "--samples", SAMPLES.toString());
        assertThat(second).contains("Store cloudtrail (").contains("exists already; not ingesting the samples again.").doesNotContain("Ingested into");
        assertThat(count()).isEqualTo(total);
    }

    @Test
    public void testNeedsSamples()
    {
        Result missing = new CliTesting(directory.resolve("lake"), clock).run("quickstart", "--samples", directory.resolve("none").toString());
        assertThat(missing.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(missing.err()).isEqualTo("tarn: No sample events at '" + directory.resolve("none") + "': give their directory with --samples\n");
    }

    private long count()
    {
        String csv = tarn("query", "--format", "csv", "SELECT count(*) FROM cloudtrail");
        return Long.parseLong(csv.lines().skip(1).findFirst().orElseThrow().replace("\"", ""));
    }

    /**
     * Events per source in the sample log files, counted here with Jackson rather than by Tarn.
     */
    private static Map<String, Long> eventsBySource()
            throws IOException
    {
        Map<String, Long> counts = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(SAMPLES)) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".json")).sorted(Comparator.naturalOrder()).toList();
        }
        for (Path file : files) {
            for (JsonNode event : JSON.readTree(file.toFile()).get("Records")) {
                counts.merge(event.get("eventSource").asText(), 1L, Long::sum);
            }
        }
        return counts;
    }

    private String tarn(String... args)
    {
        return new CliTesting(directory.resolve("lake"), clock).tarn(args);
    }
}
