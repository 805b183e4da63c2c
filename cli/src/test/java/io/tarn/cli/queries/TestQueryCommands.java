package io.tarn.cli.queries;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tarn.cli.CliTesting;
import io.tarn.cli.ExitCodes;
import io.tarn.cli.TarnRunner.Result;
import io.tarn.storage.TestingClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

public class TestQueryCommands
{
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant START = Instant.parse("2024-03-01T10:15:30.123Z");
    private static final String VALUES = "SELECT n, label FROM (VALUES (1, 'a'), (2, 'b,c'), (3, NULL)) AS t(n, label) ORDER BY n";

    @TempDir
    private Path directory;
    private final TestingClock clock = new TestingClock(START);

    @Test
    public void testStartDescribeAndResults()
            throws IOException
    {
        tarn("eds", "create", "audit");
        Result started = run("queries", "start", VALUES, "--alias", "letters");
        assertThat(started.status()).as(started.err()).isZero();
        String queryId = started.out().strip();
        assertThat(queryId).hasSize(36);

        Result described = run("queries", "describe", queryId);
        assertThat(described.out())
                .contains("Query:           " + queryId + "\n")
                .contains("Status:          FINISHED\n")
                .contains("Alias:           letters\n")
                .contains("Created:         2024-03-01 10:15:30 UTC\n")
                .contains("Bytes scanned:   0\n")
                .endsWith("Statement:\n  " + VALUES + "\n");

        JsonNode info = json(tarn("queries", "describe", "--alias", "letters", "--output", "json"));
        assertThat(info.get("QueryId").asText()).isEqualTo(queryId);
        assertThat(info.get("QueryString").asText()).isEqualTo(VALUES);
        assertThat(info.get("QueryStatus").asText()).isEqualTo("FINISHED");
        assertThat(info.get("QueryStatistics").get("CreationTime").asText()).isEqualTo(Long.toString(START.getEpochSecond()));
        assertThat(info.get("QueryStatistics").get("EventsMatched").asLong()).isZero();
        assertThat(info.has("ErrorMessage")).isFalse();

        assertThat(tarn("queries", "results", queryId)).isEqualTo("""
                n  label
                1  a
                2  b,c
                3  NULL
                (3 rows, 0 bytes scanned, FINISHED)
                """);
        assertThat(tarn("queries", "results", queryId, "--format", "csv")).isEqualTo("n,label\r\n1,a\r\n2,\"b,c\"\r\n3,\r\n");
        assertThat(json(tarn("queries", "results", queryId, "--output", "json"))).isEqualTo(JSON.readTree("""
                {"QueryId": "%s", "QueryStatus": "FINISHED",
                 "QueryStatistics": {"ResultsCount": 3, "TotalResultsCount": 3, "BytesScanned": 0},
                 "QueryResultRows": [[{"n": "1"}, {"label": "a"}], [{"n": "2"}, {"label": "b,c"}], [{"n": "3"}, {"label": null}]]}
                """.formatted(queryId)));

        // A page at a time
        JsonNode first = json(tarn("queries", "results", queryId, "--max-results", "2", "-o", "json"));
        assertThat(first.get("QueryStatistics").get("ResultsCount").asInt()).isEqualTo(2);
        assertThat(first.get("QueryStatistics").get("TotalResultsCount").asInt()).isEqualTo(3);
        String token = first.get("NextToken").asText();
        assertThat(tarn("queries", "results", queryId, "--max-results", "2")).contains("(2 rows of 3, 0 bytes scanned, FINISHED)\nNext page: --next-token " + token + "\n");
        JsonNode second = json(tarn("queries", "results", queryId, "--next-token", token, "-o", "json"));
        assertThat(second.get("QueryResultRows")).hasSize(1);
        assertThat(second.has("NextToken")).isFalse();

        assertThat(JSON.readTree(tarn("queries", "start", "SELECT 1", "--output", "json")).get("QueryId").asText()).hasSize(36);
    }

    @Test
    public void testListAndCancel()
            throws IOException
    {
        tarn("eds", "create", "audit");
        String first = tarn("queries", "start", "SELECT count(*) FROM audit").strip();
        clock.advance(java.time.Duration.ofMinutes(1));
        Result failed = run("queries", "start", "SELECT nothing FROM audit");
        assertThat(failed.status()).isEqualTo(ExitCodes.USER_ERROR);
        String second = failed.out().strip();
        assertThat(failed.err()).startsWith("tarn: Query " + second + " failed: ").endsWith("[COLUMN_NOT_FOUND]\n");

        assertThat(tarn("queries", "list", "--event-data-store", "audit")).isEqualTo("""
                QUERY ID                              STATUS    CREATED
                %s  FAILED    2024-03-01 10:16:30 UTC
                %s  FINISHED  2024-03-01 10:15:30 UTC
                """.formatted(second, first));
        JsonNode list = json(tarn("queries", "list", "--eds", "audit", "--status", "finished", "-o", "json"));
        assertThat(list).isEqualTo(JSON.readTree("{\"Queries\": [{\"QueryId\": \"%s\", \"QueryStatus\": \"FINISHED\", \"CreationTime\": %d}]}"
                .formatted(first, START.getEpochSecond())));
        JsonNode paged = json(tarn("queries", "list", "--eds", "audit", "--max-results", "1", "-o", "json"));
        assertThat(paged.get("Queries").get(0).get("QueryId").asText()).isEqualTo(second);
        JsonNode next = json(tarn("queries", "list", "--eds", "audit", "--max-results", "1", "--next-token", paged.get("NextToken").asText(), "-o", "json"));
        assertThat(next.get("Queries").get(0).get("QueryId").asText()).isEqualTo(first);
        assertThat(tarn("queries", "list", "--eds", "audit", "--start-time", "2024-03-01 10:16:00", "--end-time", "2024-03-01T10:17:00Z")).contains(second).doesNotContain(first);
        assertThat(tarn("queries", "list", "--eds", "audit", "--end-time", Long.toString(START.getEpochSecond() + 1))).contains(first).doesNotContain(second);

        Result cancel = run("queries", "cancel", first);
        assertThat(cancel.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(cancel.err()).isEqualTo("tarn: Query '" + first + "' is FINISHED and cannot be cancelled [INACTIVE_QUERY]\n");
        Result unknown = run("queries", "describe", "00000000-0000-0000-0000-000000000000");
        assertThat(unknown.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(unknown.err()).isEqualTo("tarn: Query '00000000-0000-0000-0000-000000000000' not found [QUERY_NOT_FOUND]\n");
        Result missingStore = run("queries", "list", "--eds", "nope");
        assertThat(missingStore.err()).isEqualTo("tarn: Event data store 'nope' not found [EVENT_DATA_STORE_NOT_FOUND]\n");
    }

    @Test
    public void testUsage()
    {
        tarn("eds", "create", "audit");
        Result noTarget = run("queries", "describe");
        assertThat(noTarget.status()).isEqualTo(ExitCodes.USAGE_ERROR);
        Result both = run("queries", "describe", "x", "--alias", "y");
        assertThat(both.status()).isEqualTo(ExitCodes.USAGE_ERROR);
        Result badTime = run("queries", "list", "--eds", "audit", "--start-time", "yesterday");
        assertThat(badTime.status()).isEqualTo(ExitCodes.USAGE_ERROR);
        assertThat(badTime.err()).contains("'yesterday' is not a time");
        Result badLimit = run("queries", "results", "x", "--max-results", "0");
        assertThat(badLimit.status()).isEqualTo(ExitCodes.USER_ERROR);

        for (String command : List.of("start", "describe", "results", "list", "cancel")) {
            Result help = run("queries", command, "--help");
            assertThat(help.status()).isZero();
            assertThat(help.out()).contains("Usage: tarn queries " + command, "Examples:", "--output");
        }
    }

    private String tarn(String... args)
    {
        return new CliTesting(directory.resolve("lake"), clock).tarn(args);
    }

    private Result run(String... args)
    {
        return new CliTesting(directory.resolve("lake"), clock).run(args);
    }

    private static JsonNode json(String text)
            throws IOException
    {
        return JSON.readTree(text);
    }
}
