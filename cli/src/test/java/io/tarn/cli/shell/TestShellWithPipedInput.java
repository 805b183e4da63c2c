package io.tarn.cli.shell;

import io.tarn.cli.CliTesting;
import io.tarn.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code tarn shell < script.sql}: without a terminal the shell prints only results, and its exit status says
 * whether every statement succeeded.
 */
public class TestShellWithPipedInput
{
    @TempDir
    private Path directory;

    @Test
    public void testRunsStatementsAndExitsZero()
            throws Exception
    {
        Path lake = lake();
        PipedShell.Run run = shell(lake, "SELECT 1 AS one;\nSELECT 'two' AS word\n  , 2 AS two; SHOW TABLES;\n");
        assertThat(run.status()).as(run.output()).isZero();
        assertThat(run.output())
                .contains(" one\n-----\n   1\n")
                .contains(" word | two\n------+-----\n two  |   2\n")
                .contains("\n cloudtrail\n")
                .doesNotContain("tarn>");
    }

    @Test
    public void testStopsAtFirstFailureWithStatusOne()
            throws Exception
    {
        Path lake = lake();
        PipedShell.Run run = shell(lake, "SELECT 1 AS one;\nSELECT nosuchcolumn FROM cloudtrail;\nSELECT 3 AS three;\n");
        assertThat(run.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.output())
                .contains(" one\n-----\n   1\n")
                .contains("Query failed (COLUMN_NOT_FOUND): ")
                .doesNotContain("three");
    }

    private Path lake()
    {
        Path lake = directory.resolve("lake");
        new CliTesting(lake, Clock.systemUTC()).tarn("eds", "create", "cloudtrail");
        return lake;
    }

    private PipedShell.Run shell(Path lake, String input)
            throws Exception
    {
        return PipedShell.run(directory, input, Map.of(), "--lake", lake.toString(), "shell");
    }
}
