package io.tarn.cli.shell;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.cli.CliTesting;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static io.tarn.cli.shell.TerminalSession.CTRL_C;
import static io.tarn.cli.shell.TerminalSession.CTRL_D;
import static io.tarn.cli.shell.TerminalSession.TAB;
import static io.tarn.cli.shell.TerminalSession.UP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code tarn shell} in a real terminal, used as a person uses it: typing, completing, cancelling, reading.
 * The lake holds the sample CloudTrail events in a store with ten years of retention (the events are from
 * 2023).
 */
public class TestShellInTerminal
{
    private static final int COLUMNS = 160;
    private static final int ROWS = 50;

    @TempDir
    private static Path directory;
    private static Path lake;
    private static List<JsonNode> events;

    @TempDir
    private Path home;

    @BeforeAll
    public static void createLake()
    {
        lake = directory.resolve("lake");
        CliTesting tarn = new CliTesting(lake, Clock.systemUTC());
        tarn.tarn("eds", "create", "cloudtrail", "--retention-days", "3653");
        tarn.tarn("ingest", "--eds", "cloudtrail", SampleEvents.DIRECTORY.toString());
        events = SampleEvents.all();
    }

    @Test
    public void testMultiLineStatementPrintsAlignedTableAndSummary()
            throws Exception
    {
        Map<String, Long> bySource = events.stream().collect(Collectors.groupingBy(event -> SampleEvents.text(event, "eventSource"), TreeMap::new, Collectors.counting()));
        List<Map.Entry<String, Long>> top = bySource.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(3)
                .toList();
        int nameWidth = Math.max("eventsource".length(), top.stream().mapToInt(entry -> entry.getKey().length()).max().orElseThrow());
        int countWidth = Math.max("events".length(), String.valueOf(top.get(0).getValue()).length());

        try (TerminalSession shell = start()) {
            shell.prompt();
            shell.line("SELECT eventSource, count(*) AS events");
            shell.waitFor("(?m)^ +->$");
            shell.line("FROM cloudtrail GROUP BY eventSource");
            shell.waitFor("(?m)^ +->$");
            shell.line("ORDER BY events DESC, eventSource LIMIT 3;");
            String shown = shell.waitFor("rows in .*\\n");

            StringBuilder table = new StringBuilder();
            table.append(" ").append(centre("eventsource", nameWidth)).append(" | ").append(centre("events", countWidth).stripTrailing()).append("\n");
            table.append("-").append("-".repeat(nameWidth)).append("-+-").append("-".repeat(countWidth)).append("-\n");
            for (Map.Entry<String, Long> entry : top) {
                table.append(" ").append(pad(entry.getKey(), nameWidth)).append(" | ")
                        .append(" ".repeat(countWidth - String.valueOf(entry.getValue()).length())).append(entry.getValue()).append("\n");
            }
            assertThat(shown).contains(table.toString());
            assertThat(shown).containsPattern("\\n3 rows in \\d+\\.\\d\\ds: BytesScanned [1-9][\\d,]* \\([\\d.]+kB\\), EventsScanned %,d, EventsMatched %,d\\n"
                    .formatted(events.size(), events.size()));
            shell.prompt();
            shell.type(CTRL_D);
            assertThat(shell.waitForExit()).isZero();
        }
    }

    @Test
    public void testCompletesNestedColumnNames()
            throws Exception
    {
        String latestIssuer = events.stream()
                .map(event -> SampleEvents.text(event, "userIdentity", "sessionContext", "sessionIssuer", "arn"))
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElseThrow();

        try (TerminalSession shell = start()) {
            shell.prompt();
            shell.type("SELECT userIdentity.sessionContext." + TAB);
            // The fields of sessionContext are listed
            String listed = shell.waitFor("webidfederationdata");
            assertThat(listed).contains("attributes", "sessionissuer", "sourceidentity", "ec2roledelivery");
            shell.type("sessionI" + TAB);
            shell.waitFor("(?m)sessionissuer$");
            shell.type(".ar" + TAB);
            shell.waitFor("(?m)sessionissuer\\.arn$");
            shell.line("FROM cloudtrail ORDER BY 1 DESC LIMIT 1;");
            String shown = shell.waitFor("rows? in ");
            // Completion typed sessionissuer and arn: the query ran and shows the greatest issuer ARN of the data
            assertThat(shown).contains("SELECT userIdentity.sessionContext.sessionissuer.arn FROM cloudtrail");
            assertThat(shown).contains(" " + latestIssuer + "\n");
            shell.prompt();
            shell.type(CTRL_D);
            assertThat(shell.waitForExit()).isZero();
        }
    }

    @Test
    public void testCtrlCCancelsLongQueryAndShellSurvives()
            throws Exception
    {
        try (TerminalSession shell = start()) {
            shell.prompt();
            // 2,900 cubed rows: runs until cancelled
            shell.line("SELECT count(*) FROM cloudtrail a CROSS JOIN cloudtrail b CROSS JOIN cloudtrail c WHERE a.eventName <> c.eventName;");
            shell.waitFor("Running \\d+\\.\\d+s: [\\d,]+ events scanned, [\\d.]+[kM]?B scanned \\(Ctrl-C cancels\\)");
            shell.type(CTRL_C);
            String cancelled = shell.prompt();
            assertThat(cancelled).containsPattern("Query cancelled after \\d+\\.\\d+s \\(0 rows shown\\): BytesScanned [1-9][\\d,]* \\([\\d.]+kB\\), EventsScanned [\\d,]+, EventsMatched [\\d,]+");

            shell.line("SELECT count(*) AS events FROM cloudtrail;");
            String counted = shell.waitFor("rows? in ");
            assertThat(counted).contains(" events\n--------\n   " + events.size() + "\n");

            shell.prompt();
            shell.line("\\stats");
            String statistics = shell.waitFor("RowGroupsSkipped .*\\n");
            assertThat(statistics)
                    .containsPattern("\nStatus +FINISHED\n")
                    .containsPattern("\nRows +1\n")
                    .containsPattern("EventsScanned +%,d\\n".formatted(events.size()));
            shell.prompt();
            shell.type(CTRL_D);
            assertThat(shell.waitForExit()).isZero();
        }
    }

    @Test
    public void testCtrlCClearsInputAndTwiceAtEmptyPromptLeaves()
            throws Exception
    {
        try (TerminalSession shell = start()) {
            shell.prompt();
            shell.type("SELECT 1");
            shell.type(CTRL_C);
            shell.prompt();
            shell.line("SELECT 2 AS two;");
            String shown = shell.waitFor("rows? in ");
            assertThat(shown).contains(" two\n-----\n   2\n");
            shell.prompt();
            shell.type(CTRL_C);
            shell.waitFor("Ctrl-C again or Ctrl-D to leave");
            shell.prompt();
            shell.type(CTRL_C);
            assertThat(shell.waitForExit()).isZero();
        }
    }

    @Test
    public void testErrorShowsCodeMessageAndCaret()
            throws Exception
    {
        try (TerminalSession shell = start()) {
            shell.prompt();
            shell.line("SELECT eventName,");
            shell.line("  nosuchcolumn FROM cloudtrail;");
            String shown = shell.waitFor("\\^\\n");
            assertThat(shown).contains("Query failed (COLUMN_NOT_FOUND): ")
                    .contains("'nosuchcolumn'")
                    .contains("\n  nosuchcolumn FROM cloudtrail\n  ^\n");
            shell.prompt();
            shell.type(CTRL_D);
            assertThat(shell.waitForExit()).isZero();
        }
    }

    @Test
    public void testHistoryIsKeptAcrossSessions()
            throws Exception
    {
        Path history = home.resolve("history");
        try (TerminalSession shell = start(Map.of(ShellCommand.HISTORY_VARIABLE, history.toString()))) {
            shell.prompt();
            shell.line("SELECT 'kept' AS word,");
            shell.line("  42 AS answer;");
            shell.waitFor("rows? in ");
            shell.prompt();
            shell.type(CTRL_D);
            assertThat(shell.waitForExit()).isZero();
        }
        assertThat(Files.readString(history)).contains("SELECT 'kept' AS word,\\n  42 AS answer;");

        try (TerminalSession shell = start(Map.of(ShellCommand.HISTORY_VARIABLE, history.toString()))) {
            shell.prompt();
            shell.type(UP);
            shell.waitFor("42 AS answer;");
            shell.type(TerminalSession.ENTER);
            String shown = shell.waitFor("rows? in ");
            assertThat(shown).contains(" word | answer\n------+--------\n kept |     42\n");
            shell.prompt();
            shell.type(CTRL_D);
            assertThat(shell.waitForExit()).isZero();
        }
    }

    @Test
    public void testWideRowsAreShownVertically()
            throws Exception
    {
        JsonNode first = events.stream().min(Comparator.comparing((JsonNode event) -> SampleEvents.text(event, "eventTime"))
                .thenComparing(event -> SampleEvents.text(event, "eventID"))).orElseThrow();
        try (TerminalSession shell = start()) {
            shell.prompt();
            shell.line("SELECT eventID, eventName, userAgent, eventJson FROM cloudtrail ORDER BY eventTime, eventID LIMIT 1;");
            String shown = shell.waitFor("rows? in ");
            assertThat(shown).contains("-[ RECORD 1 ]")
                    .contains("\neventid   | " + SampleEvents.text(first, "eventID") + "\n")
                    .contains("\neventname | " + SampleEvents.text(first, "eventName") + "\n");
            shell.prompt();
            shell.line("\\x off");
            shell.waitFor("Vertical layout is off");
            shell.prompt();
            shell.line("SELECT eventID, eventName FROM cloudtrail ORDER BY eventTime, eventID LIMIT 1;");
            String table = shell.waitFor("rows? in ");
            assertThat(table).contains(" " + SampleEvents.text(first, "eventID") + " | " + SampleEvents.text(first, "eventName") + "\n");
            shell.prompt();
            shell.type(CTRL_D);
            assertThat(shell.waitForExit()).isZero();
        }
    }

    private TerminalSession start()
            throws Exception
    {
        return start(Map.of());
    }

    private TerminalSession start(Map<String, String> environment)
            throws Exception
    {
        Map<String, String> variables = new TreeMap<>(Map.of(ShellCommand.HISTORY_VARIABLE, home.resolve("history").toString(), "HOME", home.toString()));
        variables.putAll(environment);
        return TerminalSession.start(home, variables, COLUMNS, ROWS, "--lake", lake.toString(), "shell");
    }

    private static String centre(String text, int width)
    {
        int left = (width - text.length()) / 2;
        return " ".repeat(left) + text + " ".repeat(width - text.length() - left);
    }

    private static String pad(String text, int width)
    {
        return text + " ".repeat(width - text.length());
    }
}
