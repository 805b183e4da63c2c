package io.tarn.cli.saved;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tarn.cli.CliTesting;
import io.tarn.cli.ExitCodes;
import io.tarn.cli.TarnRunner.Result;
import io.tarn.engine.service.SampleQueries;
import io.tarn.storage.TestingClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

public class TestSavedCommands
{
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant START = Instant.parse("2024-03-01T10:15:30.123Z");
    private static final String LABELS = "SELECT n FROM (VALUES (1, 'a'), (2, 'b'), (3, 'c')) AS t(n, label) WHERE label = :label OR n = CAST(:n AS integer) ORDER BY n";

    @TempDir
    private Path directory;
    private final TestingClock clock = new TestingClock(START);

    @Test
    public void testCreateShowUpdateDelete()
            throws IOException
    {
        CliTesting cli = cli();
        cli.tarn("eds", "create", "audit");
        assertThat(cli.tarn("saved", "list")).isEqualTo("No saved queries.\n");

        String created = cli.tarn("saved", "create", "by label", "--sql", LABELS, "--description", "Rows with a label", "--default", "n=0");
        assertThat(created)
                .startsWith("Name:         by label\nId:           ")
                .contains("Description:  Rows with a label\n")
                .contains("Parameters:   label, n (default 0)\n")
                .contains("Created:      2024-03-01 10:15:30 UTC\n")
                .endsWith("SQL:\n  " + LABELS + "\n");
        JsonNode shown = JSON.readTree(cli.tarn("saved", "show", "BY LABEL", "--output", "json"));
        assertThat(shown.get("Name").asText()).isEqualTo("by label");
        assertThat(shown.get("QueryString").asText()).isEqualTo(LABELS);
        assertThat(shown.get("Parameters")).isEqualTo(JSON.readTree("[\"label\", \"n\"]"));
        assertThat(shown.get("Defaults")).isEqualTo(JSON.readTree("{\"n\": \"0\"}"));
        assertThat(shown.get("CreatedTime").asText()).isEqualTo("2024-03-01T10:15:30.123000+00:00");
        String id = shown.get("Id").asText();

        Files.writeString(directory.resolve("other.sql"), "SELECT count(*) AS c FROM :eds\n");
        cli.tarn("saved", "create", "count", "--sql-file", directory.resolve("other.sql").toString());
        assertThat(cli.tarn("saved", "list")).matches("""
                NAME      PARAMETERS  UPDATED                  ID
                by label  label, n    2024-03-01 10:15:30 UTC  %s
                count     eds         2024-03-01 10:15:30 UTC  [0-9a-f-]{36}
                """.formatted(id));
        assertThat(JSON.readTree(cli.tarn("saved", "list", "-o", "json")).get("SavedQueries")).hasSize(2);

        Result duplicate = cli.run("saved", "create", "COUNT", "--sql", "SELECT 1");
        assertThat(duplicate.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(duplicate.err()).isEqualTo("tarn: A saved query named 'count' already exists [SAVED_QUERY_ALREADY_EXISTS]\n");
        Result noSql = cli.run("saved", "create", "empty");
        assertThat(noSql.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(noSql.err()).isEqualTo("tarn: Give the query's SQL with --sql or --sql-file\n");

        JsonNode updated = JSON.readTree(cli.tarn("saved", "update", id, "--name", "labels", "--default", "n=2", "-o", "json"));
        assertThat(updated.get("Name").asText()).isEqualTo("labels");
        assertThat(updated.get("Defaults")).isEqualTo(JSON.readTree("{\"n\": \"2\"}"));
        assertThat(JSON.readTree(cli.tarn("saved", "update", "labels", "--clear-defaults", "-o", "json")).get("Defaults")).isEmpty();

        assertThat(cli.tarn("saved", "delete", "labels")).isEqualTo("Deleted saved query 'labels'\n");
        Result missing = cli.run("saved", "show", "labels");
        assertThat(missing.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(missing.err()).isEqualTo("tarn: Saved query 'labels' not found [SAVED_QUERY_NOT_FOUND]\n");
    }

    @Test
    public void testRun()
            throws IOException
    {
        CliTesting cli = cli();
        cli.tarn("eds", "create", "audit");
        cli.tarn("saved", "create", "by label", "--sql", LABELS, "--default", "n=0");

        assertThat(cli.tarn("saved", "run", "by label", "--param", "label=b")).isEqualTo("n\n2\n(1 row, 0 bytes scanned, FINISHED)\n");
        assertThat(cli.tarn("saved", "run", "by label", "-p", "label=a", "-p", "n=3", "--format", "csv")).isEqualTo("n\r\n1\r\n3\r\n");
        // The value is a value: pasted into the SQL it would match every row
        assertThat(cli.tarn("saved", "run", "by label", "-p", "label=x' OR '1'='1", "--format", "csv")).isEqualTo("n\r\n");
        JsonNode json = JSON.readTree(cli.tarn("saved", "run", "by label", "-p", "label=c", "--format", "json"));
        assertThat(json.get("QueryResultRows")).isEqualTo(JSON.readTree("[[{\"n\": \"3\"}]]"));
        assertThat(json.get("QueryStatus").asText()).isEqualTo("FINISHED");

        Result missing = cli.run("saved", "run", "by label");
        assertThat(missing.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(missing.err()).isEqualTo("tarn: Give a value for parameter label [MISSING_QUERY_PARAMETER]\n");
        Result badCast = cli.run("saved", "run", "by label", "-p", "label=a", "-p", "n=many");
        assertThat(badCast.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(badCast.err()).contains("[INVALID_CAST_ARGUMENT]");

        cli.tarn("saved", "create", "count", "--sql", "SELECT count(*) AS c FROM :eds");
        assertThat(cli.tarn("saved", "run", "count", "-p", "eds=audit")).isEqualTo("c\n0\n(1 row, 0 bytes scanned, FINISHED)\n");
        Result notAStore = cli.run("saved", "run", "count", "-p", "eds=audit\" --");
        assertThat(notAStore.err()).isEqualTo("tarn: Parameter eds must name an event data store (its id, name or ARN); "
                + "event data store 'audit\" --' not found [EVENT_DATA_STORE_NOT_FOUND]\n");
    }

    @Test
    public void testSamples()
            throws IOException
    {
        CliTesting cli = cli();
        String list = cli.tarn("samples", "list");
        assertThat(list).startsWith("ID  ").contains("console-changes").contains("Investigate who made console changes").contains("eds: CLOUDTRAIL");
        assertThat(list.lines().count()).isEqualTo(SampleQueries.all().size() + 1);
        assertThat(JSON.readTree(cli.tarn("samples", "list", "-o", "json")).get("SampleQueries")).hasSize(SampleQueries.all().size());
        assertThat(cli.tarn("samples", "show", "guide-q13"))
                .contains("Source:       guide Q13 [L12677-12679]\n")
                .contains("Stores:       eds: CLOUDTRAIL\n")
                .endsWith("SQL:\n  SELECT eventID, eventTime FROM :eds LIMIT 10\n");
        assertThat(JSON.readTree(cli.tarn("samples", "show", "Investigate user actions", "-o", "json")).get("EventDataStoreTypes"))
                .isEqualTo(JSON.readTree("{\"eds\": \"CLOUDTRAIL\"}"));

        cli.tarn("eds", "create", "audit");
        cli.tarn("eds", "create", "config", "--category", "ConfigurationItem");
        assertThat(cli.tarn("samples", "run", "guide-q13", "-p", "eds=audit", "--format", "csv")).isEqualToIgnoringCase("eventID,eventTime\r\n");
        Result wrongType = cli.run("samples", "run", "guide-q13", "-p", "eds=config");
        assertThat(wrongType.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(wrongType.err()).isEqualTo("tarn: Parameter eds needs a CLOUDTRAIL event data store, but 'config' is a CONFIGURATION_ITEMS store [WRONG_EVENT_DATA_STORE_TYPE]\n");

        Result change = cli.run("saved", "update", "guide-q13", "--description", "mine");
        assertThat(change.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(change.err()).isEqualTo("tarn: 'guide-q13' is a sample query, which cannot be changed or deleted; copy it into a saved query first [SAMPLE_QUERY_READ_ONLY]\n");
        assertThat(cli.tarn("samples", "copy", "guide-q13", "first ten")).startsWith("Name:         first ten\n");
        assertThat(cli.tarn("saved", "update", "first ten", "--description", "mine")).contains("Description:  mine\n");
        assertThat(cli.tarn("saved", "run", "first ten", "-p", "eds=audit", "--format", "csv")).isEqualToIgnoringCase("eventID,eventTime\r\n");

        for (List<String> command : List.of(List.of("saved", "create"), List.of("saved", "run"), List.of("saved", "update"), List.of("samples", "run"),
                List.of("samples", "copy"), List.of("samples", "list"))) {
            Result help = cli.run(command.get(0), command.get(1), "--help");
            assertThat(help.out()).contains("Usage: tarn " + String.join(" ", command), "Examples:");
        }
    }

    private CliTesting cli()
    {
        return new CliTesting(directory.resolve("lake"), clock);
    }
}
