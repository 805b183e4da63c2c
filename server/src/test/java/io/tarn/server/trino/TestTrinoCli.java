package io.tarn.server.trino;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.server.ServerOptions;
import io.tarn.server.TestingSamples;
import io.tarn.server.TestingTarnServer;
import io.tarn.storage.EventDataStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS;

/**
 * The real Trino CLI ({@code io.trino:trino-cli}, the executable jar) as a separate process against a real
 * server. Each CLI process costs seconds to start, so each test runs several statements in one
 * {@code --execute}.
 */
@TestInstance(PER_CLASS)
class TestTrinoCli
{
    private static final String STORE = "cloudtrail";

    private TestingTarnServer server;
    private EventDataStore store;
    private List<JsonNode> records;

    @BeforeAll
    void setUp(@TempDir Path directory)
    {
        server = TestingTarnServer.start(directory.resolve("lake"), ServerOptions.defaults().withWarmUp(false));
        store = TestingSamples.ingest(server.lake(), STORE);
        records = TestingSamples.records();
    }

    @AfterAll
    void tearDown()
    {
        server.close();
    }

    @Test
    void testQueries()
    {
        Map<String, Long> counts = new TreeMap<>();
        records.forEach(record -> counts.merge(record.get("eventSource").textValue(), 1L, Long::sum));
        JsonNode record = records.stream()
                .filter(candidate -> candidate.get("eventName").textValue().equals("GetUser"))
                .min((left, right) -> left.get("eventID").textValue().compareTo(right.get("eventID").textValue()))
                .orElseThrow();

        CliResult result = execute("SELECT eventsource, count(*) AS events FROM " + STORE + " GROUP BY eventsource ORDER BY eventsource; "
                + "SELECT version() AS version; "
                + "SELECT eventtime, useridentity.arn AS arn, readonly FROM \"" + store.id() + "\" WHERE eventname = 'GetUser' ORDER BY eventid LIMIT 1; "
                + "SELECT nan() AS nan, infinity() AS inf, ARRAY[1, 2] AS numbers, MAP(ARRAY['k'], ARRAY['v']) AS pairs, ROW(1, 'a') AS pair, X'01ff' AS bytes");
        assertThat(result.exitCode()).as(result.toString()).isZero();

        List<String> expected = new ArrayList<>();
        expected.add("\"eventsource\",\"events\"");
        counts.forEach((source, count) -> expected.add("\"" + source + "\",\"" + count + "\""));
        expected.add("\"version\"");
        expected.add("\"476\"");
        expected.add("\"eventtime\",\"arn\",\"readonly\"");
        expected.add("\"" + record.get("eventTime").textValue().replace('T', ' ').replace("Z", ".000") + "\",\""
                + record.get("userIdentity").get("arn").textValue() + "\",\"" + record.get("readOnly").booleanValue() + "\"");
        expected.add("\"nan\",\"inf\",\"numbers\",\"pairs\",\"pair\",\"bytes\"");
        expected.add("\"NaN\",\"Infinity\",\"[1, 2]\",\"{k=v}\",\"{1, a}\",\"01 ff\"");
        assertThat(result.lines()).containsExactlyElementsOf(expected);
    }

    @Test
    void testMetadataStatements()
    {
        CliResult result = execute("SHOW CATALOGS; SHOW SCHEMAS; SHOW TABLES; "
                + "SHOW COLUMNS FROM tarn.default." + STORE + " LIKE 'event%'; "
                + "SHOW FUNCTIONS LIKE 'json_array_l%'; "
                + "USE tarn.information_schema; "
                + "SELECT table_name FROM tables WHERE table_schema = 'default' ORDER BY table_name");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        List<String> expected = new ArrayList<>();
        expected.addAll(List.of("\"Catalog\"", "\"system\"", "\"tarn\""));
        expected.addAll(List.of("\"Schema\"", "\"default\"", "\"information_schema\""));
        List<String> tables = new ArrayList<>(List.of(STORE, store.id()));
        tables.sort(String::compareTo);
        expected.add("\"Table\"");
        tables.forEach(table -> expected.add("\"" + table + "\""));
        expected.add("\"Column\",\"Type\",\"Extra\",\"Comment\"");
        // The columns of Lake's CloudTrail schema named event*, in schema order
        expected.addAll(List.of("\"eventversion\",\"varchar\",\"\",\"\"", "\"eventtime\",\"timestamp(3)\",\"\",\"\"", "\"eventsource\",\"varchar\",\"\",\"\"",
                "\"eventname\",\"varchar\",\"\",\"\"", "\"eventid\",\"varchar\",\"\",\"\"", "\"eventtype\",\"varchar\",\"\",\"\"",
                "\"eventcategory\",\"varchar\",\"\",\"\"", "\"eventjson\",\"varchar\",\"\",\"\"", "\"eventjsonchecksum\",\"varchar\",\"\",\"\""));
        expected.add("\"Function\",\"Return Type\",\"Argument Types\",\"Function Type\",\"Deterministic\",\"Description\"");
        expected.add("\"json_array_length\",\"bigint\",\"json\",\"scalar\",\"true\",\"Number of elements of a JSON array; null if not an array\"");
        expected.add("\"json_array_length\",\"bigint\",\"varchar\",\"scalar\",\"true\",\"Number of elements of a JSON array; null if not an array\"");
        expected.add("\"table_name\"");
        tables.forEach(table -> expected.add("\"" + table + "\""));
        assertThat(result.lines()).containsExactlyElementsOf(expected);
    }

    @Test
    void testErrorWithPosition()
    {
        CliResult result = execute("SELECT eventname\nFROM " + STORE + "\nWHERE no_such_column = 1");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.lines()).isEmpty();
        assertThat(result.errors()).containsPattern("Query \\S+ failed: line 3:7: Column 'no_such_column' cannot be resolved");
        // The CLI points at the column in the statement
        assertThat(result.errors()).contains("LINE 3: WHERE no_such_column = 1\n              ^");
    }

    private CliResult execute(String statements)
    {
        Path cli = Path.of(System.getProperty("tarn.trino.cli", "target/trino-cli/trino-cli.jar"));
        assertThat(cli).exists();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1", "-jar", cli.toString(),
                "--server", server.uri().toString(), "--catalog", "tarn", "--schema", "default", "--user", "analyst",
                "--output-format", "CSV_HEADER", "--execute", statements);
        try {
            Process process = new ProcessBuilder(command).start();
            process.getOutputStream().close();
            CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            String output = read(process.getInputStream());
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("the Trino CLI did not finish: " + command);
            }
            return new CliResult(process.exitValue(), output.lines().filter(line -> !line.isEmpty()).toList(), errors.join());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(InputStream stream)
    {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record CliResult(int exitCode, List<String> lines, String errors) {}
}
