package io.tarn.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the launcher script {@code ./tarn} on the packaged jar (failsafe runs this after {@code package}).
 * {@code TARN_SKIP_BUILD=1} keeps the script from starting Maven inside the build.
 */
public class TestTarnLauncherIT
{
    // The launcher must not start Maven inside the build, and records no class archive unless a test asks
    private static final Map<String, String> LAUNCHER_VARIABLES = Map.of("TARN_SKIP_BUILD", "1", "TARN_CLASS_ARCHIVE", "0");

    private static Path launcher;

    @TempDir
    private Path directory;

    @BeforeAll
    public static void findLauncher()
    {
        // Failsafe (mvn verify) sets the property; a surefire run that names this class with -Dtest skips it
        assumeTrue(System.getProperty("tarn.launcher") != null, "run by failsafe: mvn verify");
        launcher = Path.of(requireNonNull(System.getProperty("tarn.launcher"), "system property tarn.launcher is not set")).toAbsolutePath().normalize();
        assertThat(launcher).isExecutable();
    }

    @Test
    public void testRunsFromAnyDirectoryAndThroughLinks()
            throws Exception
    {
        Path link = Files.createSymbolicLink(directory.resolve("tarn-link"), launcher);

        ScriptRun version = run(link, Map.of(), "--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("tarn ");
        assertThat(version.err()).isEmpty();

        ScriptRun created = run(launcher, Map.of(), "--lake", "my-lake", "eds", "create", "audit", "--output", "json");
        assertThat(created.status()).as(created.err()).isZero();
        assertThat(created.out()).contains("\"Name\": \"audit\"", "\"Status\": \"CREATED\"");
        assertThat(directory.resolve("my-lake/catalog.db")).isRegularFile();
    }

    @Test
    public void testPassesExitStatusAndErrors()
            throws Exception
    {
        ScriptRun run = run(launcher, Map.of("TARN_LAKE", directory.toString()), "eds", "create", "a");

        assertThat(run.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("tarn: Event data store name 'a' is not valid: it must be 3 to 128 characters long [INVALID_PARAMETER]\n");

        ScriptRun usage = run(launcher, Map.of(), "eds", "create");
        assertThat(usage.status()).isEqualTo(ExitCodes.USAGE_ERROR);
    }

    @Test
    public void testHelpLoadsNoHeavyLibrary()
            throws Exception
    {
        Path classes = directory.resolve("classes.txt");
        ScriptRun help = run(launcher, Map.of("JAVA_OPTS", "-Xlog:class+load=info:file=" + classes), "eds", "create", "--help");

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
        ScriptRun quickstart = run(launcher, withArchive, "quickstart");
        assertThat(quickstart.status()).as(quickstart.err()).isZero();
        assertThat(quickstart.err()).doesNotContain("could not record");
        assertThat(quickstart.out())
                .contains("Created store cloudtrail (")
                .contains(" stored, 0 filtered by selectors")
                .contains("Try next:\n  " + launcher + " query ");
        assertThat(launcher.resolveSibling("cli/target/tarn.jsa")).isRegularFile();

        ScriptRun query = run(launcher, withArchive, "query", "--format", "csv", "SELECT count(DISTINCT eventSource) FROM cloudtrail");
        assertThat(query.status()).as(query.err()).isZero();
        assertThat(query.err()).isEmpty();
        // The 29 sources counted on the raw files (see ../shared/data/README.md).
        assertThat(query.out()).isEqualTo("_col0\r\n29\r\n");
    }

    /**
     * {@code tarn serve} as an operator runs it: on a free port it says where it listens, answers the Trino
     * protocol, and on SIGTERM stops cleanly.
     */
    @Test
    public void testServeAnswersAndStopsOnSigterm()
            throws Exception
    {
        ScriptRun created = run(launcher, Map.of(), "eds", "create", "audit");
        assertThat(created.status()).as(created.err()).isZero();

        ProcessBuilder builder = ScriptRun.processBuilder(List.of(launcher.toString(), "serve", "--port", "0", "--output", "json"), directory, LAUNCHER_VARIABLES);
        Path err = directory.resolve("serve-err.txt");
        Process server = builder.redirectError(err.toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder json = new StringBuilder();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                json.append(line).append('\n');
                if (line.equals("}")) {
                    break;
                }
            }
            JsonNode addresses = new ObjectMapper().readTree(json.toString());
            URI uri = URI.create(addresses.get("Uri").asText());
            assertThat(addresses.get("JdbcUrl").asText()).isEqualTo("jdbc:trino://" + uri.getAuthority() + "/tarn/default");

            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> info = client.send(HttpRequest.newBuilder(uri.resolve("/v1/info")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(info.statusCode()).isEqualTo(200);
            assertThat(new ObjectMapper().readTree(info.body()).get("nodeVersion").get("version").asText()).isEqualTo("476");

            HttpResponse<String> statement = client.send(HttpRequest.newBuilder(uri.resolve("/v1/statement"))
                    .header("X-Trino-User", "test")
                    .POST(HttpRequest.BodyPublishers.ofString("SHOW TABLES"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(statement.statusCode()).isEqualTo(200);
            assertThat(new ObjectMapper().readTree(statement.body()).has("id")).isTrue();
        }
        finally {
            // Process.destroy sends SIGTERM
            server.destroy();
        }
        assertThat(server.waitFor(1, TimeUnit.MINUTES)).isTrue();
        String log = Files.readString(err, StandardCharsets.UTF_8);
        // 128 + 15: the status of a Java process ended by SIGTERM once its shutdown hooks have run
        assertThat(server.exitValue()).as(log).isEqualTo(143);
        assertThat(log).contains("\"POST /v1/statement\" 200", "Server stopped");
    }

    private ScriptRun run(Path script, Map<String, String> environment, String... args)
            throws IOException, InterruptedException
    {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(List.of(args));
        Map<String, String> variables = new HashMap<>(LAUNCHER_VARIABLES);
        variables.putAll(environment);
        return ScriptRun.run(command, directory, variables);
    }
}
