package io.tarn.cli.shell;

import io.tarn.cli.CliTesting;
import io.tarn.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
        Run run = shell(lake, "SELECT 1 AS one;\nSELECT 'two' AS word\n  , 2 AS two; SHOW TABLES;\n");
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
        Run run = shell(lake, "SELECT 1 AS one;\nSELECT nosuchcolumn FROM cloudtrail;\nSELECT 3 AS three;\n");
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

    private Run shell(Path lake, String input)
            throws Exception
    {
        Path script = directory.resolve("script.sql");
        Files.writeString(script, input);
        Path output = directory.resolve("output.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Duser.timezone=" + System.getProperty("user.timezone"),
                "-cp", System.getProperty("java.class.path"), "io.tarn.cli.TarnCli", "--lake", lake.toString(), "shell"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectInput(script.toFile())
                .redirectOutput(output.toFile())
                .redirectErrorStream(true);
        builder.environment().put("TARN_HISTORY_FILE", directory.resolve("history").toString());
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("tarn shell did not end");
        }
        return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    private record Run(int status, String output) {}
}
