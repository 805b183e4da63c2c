package io.tarn.cli;

import io.tarn.cli.TarnRunner.Result;
import io.tarn.storage.TestingClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

public class TestTarnCli
{
    private static final TestingClock CLOCK = new TestingClock(Instant.parse("2024-03-01T10:15:30.123Z"));

    @TempDir
    private Path directory;

    @Test
    public void testHelp()
    {
        Result result = run("--help");

        assertThat(result.status()).isZero();
        assertThat(result.out())
                .contains("Usage: tarn [-hV] [--debug] [--lake=DIR] [--metadata-dir=DIR] [COMMAND]")
                .contains("  eds             Manage event data stores")
                .contains("  serve           Serve the lake over HTTP: the REST API")
                .containsSubsequence("\n  quickstart ", "\n  eds ", "\n  ingest ", "\n  query ", "\n  shell ", "\n  queries ", "\n  saved ", "\n  samples ",
                        "\n  verify-results ", "\n  keys ", "\n  compact ", "\n  maintain ", "\n  serve ")
                .contains("Exit status:", "  2  the command line is not valid");
        // Help wraps at the terminal's width
        assertThat(result.out().replaceAll("\\s+", " ")).contains("The lake: a directory or a Hadoop URI (default: $TARN_LAKE, else ./lake).");
        assertThat(result.err()).isEmpty();
    }

    @Test
    public void testVersion()
    {
        Result result = run("--version");

        assertThat(result.status()).isZero();
        assertThat(result.out()).matches("tarn \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
    }

    @Test
    public void testUsageErrors()
    {
        Result missing = run();
        assertThat(missing.status()).isEqualTo(ExitCodes.USAGE_ERROR);
        assertThat(missing.err())
                .startsWith("tarn: Missing command: give one of quickstart, eds, ")
                .contains(", query, ")
                .contains(", serve")
                .endsWith("\nTry 'tarn --help' for more information.\n");
        assertThat(missing.out()).isEmpty();

        Result unknown = run("frobnicate");
        assertThat(unknown.status()).isEqualTo(ExitCodes.USAGE_ERROR);
        assertThat(unknown.err()).startsWith("tarn: Unmatched argument at index 0: 'frobnicate'");

        Result missingSubcommand = run("eds");
        assertThat(missingSubcommand.status()).isEqualTo(ExitCodes.USAGE_ERROR);
        assertThat(missingSubcommand.err()).isEqualTo("tarn: Missing command: give one of create, list, show, update, stop-ingestion, start-ingestion, delete, restore\n"
                + "Try 'tarn eds --help' for more information.\n");

        Result missingName = run("eds", "create", "--lake", directory.toString());
        assertThat(missingName.status()).isEqualTo(ExitCodes.USAGE_ERROR);
        assertThat(missingName.err()).isEqualTo("tarn: Missing required parameter: 'NAME'\nTry 'tarn eds create --help' for more information.\n");
    }

    @Test
    public void testLakeMustExistExceptForCreate()
    {
        Path missing = directory.resolve("missing");
        Result result = run("--lake", missing.toString(), "eds", "list");

        assertThat(result.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(result.err()).isEqualTo("tarn: No lake at '" + missing + "': create a store there with 'tarn eds create', "
                + "or name an existing lake with --lake or TARN_LAKE\n");
        assertThat(missing).doesNotExist();

        assertThat(run("--lake", missing.toString(), "eds", "create", "audit").status()).isZero();
        assertThat(missing.resolve("catalog.db")).isRegularFile();
    }

    @Test
    public void testLakeOptionAfterSubcommand()
    {
        Path lake = directory.resolve("lake");
        assertThat(run("eds", "create", "audit", "--lake", lake.toString()).status()).isZero();

        Result list = run("eds", "list", "--lake", lake.toString());
        assertThat(list.status()).isZero();
        assertThat(list.out()).contains("audit");
    }

    /**
     * A lake named like a command is the lake, not the command: the command is the first word that is not an
     * option's value.
     */
    @Test
    public void testLakeNamedLikeCommand()
    {
        Result list = run("--lake", "query", "--metadata-dir", "serve", "eds", "list");
        assertThat(list.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(list.err()).startsWith("tarn: No lake at '" + Path.of("query").toAbsolutePath() + "'");
    }

    @Test
    public void testLakeFromEnvironment()
    {
        Path lake = directory.resolve("from-environment");
        TarnRunner runner = new TarnRunner(Map.of(TarnCli.LAKE_VARIABLE, lake.toString()), CLOCK);

        assertThat(runner.run("eds", "create", "audit").status()).isZero();
        assertThat(lake.resolve("catalog.db")).isRegularFile();
        // --lake wins over the environment
        Result other = runner.run("--lake", directory.resolve("other").toString(), "eds", "list");
        assertThat(other.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(other.err()).contains("No lake at '" + directory.resolve("other") + "'");
    }

    @Test
    public void testDefaultLakeIsRelativeToWorkingDirectory()
    {
        Result result = run("eds", "list");

        assertThat(result.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(result.err()).startsWith("tarn: No lake at '" + Path.of("lake").toAbsolutePath() + "'");
    }

    @Test
    public void testErrorsWithCodeAndDebugStackTrace()
    {
        String lake = directory.toString();
        run("--lake", lake, "eds", "create", "audit");

        Result plain = run("--lake", lake, "eds", "show", "missing");
        assertThat(plain.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(plain.err()).isEqualTo("tarn: Event data store 'missing' not found [EVENT_DATA_STORE_NOT_FOUND]\n");
        assertThat(plain.out()).isEmpty();

        Result debug = run("--lake", lake, "eds", "show", "missing", "--debug");
        assertThat(debug.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(debug.err())
                .startsWith("tarn: Event data store 'missing' not found [EVENT_DATA_STORE_NOT_FOUND]\nio.tarn.error.TarnException: Event data store 'missing' not found\n")
                .contains("\tat io.tarn.storage.impl.catalog.SqliteEventDataStoreCatalog");
    }

    @Test
    public void testLakeThatIsNotLocal()
    {
        Result withoutMetadata = run("--lake", "nosuch://host/lake", "eds", "create", "audit");
        assertThat(withoutMetadata.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(withoutMetadata.err()).isEqualTo("tarn: The lake at 'nosuch://host/lake' is not on the local file system, so it needs a metadata directory: "
                + "a local directory for its catalog database [INVALID_PARAMETER]\n");

        // A file system Hadoop does not know is a failure outside Tarn
        Result unknownScheme = run("--lake", "nosuch://host/lake", "--metadata-dir", directory.toString(), "eds", "create", "audit");
        assertThat(unknownScheme.status()).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(unknownScheme.err()).startsWith("tarn: Cannot open the file system of the lake at 'nosuch://host/lake': ").endsWith("[STORAGE_IO_ERROR]\n");
    }

    @Test
    public void testSeparateMetadataDirectory()
    {
        Path lake = directory.resolve("data");
        Path metadata = directory.resolve("metadata");

        assertThat(run("--lake", lake.toString(), "--metadata-dir", metadata.toString(), "eds", "create", "audit").status()).isZero();
        assertThat(metadata.resolve("catalog.db")).isRegularFile();
        assertThat(lake.resolve("catalog.db")).doesNotExist();
    }

    private Result run(String... args)
    {
        return new TarnRunner(Map.of(), CLOCK).run(args);
    }
}
