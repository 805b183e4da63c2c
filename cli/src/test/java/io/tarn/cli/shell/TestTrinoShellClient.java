package io.tarn.cli.shell;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.tarn.cli.ExitCodes;
import io.tarn.cli.TarnRunner;
import io.tarn.cli.output.OutputColumn;
import io.tarn.cli.output.OutputRow;
import io.tarn.error.TarnException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.tarn.cli.shell.TestingTrinoServer.array;
import static io.tarn.cli.shell.TestingTrinoServer.columns;
import static io.tarn.cli.shell.TestingTrinoServer.map;
import static io.tarn.cli.shell.TestingTrinoServer.row;
import static io.tarn.cli.shell.TestingTrinoServer.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shell's client of {@code tarn serve} against a server of the Trino client protocol.
 */
public class TestTrinoShellClient
{
    private static final ArrayNode EVENT_COLUMNS = columns(
            "eventname", type("varchar"),
            "useridentity", row("type", type("varchar"), "sessioncontext", row("sessionissuer", row("arn", type("varchar")))),
            "resources", array(row("arn", type("varchar"))),
            "tags", map(type("varchar"), type("varchar")),
            "latency", type("double"),
            "events", type("bigint"));

    private TestingTrinoServer server;
    private TrinoShellClient client;

    @BeforeEach
    public void start()
            throws Exception
    {
        server = new TestingTrinoServer();
        client = new TrinoShellClient(server.uri(), "alice", Optional.of("secret-token"));
    }

    @AfterEach
    public void stop()
    {
        client.close();
        server.close();
    }

    @Test
    public void testFollowsPagesAndShowsValuesAsTrinoCliDoes()
    {
        server.on("SELECT * FROM cloudtrail", TestingTrinoServer.Statement.rows(EVENT_COLUMNS, List.of(
                List.of(),
                List.of(Arrays.asList("ConsoleLogin", List.of("IAMUser", List.of(List.of("arn:aws:iam::1:role/admin"))), List.of(List.of("arn:aws:s3:::b")),
                        Map.of("team", "red"), 1.5, 2900)),
                List.of(Arrays.asList("GetObject", null, List.of(), Map.of(), 1.0E10, 7))), 1000, 1450));

        List<List<String>> texts = new ArrayList<>();
        List<OutputColumn> columns;
        try (ShellQuery query = client.execute("SELECT * FROM cloudtrail")) {
            for (List<OutputRow> rows = query.nextRows(); rows != null; rows = query.nextRows()) {
                for (OutputRow row : rows) {
                    List<String> text = new ArrayList<>();
                    for (int column = 0; column < row.size(); column++) {
                        text.add(row.text(column));
                    }
                    texts.add(text);
                }
            }
            columns = query.columns();
            QueryProgress progress = query.progress();
            // The last page's statistics: three pages of 1,450 events and 1,000 bytes
            assertThat(progress.bytesScanned()).isEqualTo(3000);
            assertThat(progress.eventsScanned()).isEqualTo(4350);
            assertThat(progress.eventsMatched()).isEqualTo(QueryProgress.UNKNOWN);
        }

        assertThat(columns).extracting(OutputColumn::name).containsExactly("eventname", "useridentity", "resources", "tags", "latency", "events");
        assertThat(columns).extracting(OutputColumn::numeric).containsExactly(false, false, false, false, true, true);
        assertThat(columns.get(1).typeName()).isEqualTo("row(type varchar, sessioncontext row(sessionissuer row(arn varchar)))");
        assertThat(texts).containsExactly(
                List.of("ConsoleLogin", "{type=IAMUser, sessioncontext={sessionissuer={arn=arn:aws:iam::1:role/admin}}}", "[{arn=arn:aws:s3:::b}]", "{team=red}", "1.5", "2900"),
                List.of("GetObject", "NULL", "[]", "{}", "1.0E10", "7"));

        TestingTrinoServer.Request post = server.requests().get(0);
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.path()).isEqualTo("/v1/statement");
        assertThat(post.body()).isEqualTo("SELECT * FROM cloudtrail");
        assertThat(post.header("X-Trino-User")).contains("alice");
        assertThat(post.header("Authorization")).contains("Bearer secret-token");
        assertThat(server.requests()).extracting(TestingTrinoServer.Request::method).containsExactly("POST", "GET", "GET", "GET");
    }

    @Test
    public void testErrorHasCodeMessageAndLocation()
    {
        server.on("SELECT nosuchcolumn FROM cloudtrail", TestingTrinoServer.Statement.failure("COLUMN_NOT_FOUND", 47, "Column 'nosuchcolumn' cannot be resolved", 1, 8));
        try (ShellQuery query = client.execute("SELECT nosuchcolumn FROM cloudtrail")) {
            assertThatThrownBy(query::nextRows)
                    .isInstanceOfSatisfying(TarnException.class, e -> {
                        assertThat(e.getErrorCode().name()).isEqualTo("COLUMN_NOT_FOUND");
                        assertThat(e.getErrorCode().code()).isEqualTo(47);
                        assertThat(e.getMessage()).isEqualTo("line 1:8: Column 'nosuchcolumn' cannot be resolved");
                        assertThat(e.getLocation()).hasValueSatisfying(location -> {
                            assertThat(location.lineNumber()).isEqualTo(1);
                            assertThat(location.columnNumber()).isEqualTo(8);
                        });
                    });
        }
    }

    @Test
    public void testCancelStopsReadingAndDeletesTheQuery()
            throws Exception
    {
        server.on("SELECT count(*) FROM cloudtrail a CROSS JOIN cloudtrail b", TestingTrinoServer.Statement.endless(columns("_col0", type("bigint"))));
        ShellQuery query = client.execute("SELECT count(*) FROM cloudtrail a CROSS JOIN cloudtrail b");
        CompletableFuture<Throwable> reader = CompletableFuture.supplyAsync(() -> {
            try {
                while (query.nextRows() != null) {
                    // Reading until the statement ends, which only cancellation does
                }
                return null;
            }
            catch (RuntimeException e) {
                return e;
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (query.progress().eventsScanned() < 300 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(query.progress().eventsScanned()).isGreaterThanOrEqualTo(300);
        query.cancel();
        Throwable failure = reader.get(10, TimeUnit.SECONDS);
        assertThat(failure).isInstanceOfSatisfying(TarnException.class, e -> assertThat(e.getErrorCode().name()).isEqualTo("USER_CANCELED"));
        query.close();
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.requests().stream().noneMatch(request -> request.method().equals("DELETE")) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(server.requests()).filteredOn(request -> request.method().equals("DELETE"))
                .isNotEmpty()
                .allSatisfy(request -> assertThat(request.path()).startsWith("/v1/statement/executing/"));
    }

    @Test
    public void testKeepsSessionFromResponseHeaders()
    {
        server.on("SET SESSION query_max_run_time = '10m'", TestingTrinoServer.Statement.update("SET SESSION", Map.of("X-Trino-Set-Session", "query_max_run_time=10m+0s")));
        server.on("USE tarn.other", TestingTrinoServer.Statement.update("USE", Map.of("X-Trino-Set-Catalog", "tarn", "X-Trino-Set-Schema", "other")));
        server.on("SELECT 1", TestingTrinoServer.Statement.rows(columns("_col0", type("integer")), List.of(List.of(List.of(1))), 0, 0));

        try (ShellQuery query = client.execute("SET SESSION query_max_run_time = '10m'")) {
            assertThat(query.nextRows()).isNull();
            assertThat(query.updateType()).contains("SET SESSION");
            assertThat(query.columns()).isEmpty();
        }
        drain(client.execute("USE tarn.other"));
        drain(client.execute("SELECT 1"));

        TestingTrinoServer.Request select = server.requests().stream()
                .filter(request -> request.method().equals("POST") && request.body().equals("SELECT 1"))
                .findFirst().orElseThrow();
        assertThat(select.header("X-Trino-Session")).contains("query_max_run_time=10m+0s");
        assertThat(select.header("X-Trino-Catalog")).contains("tarn");
        assertThat(select.header("X-Trino-Schema")).contains("other");
    }

    @Test
    public void testListsStoresAndDescribesNestedColumns()
    {
        server.on("SHOW TABLES", TestingTrinoServer.Statement.rows(columns("Table", type("varchar")), List.of(List.of(List.of("cloudtrail"), List.of("config"))), 0, 0));
        server.on("DESCRIBE \"cloudtrail\"", TestingTrinoServer.Statement.rows(
                columns("Column", type("varchar"), "Type", type("varchar"), "Extra", type("varchar"), "Comment", type("varchar")),
                List.of(List.of(
                        List.of("eventname", "varchar", "", ""),
                        List.of("useridentity", "row(type varchar, sessioncontext row(sessionissuer row(arn varchar, \"user name\" varchar), "
                                + "attributes row(mfaauthenticated varchar)))", "", ""))), 0, 0));

        assertThat(client.stores()).extracting(ShellClient.StoreSummary::name).containsExactly("cloudtrail", "config");
        assertThat(client.describe("cloudtrail")).extracting(ShellClient.ColumnDescription::path).containsExactly(
                "eventname",
                "useridentity",
                "useridentity.type",
                "useridentity.sessioncontext",
                "useridentity.sessioncontext.sessionissuer",
                "useridentity.sessioncontext.sessionissuer.arn",
                "useridentity.sessioncontext.sessionissuer.user name",
                "useridentity.sessioncontext.attributes",
                "useridentity.sessioncontext.attributes.mfaauthenticated");
    }

    @Test
    public void testQueryCommandOnServer()
    {
        server.on("SELECT eventName, count(*) AS events FROM cloudtrail GROUP BY 1 ORDER BY 2 DESC LIMIT 2", TestingTrinoServer.Statement.rows(
                columns("eventName", type("varchar"), "events", type("bigint")),
                List.of(List.of(List.of("ListBuckets", 313), List.of("GetBucketAcl", 282))), 2048, 2900));
        server.on("SELECT nosuchcolumn FROM cloudtrail", TestingTrinoServer.Statement.failure("COLUMN_NOT_FOUND", 47, "Column 'nosuchcolumn' cannot be resolved", 1, 8));
        TarnRunner tarn = new TarnRunner(Map.of(), Clock.systemUTC());

        TarnRunner.Result csv = tarn.run("query", "--server", server.uri().toString(), "--format", "csv", "--stats",
                "SELECT eventName, count(*) AS events FROM cloudtrail GROUP BY 1 ORDER BY 2 DESC LIMIT 2");
        assertThat(csv.status()).as(csv.err()).isZero();
        assertThat(csv.out()).isEqualTo("eventName,events\r\nListBuckets,313\r\nGetBucketAcl,282\r\n");
        assertThat(csv.err()).contains("\"BytesScanned\":2048", "\"EventsScanned\":2900", "\"ResultsCount\":2");

        TarnRunner.Result failed = tarn.run("query", "--server", server.uri().toString(), "SELECT nosuchcolumn FROM cloudtrail");
        assertThat(failed.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(failed.err()).startsWith("Query failed (COLUMN_NOT_FOUND): line 1:8: Column 'nosuchcolumn' cannot be resolved\n");

        TarnRunner.Result unreachable = tarn.run("query", "--server", "http://127.0.0.1:1", "SELECT 1");
        assertThat(unreachable.status()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(unreachable.err()).contains("SERVER_UNREACHABLE");

        TarnRunner.Result notUrl = tarn.run("query", "--server", "localhost:8080", "SELECT 1");
        assertThat(notUrl.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(notUrl.err()).contains("--server must be an http or https URL");
    }

    @Test
    public void testUnreachableServer()
    {
        TrinoShellClient nowhere = new TrinoShellClient(java.net.URI.create("http://127.0.0.1:1"), "alice", Optional.empty());
        assertThatThrownBy(() -> nowhere.execute("SELECT 1"))
                .isInstanceOfSatisfying(TarnException.class, e -> assertThat(e.getErrorCode().name()).isEqualTo("SERVER_UNREACHABLE"))
                .hasMessageStartingWith("Cannot reach the server at http://127.0.0.1:1: ");
    }

    private static void drain(ShellQuery query)
    {
        try (query) {
            while (query.nextRows() != null) {
                // All pages, so that the session headers are read
            }
        }
    }
}
