package io.tarn.cli.shell;

import io.tarn.cli.ExitCodes;
import io.tarn.cli.TarnRunner;
import io.tarn.cli.TestingSampleServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code tarn query --server} against a real {@code tarn serve} (the other client tests use a hand-written
 * protocol server): the same statement gives the same rows remotely as locally, and errors keep their code and
 * position.
 */
public class TestQueryOnRealServer
{
    @TempDir
    private static Path directory;

    private static TestingSampleServer server;

    @BeforeAll
    public static void startServer()
    {
        server = TestingSampleServer.start(directory, Optional.empty(), lakeDirectory -> {});
    }

    @AfterAll
    public static void stopServer()
    {
        if (server != null) {
            server.close();
        }
    }

    @Test
    public void testRemoteRowsEqualLocalRows()
    {
        TarnRunner tarn = new TarnRunner(Map.of(), Clock.systemUTC());
        String sql = "SELECT eventSource, count(*) AS events, min(eventTime) AS first FROM cloudtrail "
                + "WHERE eventTime >= '2023-07-10 12:00:00' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 5";

        TarnRunner.Result local = tarn.run("--lake", lakeDirectory(), "query", "--format", "csv", sql);
        TarnRunner.Result remote = tarn.run("query", "--server", server.uri().toString(), "--format", "csv", "--stats", sql);

        assertThat(local.status()).as(local.err()).isZero();
        assertThat(remote.status()).as(remote.err()).isZero();
        assertThat(remote.out()).isEqualTo(local.out());
        assertThat(remote.out().lines().count()).isEqualTo(6);
        assertThat(remote.err()).containsPattern("\"BytesScanned\":[1-9]");
    }

    @Test
    public void testRemoteErrorKeepsCodeAndPosition()
    {
        TarnRunner.Result failed = new TarnRunner(Map.of(), Clock.systemUTC())
                .run("query", "--server", server.uri().toString(), "SELECT eventName,\n       nosuchcolumn FROM cloudtrail");

        assertThat(failed.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(failed.err()).contains("COLUMN_NOT_FOUND", "line 2:8");
    }

    private static String lakeDirectory()
    {
        return TestingSampleServer.lakeDirectory(directory);
    }
}
