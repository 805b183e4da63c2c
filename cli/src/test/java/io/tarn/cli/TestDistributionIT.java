package io.tarn.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The distribution archive as a user gets it: unpacked somewhere else, run with only Java, from another
 * directory, with no Maven and no source tree (failsafe runs this after {@code package}).
 */
public class TestDistributionIT
{
    @TempDir
    private static Path installation;
    private static Path tarn;
    private static String version;

    @TempDir
    private Path directory;

    @BeforeAll
    public static void unpack()
            throws Exception
    {
        // Failsafe (mvn verify) sets the property; a surefire run that names this class with -Dtest skips it
        assumeTrue(System.getProperty("tarn.distribution") != null, "run by failsafe: mvn verify");
        Path archive = Path.of(requireNonNull(System.getProperty("tarn.distribution"), "system property tarn.distribution is not set"));
        version = requireNonNull(System.getProperty("tarn.version"), "system property tarn.version is not set");
        assertThat(archive).isRegularFile();
        Process tar = new ProcessBuilder("tar", "xzf", archive.toString(), "-C", installation.toString()).inheritIO().start();
        assertThat(tar.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(tar.exitValue()).isZero();
        Path home = installation.resolve("tarn-" + version);
        tarn = home.resolve("bin/tarn");
        assertThat(tarn).isExecutable();
        assertThat(home.resolve("NOTICE")).isRegularFile();
        assertThat(home.resolve("samples/cloudtrail/invictus-ir-aws_dataset/LICENSE.md")).isRegularFile();
        try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
            assertThat(jars.map(jar -> jar.getFileName().toString()).toList())
                    .contains("tarn-cli-" + version + ".jar", "tarn-engine-" + version + ".jar", "tarn-storage-" + version + ".jar")
                    .noneMatch(name -> name.startsWith("pty4j") || name.startsWith("junit"));
        }
    }

    @Test
    public void testVersion()
            throws Exception
    {
        ScriptRun run = run(Map.of(), "--version");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("tarn " + version + "\n");
    }

    /**
     * Quickstart finds the samples inside the installation, not in a source tree; then a query counts them.
     */
    @Test
    public void testQuickstartUsesBundledSamplesThenQuery()
            throws Exception
    {
        ScriptRun quickstart = run(Map.of(), "--lake", "lake", "quickstart", "--output", "json");
        assertThat(quickstart.status()).as(quickstart.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(quickstart.out());
        long events = sampleEvents();
        assertThat(report.get("Ingest").get("EventsStored").asLong()).isEqualTo(events);
        assertThat(report.get("TryNext").get(0).asText()).startsWith("tarn query ");

        ScriptRun query = run(Map.of("TARN_LAKE", directory.resolve("lake").toString()), "query", "--format", "csv",
                "SELECT count(*), count(DISTINCT eventSource) FROM cloudtrail");
        assertThat(query.status()).as(query.err()).isZero();
        assertThat(query.out()).isEqualTo("_col0,_col1\r\n" + events + "," + sampleEventSources() + "\r\n");

        // The commands keep one copy of the SQLite driver's native library in the cache instead of extracting it on every start
        try (Stream<Path> kept = Files.walk(directory.resolve("cache/native"))) {
            assertThat(kept.filter(Files::isRegularFile).map(path -> path.getFileName().toString()).toList())
                    .containsExactly(System.mapLibraryName("sqlitejdbc"));
        }
    }

    @Test
    public void testExitStatus()
            throws Exception
    {
        ScriptRun missingLake = run(Map.of(), "--lake", "nowhere", "eds", "list");
        assertThat(missingLake.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(missingLake.err()).startsWith("tarn: No lake at ");

        ScriptRun usage = run(Map.of(), "frobnicate");
        assertThat(usage.status()).isEqualTo(ExitCodes.USAGE_ERROR);
    }

    /**
     * The events in the bundled samples, counted on the raw files.
     */
    private static long sampleEvents()
            throws IOException
    {
        long count = 0;
        for (JsonNode file : sampleFiles()) {
            count += file.get("Records").size();
        }
        return count;
    }

    private static int sampleEventSources()
            throws IOException
    {
        Set<String> sources = new HashSet<>();
        for (JsonNode file : sampleFiles()) {
            file.get("Records").forEach(event -> sources.add(event.get("eventSource").asText()));
        }
        return sources.size();
    }

    private static List<JsonNode> sampleFiles()
            throws IOException
    {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(installation.resolve("tarn-" + version + "/samples/cloudtrail/invictus-ir-aws_dataset"))) {
            for (Path file : listing.filter(path -> path.toString().endsWith(".json")).toList()) {
                files.add(mapper.readTree(file.toFile()));
            }
        }
        return files;
    }

    private ScriptRun run(Map<String, String> environment, String... args)
            throws IOException, InterruptedException
    {
        List<String> command = new ArrayList<>();
        command.add(tarn.toString());
        command.addAll(List.of(args));
        Map<String, String> variables = new HashMap<>(Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "TARN_CLASS_ARCHIVE", "0",
                "TARN_CACHE_DIR", directory.resolve("cache").toString()));
        variables.putAll(environment);
        return ScriptRun.run(command, directory, variables);
    }
}
