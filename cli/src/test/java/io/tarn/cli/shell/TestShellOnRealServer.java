package io.tarn.cli.shell;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.cli.TarnRunner;
import io.tarn.cli.TestingSampleServer;
import io.tarn.cli.remote.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code tarn shell --server} against a real {@code tarn serve} that requires a token, fed the same input as
 * {@code tarn shell} on the server's lake: saved and sample queries are listed, shown and run, and the summary
 * lines and {@code \stats} carry Lake's numbers (EventsMatched included), equal to the local shell's and to
 * what DescribeQuery reports.
 */
public class TestShellOnRealServer
{
    private static final String TOKEN = "shell-0123456789abcdef";
    private static final String COUNT_QUERY = "SELECT eventName, count(*) AS events FROM cloudtrail WHERE eventSource = 's3.amazonaws.com' GROUP BY 1 ORDER BY 2 DESC, 1";
    private static final String INPUT = String.join("\n",
            "\\saved",
            "\\saved by-source",
            "\\run by-source eds=cloudtrail",
            "\\samples",
            "\\samples access-denied",
            "\\sample access-denied eds=cloudtrail start='2023-07-10 00:00:00' end='2023-07-11 00:00:00'",
            "\\sample guide-q9 eds=cloudtrail",
            // A value is bound as a value, never spliced into the text: no event source is called this
            "\\run by-source eds=cloudtrail source=\"s3.amazonaws.com' OR '1'='1\"",
            COUNT_QUERY + ";",
            "\\stats",
            "");
    // The local shell's \stats adds the scan's counters, which DescribeQuery does not report
    private static final Pattern SCAN_DETAIL = Pattern.compile("(?m)^(PartitionsSkipped|FilesRead|FilesSkipped|StripesSkipped|RowGroupsSkipped) +[\\d,]+\\n");
    private static final Pattern SUMMARY = Pattern.compile("BytesScanned ([\\d,]+) \\([^)]*\\), EventsScanned ([\\d,]+), EventsMatched ([\\d,]+|unknown)");

    @TempDir
    private static Path directory;

    private static TestingSampleServer server;

    @BeforeAll
    public static void startServer()
    {
        server = TestingSampleServer.start(directory, Optional.of(TOKEN), lakeDirectory -> {
            TarnRunner.Result saved = new TarnRunner(Map.of(), Clock.systemUTC()).run("--lake", lakeDirectory, "saved", "create", "by-source",
                    "--description", "Events of one service",
                    "--sql", "SELECT eventName, count(*) AS events FROM :eds WHERE eventSource = :source GROUP BY 1 ORDER BY 2 DESC, 1",
                    "--default", "source=s3.amazonaws.com");
            assertThat(saved.status()).as(saved.err()).isZero();
        });
    }

    @AfterAll
    public static void stopServer()
    {
        if (server != null) {
            server.close();
        }
    }

    @Test
    public void testSavedAndSampleQueriesAndStatisticsAsLocally()
            throws Exception
    {
        String remote = shell("shell", "--server", server.uri().toString());
        String local = shell("--lake", lakeDirectory(), "shell");

        assertThat(remote).doesNotContain("NOT_SUPPORTED", "unknown", "Query failed", "Unknown command")
                .contains("by-source", "Events of one service", "source (default s3.amazonaws.com)", "access-denied", "guide-q9", "apicount", "deniedcount");
        assertThat(normalized(remote)).isEqualTo(normalized(SCAN_DETAIL.matcher(local).replaceAll("")));

        // The summary line of the last query has Lake's numbers of it, as DescribeQuery reports them
        List<String> summaries = summaries(remote);
        assertThat(summaries).hasSize(5);
        assertThat(summaries.get(3)).startsWith("0 rows in ");
        Matcher summary = SUMMARY.matcher(summaries.get(4));
        assertThat(summary.find()).isTrue();
        JsonNode statistics = describe(COUNT_QUERY).path("QueryStatistics");
        assertThat(number(summary.group(1))).isEqualTo(statistics.path("BytesScanned").asLong()).isPositive();
        assertThat(number(summary.group(2))).isEqualTo(statistics.path("EventsScanned").asLong()).isPositive();
        assertThat(number(summary.group(3))).isEqualTo(statistics.path("EventsMatched").asLong()).isPositive();
        assertThat(remote).contains("EventsMatched  " + summary.group(3) + "\n", "EventsScanned  " + summary.group(2) + "\n");
        // The matched events are the rows counted: the query's events column summed
        long counted = 0;
        String table = remote.substring(remote.lastIndexOf(" eventname "), remote.lastIndexOf(summaries.get(4)));
        for (String line : table.lines().skip(2).toList()) {
            counted += Long.parseLong(line.substring(line.lastIndexOf('|') + 1).strip());
        }
        assertThat(number(summary.group(3))).isEqualTo(counted);
    }

    /**
     * The output without what differs from run to run: durations, and the padding of {@code \stats}, whose
     * widest name differs.
     */
    private static String normalized(String output)
    {
        return output.replaceAll("\\d+\\.\\d+s|\\d+m \\d\\ds", "<time>").replaceAll("(?m)^([A-Za-z]+) {2,}", "$1  ");
    }

    private static List<String> summaries(String output)
    {
        return output.lines().filter(line -> line.matches("[\\d,]+ rows? in .*")).toList();
    }

    private static JsonNode describe(String sql)
    {
        RestClient rest = new RestClient(server.uri(), Optional.of(TOKEN));
        for (JsonNode query : rest.get("/queries?EventDataStore=cloudtrail").path("Queries")) {
            JsonNode described = rest.get("/queries/" + RestClient.segment(query.path("QueryId").asText()));
            if (described.path("QueryString").asText().equals(sql)) {
                return described;
            }
        }
        throw new AssertionError("No query in the server's history is " + sql);
    }

    private static long number(String text)
    {
        return Long.parseLong(text.replace(",", ""));
    }

    /**
     * Runs {@code tarn} with the input piped, as {@code tarn shell < script.sql} does, and returns what it printed.
     */
    private static String shell(String... arguments)
            throws IOException, InterruptedException
    {
        PipedShell.Run run = PipedShell.run(directory, INPUT, Map.of("TARN_TOKEN", TOKEN), arguments);
        assertThat(run.status()).as(run.output()).isZero();
        return run.output();
    }

    private static String lakeDirectory()
    {
        return TestingSampleServer.lakeDirectory(directory);
    }
}
