package io.tarn.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the launcher script {@code ./tarn} on the packaged jar (failsafe runs this after {@code package}).
 * {@code TARN_SKIP_BUILD=1} keeps the script from starting Maven inside the build.
 */
public class TestTarnLauncherIT
{
    private static Path launcher;

    @TempDir
    private Path directory;

    @BeforeAll
    public static void findLauncher()
    {
        launcher = Path.of(requireNonNull(System.getProperty("tarn.launcher"), "system property tarn.launcher is not set")).toAbsolutePath().normalize();
        assertThat(launcher).isExecutable();
    }

    @Test
    public void testRunsFromAnyDirectoryAndThroughLinks()
            throws Exception
    {
        Path link = Files.createSymbolicLink(directory.resolve("tarn-link"), launcher);

        Run version = run(link, Map.of(), "--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("tarn ");
        assertThat(version.err()).isEmpty();

        Run created = run(launcher, Map.of(), "--lake", "my-lake", "eds", "create", "audit", "--output", "json");
        assertThat(created.status()).as(created.err()).isZero();
        assertThat(created.out()).contains("\"Name\": \"audit\"", "\"Status\": \"CREATED\"");
        assertThat(directory.resolve("my-lake/catalog.db")).isRegularFile();
    }

    @Test
    public void testPassesExitStatusAndErrors()
            throws Exception
    {
        Run run = run(launcher, Map.of("TARN_LAKE", directory.toString()), "eds", "create", "a");

        assertThat(run.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("tarn: Event data store name 'a' is not valid: it must be 3 to 128 characters long [INVALID_PARAMETER]\n");

        Run usage = run(launcher, Map.of(), "eds", "create");
        assertThat(usage.status()).isEqualTo(ExitCodes.USAGE_ERROR);
    }

    @Test
    public void testHelpLoadsNoHeavyLibrary()
            throws Exception
    {
        Path classes = directory.resolve("classes.txt");
        Run help = run(launcher, Map.of("JAVA_OPTS", "-Xlog:class+load=info:file=" + classes), "eds", "create", "--help");

        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("Usage: tarn eds create");
        assertThat(Files.readAllLines(classes)).isNotEmpty()
                .noneMatch(line -> line.contains("org.apache.hadoop") || line.contains("org.sqlite") || line.contains("org.apache.calcite")
                        || line.contains("org.apache.orc"));
    }

    /**
     * The first command of the README, as a newcomer runs it: with the class archive the launcher records on
     * the first run after a build and maps on the next.
     */
    @Test
    public void testQuickstartThenQuery()
            throws Exception
    {
        Map<String, String> withArchive = Map.of("TARN_CLASS_ARCHIVE", "1");
        Run quickstart = run(launcher, withArchive, "quickstart");
        assertThat(quickstart.status()).as(quickstart.err()).isZero();
        assertThat(quickstart.err()).doesNotContain("could not record");
        assertThat(quickstart.out())
                .contains("Created store cloudtrail (")
                .contains(" stored, 0 filtered by selectors")
                .contains("Try next:\n  " + launcher + " query ");
        assertThat(launcher.resolveSibling("cli/target/tarn.jsa")).isRegularFile();

        Run query = run(launcher, withArchive, "query", "--format", "csv", "SELECT count(DISTINCT eventSource) FROM cloudtrail");
        assertThat(query.status()).as(query.err()).isZero();
        assertThat(query.err()).isEmpty();
        // The 29 sources counted on the raw files (see ../shared/data/README.md).
        assertThat(query.out()).isEqualTo("_col0\r\n29\r\n");
    }

    private Run run(Path script, Map<String, String> environment, String... args)
            throws IOException, InterruptedException
    {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().remove("TARN_LAKE");
        builder.environment().put("TARN_SKIP_BUILD", "1");
        builder.environment().put("TARN_CLASS_ARCHIVE", "0");
        builder.environment().putAll(environment);
        Path out = Files.createTempFile(directory, "out", ".txt");
        Path err = Files.createTempFile(directory, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("tarn did not finish: " + command);
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Run(int status, String out, String err) {}
}
