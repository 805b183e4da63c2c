package io.tarn.cli.shell;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.tarn.cli.shell.TerminalSession.CTRL_C;
import static io.tarn.cli.shell.TerminalSession.CTRL_D;
import static io.tarn.cli.shell.TerminalSession.TAB;
import static io.tarn.cli.shell.TestingTrinoServer.columns;
import static io.tarn.cli.shell.TestingTrinoServer.row;
import static io.tarn.cli.shell.TestingTrinoServer.type;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code tarn shell --server URL} in a real terminal, on a server of the Trino client protocol: the same
 * completion, tables, errors and cancellation as on a local lake.
 */
public class TestShellOnServerInTerminal
{
    private static final String ISSUER_QUERY = "SELECT userIdentity.sessionContext.sessionissuer.arn FROM cloudtrail ORDER BY 1 LIMIT 2";
    private static final String LONG_QUERY = "SELECT count(*) FROM cloudtrail a CROSS JOIN cloudtrail b";

    @TempDir
    private Path home;

    @Test
    public void testCompletesQueriesCancelsAndShowsErrors()
            throws Exception
    {
        try (TestingTrinoServer server = new TestingTrinoServer()) {
            server.on("SHOW TABLES", TestingTrinoServer.Statement.rows(columns("Table", type("varchar")), List.of(List.of(List.of("cloudtrail"))), 0, 0))
                    .on("DESCRIBE \"cloudtrail\"", TestingTrinoServer.Statement.rows(
                            columns("Column", type("varchar"), "Type", type("varchar"), "Extra", type("varchar"), "Comment", type("varchar")),
                            List.of(List.of(
                                    List.of("eventname", "varchar", "", ""),
                                    List.of("useridentity", "row(type varchar, sessioncontext row(sessionissuer row(arn varchar, type varchar), "
                                            + "webidfederationdata row(federatedprovider varchar)))", "", ""))), 0, 0))
                    .on(ISSUER_QUERY, TestingTrinoServer.Statement.rows(columns("arn", type("varchar")), List.of(
                            List.of(List.of("arn:aws:iam::218007301253:role/AdminRole")),
                            List.of(List.of("arn:aws:iam::218007301253:role/aws-service-role/sso.amazonaws.com/AWSServiceRoleForSSO"))), 1024, 1450))
                    .on("SELECT eventName,\n  nosuchcolumn FROM cloudtrail", TestingTrinoServer.Statement.failure("COLUMN_NOT_FOUND", 47,
                            "Column 'nosuchcolumn' cannot be resolved", 2, 3))
                    .on(LONG_QUERY, TestingTrinoServer.Statement.endless(columns("_col0", type("bigint"))));

            try (TerminalSession shell = TerminalSession.start(home, Map.of(ShellCommand.HISTORY_VARIABLE, home.resolve("history").toString(), "HOME", home.toString()),
                    160, 50, "shell", "--server", server.uri().toString())) {
                assertThat(shell.prompt()).contains("on " + server.uri() + ".");

                shell.type("SELECT userIdentity.sessionContext.sessionI" + TAB);
                shell.waitFor("(?m)sessionissuer$");
                shell.type(".ar" + TAB);
                shell.waitFor("(?m)sessionissuer\\.arn$");
                shell.line("FROM cloudtrail ORDER BY 1 LIMIT 2;");
                String shown = shell.waitFor("rows? in .*\\n");
                String longest = "arn:aws:iam::218007301253:role/aws-service-role/sso.amazonaws.com/AWSServiceRoleForSSO";
                int left = (longest.length() - "arn".length()) / 2;
                assertThat(shown).contains(" " + " ".repeat(left) + "arn\n"
                        + "-".repeat(longest.length() + 2) + "\n"
                        + " arn:aws:iam::218007301253:role/AdminRole\n"
                        + " " + longest + "\n");
                // Two pages of 1,450 events and 1,024 bytes each
                assertThat(shown).containsPattern("\\n2 rows in \\d+\\.\\d\\ds: BytesScanned 2,048 \\([\\d.]+kB\\), EventsScanned 2,900, EventsMatched unknown\\n");

                shell.prompt();
                shell.line("SELECT eventName,");
                shell.line("  nosuchcolumn FROM cloudtrail;");
                String error = shell.waitFor("\\^\\n");
                assertThat(error).contains("Query failed (COLUMN_NOT_FOUND): line 2:3: Column 'nosuchcolumn' cannot be resolved\n")
                        .contains("\n  nosuchcolumn FROM cloudtrail\n  ^\n");

                shell.prompt();
                shell.line(LONG_QUERY + ";");
                shell.waitFor("Running \\d+\\.\\d+s: [\\d,]+ events scanned, [\\d.]+[kM]?B scanned \\(Ctrl-C cancels\\)");
                shell.type(CTRL_C);
                assertThat(shell.prompt()).containsPattern("Query cancelled after \\d+\\.\\d+s \\(0 rows shown\\): BytesScanned [1-9][\\d,]*");
                // The shell told the server, without waiting for its answer
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (server.requests().stream().noneMatch(request -> request.method().equals("DELETE")) && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(server.requests()).anyMatch(request -> request.method().equals("DELETE") && request.path().contains("/v1/statement/executing/"));

                shell.line(ISSUER_QUERY + ";");
                shell.waitFor("2 rows in ");
                shell.prompt();
                shell.type(CTRL_D);
                assertThat(shell.waitForExit()).isZero();
            }
        }
    }
}
