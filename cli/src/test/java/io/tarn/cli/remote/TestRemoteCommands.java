package io.tarn.cli.remote;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.cli.ExitCodes;
import io.tarn.cli.JsonOutput;
import io.tarn.cli.TarnRunner;
import io.tarn.cli.TestingSampleServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands with {@code --server} against a real {@code tarn serve} that requires a token: each change is
 * checked in the lake itself (with a local command), and results equal the local ones.
 */
public class TestRemoteCommands
{
    private static final String TOKEN = "remote-0123456789abcdef";
    private static final Path SAMPLE = Path.of("../samples/cloudtrail/invictus-ir-aws_dataset/218007301253_CloudTrail_us-east-1_20230710T1145Z_7xgocspSowgK0Gto.json");

    @TempDir
    private static Path directory;

    private static TestingSampleServer server;

    @BeforeAll
    public static void startServer()
    {
        server = TestingSampleServer.start(directory, Optional.of(TOKEN), lakeDirectory -> {});
    }

    @AfterAll
    public static void stopServer()
    {
        if (server != null) {
            server.close();
        }
    }

    @Test
    public void testStoreLifecycle()
    {
        TarnRunner.Result created = remote("eds", "create", "remote-store", "--retention-days", "30", "--tag", "team=security");
        assertThat(created.out()).contains("Name:", "remote-store", "30 days", "team=security");
        assertThat(localStore("remote-store").path("RetentionPeriod").asInt()).isEqualTo(30);

        assertThat(json(remote("eds", "list", "--output", "json").out()).path("EventDataStores").findValuesAsText("Name")).contains("remote-store", "cloudtrail");
        assertThat(remote("eds", "list").out()).contains("remote-store", "cloudtrail", "NAME");
        assertThat(json(remote("eds", "show", "remote-store", "--output", "json").out()).path("Tags").path("team").asText()).isEqualTo("security");

        remote("eds", "update", "remote-store", "--retention-days", "90", "--no-termination-protection");
        JsonNode updated = localStore("remote-store");
        assertThat(updated.path("RetentionPeriod").asInt()).isEqualTo(90);
        assertThat(updated.path("TerminationProtectionEnabled").asBoolean()).isFalse();

        assertThat(remote("eds", "stop-ingestion", "remote-store").out()).contains("Stopped ingestion", "STOPPED_INGESTION");
        assertThat(localStore("remote-store").path("Status").asText()).isEqualTo("STOPPED_INGESTION");
        assertThat(json(remote("eds", "start-ingestion", "remote-store", "--output", "json").out()).path("Status").asText()).isEqualTo("ENABLED");
        assertThat(localStore("remote-store").path("Status").asText()).isEqualTo("ENABLED");

        assertThat(remote("eds", "delete", "remote-store").out()).contains("pending deletion");
        assertThat(localStore("remote-store").path("Status").asText()).isEqualTo("PENDING_DELETION");
        assertThat(remote("eds", "restore", "remote-store").out()).contains("Restored");
        assertThat(localStore("remote-store").path("Status").asText()).isEqualTo("ENABLED");
    }

    @Test
    public void testIngestThenCount()
            throws IOException
    {
        remote("eds", "create", "uploaded", "--retention-days", "3653");
        JsonNode report = json(remote("ingest", "--eds", "uploaded", SAMPLE.toString(), "--output", "json").out());
        long records = JsonOutput.MAPPER.readTree(SAMPLE.toFile()).path("Records").size();
        assertThat(report.path("EventsRead").asLong()).isEqualTo(records);
        assertThat(report.path("EventsStored").asLong()).isPositive();

        TarnRunner.Result counted = local().run("--lake", lakeDirectory(), "query", "--format", "csv", "SELECT count(*) AS events FROM uploaded");
        assertThat(counted.status()).as(counted.err()).isZero();
        assertThat(counted.out().lines().toList()).containsExactly("events", Long.toString(report.path("EventsStored").asLong()));

        assertThat(remote("ingest", "--eds", "uploaded", SAMPLE.toString()).out()).contains("Ingested into uploaded", "events  " + records + " read");
    }

    @Test
    public void testIngestDirectoryTotalsLikeLocalIngestion()
            throws IOException
    {
        // A trail's export as people copy it: log files in nested directories, one gzipped, a digest beside
        // them, a file that is not JSON, and hidden and Hadoop side files that a walk leaves alone
        Path export = directory.resolve("export");
        Path logs = Files.createDirectories(export.resolve("AWSLogs/218007301253/CloudTrail/us-east-1/2023/07/10"));
        List<Path> samples = sampleFiles(3);
        Files.copy(samples.get(0), logs.resolve(samples.get(0).getFileName()));
        Files.copy(samples.get(1), logs.resolve(samples.get(1).getFileName()));
        try (OutputStream gzipped = new GZIPOutputStream(Files.newOutputStream(export.resolve(samples.get(2).getFileName() + ".gz")))) {
            Files.copy(samples.get(2), gzipped);
        }
        Path digests = Files.createDirectories(export.resolve("AWSLogs/218007301253/CloudTrail-Digest/us-east-1/2023/07/10"));
        Files.writeString(digests.resolve("218007301253_CloudTrail-Digest_us-east-1_trail_us-east-1_20230710T120000Z.json"),
                "{\"awsAccountId\":\"218007301253\",\"digestS3Object\":\"AWSLogs/218007301253/CloudTrail-Digest/us-east-1/2023/07/10/x.json.gz\",\"logFiles\":[]}");
        Files.writeString(export.resolve("README.txt"), "Exported from the trail's bucket\n");
        Files.copy(samples.get(0), export.resolve(".partial.json"));
        Files.copy(samples.get(0), export.resolve("_SUCCESS"));
        long records = 0;
        for (Path sample : samples) {
            records += JsonOutput.MAPPER.readTree(sample.toFile()).path("Records").size();
        }

        localRun("eds", "create", "walked-here", "--retention-days", "3653");
        remote("eds", "create", "walked-there", "--retention-days", "3653");
        JsonNode here = json(localRun("ingest", "--eds", "walked-here", export.toString(), "--output", "json").out());
        JsonNode there = json(remote("ingest", "--eds", "walked-there", export.toString(), "--output", "json").out());

        assertThat(there.path("EventsRead").asLong()).isEqualTo(records);
        assertThat(there.path("FilesRead").asInt()).isEqualTo(3);
        // The digest and the text file
        assertThat(there.path("FilesSkipped").asInt()).isEqualTo(2);
        // The digest is skipped here by its name, as locally; the rest is uploaded
        assertThat(there.path("Uploads")).hasSize(4);
        for (String count : List.of("FilesRead", "FilesSkipped", "FilesFailed", "EventsRead", "EventsStored", "EventsFilteredBySelectors", "EventsRejected", "BytesIn")) {
            assertThat(there.path(count).asLong()).as(count).isEqualTo(here.path(count).asLong());
        }
        assertThat(there.path("FileNotices").findValuesAsText("Kind")).containsExactlyInAnyOrderElementsOf(here.path("FileNotices").findValuesAsText("Kind"));
        assertThat(count("walked-there")).isEqualTo(count("walked-here")).isEqualTo(there.path("EventsStored").asLong());

        // Lake's import of a time range: log files delivered before it are skipped unread, those of the trail's
        // other prefixes (Insights) skipped with a notice, here as locally
        Path insights = Files.createDirectories(export.resolve("AWSLogs/218007301253/CloudTrail-Insight/us-east-1/2023/07/10"));
        Files.copy(samples.get(2), insights.resolve(samples.get(2).getFileName().toString().replace("_CloudTrail_", "_CloudTrail-Insight_")));
        localRun("eds", "create", "imported-here", "--retention-days", "3653");
        remote("eds", "create", "imported-there", "--retention-days", "3653");
        List<String> range = List.of("--from", "2023-07-10T11:47:00Z", "--to", "2023-07-10T13:00:00Z", "--output", "json");
        JsonNode importedHere = json(localRun(concat(List.of("ingest", "--eds", "imported-here", export.toString()), range)).out());
        JsonNode importedThere = json(remote(concat(List.of("ingest", "--eds", "imported-there", export.toString()), range)).out());
        for (String count : List.of("FilesRead", "FilesSkipped", "FilesFailed", "EventsRead", "EventsStored", "EventsOutsideTimeRange", "EventsRejected", "BytesIn")) {
            assertThat(importedThere.path(count).asLong()).as(count).isEqualTo(importedHere.path(count).asLong());
        }
        // The gzipped copy of the third file is the one read
        assertThat(importedThere.path("FilesRead").asInt()).isEqualTo(1);
        // The two log files delivered before the range are named, here as locally
        assertThat(importedThere.path("FileNotices").findValuesAsText("Kind"))
                .containsExactlyInAnyOrder("SKIPPED_DIGEST", "SKIPPED_OTHER", "SKIPPED_OTHER", "OUTSIDE_TIME_RANGE", "OUTSIDE_TIME_RANGE")
                .containsExactlyInAnyOrderElementsOf(importedHere.path("FileNotices").findValuesAsText("Kind"));
        assertThat(count("imported-there")).isEqualTo(count("imported-here")).isEqualTo(importedThere.path("EventsStored").asLong()).isPositive();

        // Without a range the Insights file is read too
        String text = remote("ingest", "--eds", "walked-there", export.toString()).out();
        assertThat(text).containsOnlyOnce("Ingested into walked-there")
                .contains(String.format(Locale.ROOT, "  files   4 read, 2 skipped, 0 failed%n"))
                .contains(String.format(Locale.ROOT, "  events  %,d read, ", records + JsonOutput.MAPPER.readTree(samples.get(2).toFile()).path("Records").size()));
    }

    @Test
    public void testIngestStandardInput()
            throws IOException
    {
        remote("eds", "create", "piped", "--retention-days", "3653");
        StringBuilder lines = new StringBuilder();
        for (JsonNode record : JsonOutput.MAPPER.readTree(SAMPLE.toFile()).path("Records")) {
            lines.append(record).append('\n');
        }
        lines.append("{\"eventTime\": ,}\n");
        long records = JsonOutput.MAPPER.readTree(SAMPLE.toFile()).path("Records").size();
        InputStream original = System.in;
        TarnRunner.Result piped;
        System.setIn(new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)));
        try {
            piped = remote("ingest", "--eds", "piped", "-");
        }
        finally {
            System.setIn(original);
        }
        assertThat(piped.out()).contains(String.format(Locale.ROOT, "  events  %,d read, %,d stored, 0 filtered by selectors, 0 outside the time range, 1 rejected%n",
                records + 1, records));
        assertThat(piped.out()).contains("rejected: stdin:" + (records + 1) + ":1 (record " + (records + 1) + "): malformed JSON");
        assertThat(count("piped")).isEqualTo(records);

        TarnRunner.Result twice = runRemote(Map.of("TARN_TOKEN", TOKEN), "ingest", "--eds", "piped", "-", "-");
        assertThat(twice.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(twice.err()).contains("Standard input ('-') can be given only once");
    }

    @Test
    public void testVerifyResultsOnServer()
            throws IOException
    {
        Path bucket = directory.resolve("bucket");
        String queryId = localRun("queries", "start", "SELECT eventName FROM cloudtrail ORDER BY eventTime, eventID LIMIT 20", "--delivery-location", bucket.toString())
                .out().strip();
        String delivered = json(localRun("queries", "describe", queryId, "--output", "json").out()).path("DeliveryDirectory").asText();

        TarnRunner.Result valid = remote("verify-results", delivered);
        assertThat(valid.out()).isEqualTo("Successfully validated sign and query result files\n").isEqualTo(localRun("verify-results", delivered).out());
        assertThat(json(remote("verify-results", delivered, "--output", "json").out())).isEqualTo(json(localRun("verify-results", delivered, "--output", "json").out()));

        Path file = Path.of(delivered, "result_1.csv.gz");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 9] ^= 1;
        Files.write(file, bytes);
        TarnRunner.Result tampered = runRemote(Map.of("TARN_TOKEN", TOKEN), "verify-results", delivered);
        TarnRunner.Result tamperedHere = local().run("--lake", lakeDirectory(), "verify-results", delivered);
        assertThat(tampered.status()).isEqualTo(tamperedHere.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(tampered.out()).startsWith("ValidationError: \"File result_1.csv.gz has inconsistent hash value").isEqualTo(tamperedHere.out());
        assertThat(tampered.err()).isEqualTo(tamperedHere.err()).contains("[RESULTS_NOT_VALID]");

        TarnRunner.Result missing = runRemote(Map.of("TARN_TOKEN", TOKEN), "verify-results", bucket.toString());
        assertThat(missing.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(missing.err()).contains("[SIGN_FILE_NOT_FOUND]");

        TarnRunner.Result withKey = runRemote(Map.of("TARN_TOKEN", TOKEN), "verify-results", delivered, "--public-key", "key.pem");
        assertThat(withKey.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(withKey.err()).contains("drop one of them");
    }

    @Test
    public void testCompactAndMaintain()
            throws IOException
    {
        remote("eds", "create", "compacted", "--retention-days", "3653");
        List<String> upload = new ArrayList<>(List.of("ingest", "--eds", "compacted"));
        // One upload, one commit, at least one file each, all on the same day
        sampleFiles(3).forEach(file -> upload.add(file.toString()));
        upload.addAll(List.of("--output", "json"));
        JsonNode uploaded = json(remote(upload.toArray(String[]::new)).out());
        long stored = count("compacted");
        assertThat(stored).isEqualTo(uploaded.path("EventsStored").asLong()).isPositive();

        JsonNode compaction = json(remote("compact", "compacted", "--output", "json").out());
        assertThat(compaction.path("EventDataStoreId").asText()).isEqualTo(localStore("compacted").path("EventDataStoreId").asText());
        assertThat(compaction.path("FilesBefore").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(compaction.path("FilesAfter").asInt()).isLessThan(compaction.path("FilesBefore").asInt());
        assertThat(compaction.path("Events").asLong()).isEqualTo(stored);
        assertThat(count("compacted")).isEqualTo(stored);
        assertThat(remote("compact", "compacted").out()).startsWith("Compacted " + compaction.path("EventDataStoreId").asText() + ": ");

        JsonNode maintenance = json(remote("maintain", "--output", "json").out());
        assertThat(maintenance.has("ExpiredFilesDeleted")).isTrue();
        assertThat(maintenance.path("StoresPurged").isArray()).isTrue();
        assertThat(remote("maintain").out()).contains("Removed ", " left by interrupted writes");

        TarnRunner.Result missing = runRemote(Map.of("TARN_TOKEN", TOKEN), "compact", "no-such-store");
        assertThat(missing.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(missing.err()).contains("[EVENT_DATA_STORE_NOT_FOUND]");
    }

    @Test
    public void testQueryResultsEqualLocalResults()
            throws InterruptedException
    {
        String sql = "SELECT eventName, count(*) AS events FROM cloudtrail WHERE eventSource = 's3.amazonaws.com' GROUP BY 1 ORDER BY 2 DESC, 1";
        String queryId = remote("queries", "start", sql).out().strip();
        JsonNode described = waitUntilEnded(queryId);
        assertThat(described.path("QueryStatus").asText()).isEqualTo("FINISHED");
        assertThat(remote("queries", "describe", queryId).out()).contains("Status:", "FINISHED", "Bytes scanned:", "eventSource = 's3.amazonaws.com'");

        TarnRunner.Result localStart = local().run("--lake", lakeDirectory(), "queries", "start", sql);
        assertThat(localStart.status()).as(localStart.err()).isZero();
        TarnRunner.Result localResults = local().run("--lake", lakeDirectory(), "queries", "results", localStart.out().strip(), "--all", "--format", "csv");
        String remoteResults = remote("queries", "results", queryId, "--all", "--format", "csv").out();
        assertThat(remoteResults).isEqualTo(localResults.out());
        assertThat(remoteResults.lines().count()).isGreaterThan(2);

        JsonNode page = json(remote("queries", "results", queryId, "--output", "json", "--max-results", "1").out());
        assertThat(page.path("QueryResultRows")).hasSize(1);
        assertThat(page.path("NextToken").isTextual()).isTrue();

        assertThat(json(remote("queries", "list", "--eds", "cloudtrail", "--output", "json").out()).path("Queries").findValuesAsText("QueryId")).contains(queryId);
        assertThat(remote("queries", "list", "--eds", "cloudtrail").out()).contains(queryId, "FINISHED");

        TarnRunner.Result cancel = runRemote(Map.of("TARN_TOKEN", TOKEN), "queries", "cancel", queryId);
        assertThat(cancel.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(cancel.err()).contains("INACTIVE_QUERY");
    }

    @Test
    public void testSavedQueries()
    {
        String sql = "SELECT eventName, count(*) AS events FROM :eds WHERE eventSource = :source GROUP BY 1 ORDER BY 2 DESC, 1";
        assertThat(remote("saved", "create", "by-source", "--sql", sql, "--default", "source=s3.amazonaws.com").out())
                .contains("Name:", "by-source", "source (default s3.amazonaws.com)");
        JsonNode saved = json(localRun("saved", "show", "by-source", "--output", "json").out());
        assertThat(saved.path("QueryString").asText()).isEqualTo(sql);

        assertThat(remote("saved", "list").out()).contains("by-source", "eds, source");
        assertThat(json(remote("saved", "show", "by-source", "--output", "json").out()).path("Id").asText()).isEqualTo(saved.path("Id").asText());
        remote("saved", "update", "by-source", "--description", "Events of one service");
        assertThat(json(localRun("saved", "show", "by-source", "--output", "json").out()).path("Description").asText()).isEqualTo("Events of one service");

        String remoteRows = remote("saved", "run", "by-source", "-p", "eds=cloudtrail", "--format", "csv").out();
        assertThat(remoteRows).isEqualTo(localRun("saved", "run", "by-source", "-p", "eds=cloudtrail", "--format", "csv").out());
        assertThat(remoteRows.lines().count()).isGreaterThan(2);

        TarnRunner.Result failed = runRemote(Map.of("TARN_TOKEN", TOKEN), "saved", "run", "by-source", "-p", "eds=no-such-store");
        assertThat(failed.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(failed.err()).contains("no-such-store");

        assertThat(remote("saved", "delete", "by-source").out()).contains("Deleted saved query 'by-source'");
        assertThat(local().run("--lake", lakeDirectory(), "saved", "show", "by-source").status()).isEqualTo(ExitCodes.USER_ERROR);
    }

    @Test
    public void testSampleQueries()
    {
        assertThat(json(remote("samples", "list", "--output", "json").out())).isEqualTo(json(localRun("samples", "list", "--output", "json").out()));
        assertThat(remote("samples", "show", "guide-q9").out()).isEqualTo(localRun("samples", "show", "guide-q9").out());
        String remoteRows = remote("samples", "run", "guide-q9", "-p", "eds=cloudtrail", "--format", "csv").out();
        assertThat(remoteRows).isEqualTo(localRun("samples", "run", "guide-q9", "-p", "eds=cloudtrail", "--format", "csv").out());
        assertThat(remoteRows.lines().count()).isGreaterThan(1);

        remote("samples", "copy", "guide-q9", "copied-sample");
        JsonNode copied = json(localRun("saved", "show", "copied-sample", "--output", "json").out());
        assertThat(copied.path("QueryString").asText()).isEqualTo(json(localRun("samples", "show", "guide-q9", "--output", "json").out()).path("QueryString").asText());
    }

    @Test
    public void testPublicKey()
    {
        String pem = remote("keys", "export").out();
        assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----").isEqualTo(localRun("keys", "export").out());
        assertThat(json(remote("keys", "export", "--output", "json").out())).isEqualTo(json(localRun("keys", "export", "--output", "json").out()));
    }

    @Test
    public void testServerErrorKeepsItsCode()
    {
        TarnRunner.Result missing = runRemote(Map.of("TARN_TOKEN", TOKEN), "eds", "show", "no-such-store");
        assertThat(missing.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(missing.err()).startsWith("tarn: ").contains("no-such-store", "[EVENT_DATA_STORE_NOT_FOUND]");
    }

    @Test
    public void testTokenRequired()
    {
        TarnRunner.Result withoutToken = runRemote(Map.of(), "eds", "list");
        assertThat(withoutToken.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(withoutToken.err()).contains("[UNAUTHENTICATED]");

        TarnRunner.Result wrongToken = runRemote(Map.of("TARN_TOKEN", "wrong-0123456789abcdef"), "eds", "list");
        assertThat(wrongToken.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(wrongToken.err()).contains("[UNAUTHENTICATED]");
    }

    @Test
    public void testUnreachableServer()
    {
        TarnRunner.Result unreachable = local().run("eds", "list", "--server", "http://127.0.0.1:1");
        assertThat(unreachable.status()).isNotZero();
        assertThat(unreachable.err()).contains("Cannot reach the server at http://127.0.0.1:1", "[SERVER_UNREACHABLE]");

        TarnRunner.Result notHttp = local().run("eds", "list", "--server", "ftp://example.com");
        assertThat(notHttp.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(notHttp.err()).contains("--server must be an http or https URL");
    }

    @Test
    public void testLocalOnlyCommandsRefuseServer()
    {
        TarnRunner.Result quickstart = runRemote(Map.of("TARN_TOKEN", TOKEN), "quickstart");
        assertThat(quickstart.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(quickstart.err()).contains("'tarn quickstart' works on a local lake only");
    }

    private static String[] concat(List<String> first, List<String> second)
    {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all.toArray(String[]::new);
    }

    private static List<Path> sampleFiles(int count)
            throws IOException
    {
        try (Stream<Path> files = Files.list(SAMPLE.getParent())) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().limit(count).toList();
        }
    }

    private static long count(String store)
    {
        String counted = localRun("query", "--format", "csv", "SELECT count(*) AS events FROM \"" + store + "\"").out();
        return Long.parseLong(counted.lines().skip(1).findFirst().orElseThrow());
    }

    private static JsonNode waitUntilEnded(String queryId)
            throws InterruptedException
    {
        for (int attempt = 0; attempt < 600; attempt++) {
            JsonNode described = json(remote("queries", "describe", queryId, "--output", "json").out());
            if (!List.of("QUEUED", "RUNNING").contains(described.path("QueryStatus").asText())) {
                return described;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("query " + queryId + " did not end");
    }

    private static TarnRunner.Result localRun(String... args)
    {
        List<String> line = new ArrayList<>(List.of("--lake", lakeDirectory()));
        line.addAll(List.of(args));
        TarnRunner.Result result = local().run(line.toArray(String[]::new));
        assertThat(result.status()).as(String.join(" ", args) + ": " + result.err()).isZero();
        return result;
    }

    private static JsonNode localStore(String name)
    {
        TarnRunner.Result shown = local().run("--lake", lakeDirectory(), "eds", "show", name, "--output", "json");
        assertThat(shown.status()).as(shown.err()).isZero();
        return json(shown.out());
    }

    /**
     * Runs a command on the server with the right token and expects it to succeed.
     */
    private static TarnRunner.Result remote(String... args)
    {
        TarnRunner.Result result = runRemote(Map.of("TARN_TOKEN", TOKEN), args);
        assertThat(result.status()).as(String.join(" ", args) + ": " + result.err()).isZero();
        return result;
    }

    private static TarnRunner.Result runRemote(Map<String, String> environment, String... args)
    {
        List<String> line = new ArrayList<>(List.of(args));
        line.add("--server");
        line.add(server.uri().toString());
        // No lake is named: a remote command must not need one
        return new TarnRunner(environment, Clock.systemUTC()).run(line.toArray(String[]::new));
    }

    private static TarnRunner local()
    {
        return new TarnRunner(Map.of(), Clock.systemUTC());
    }

    private static JsonNode json(String text)
    {
        try {
            return JsonOutput.MAPPER.readTree(text);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lakeDirectory()
    {
        return TestingSampleServer.lakeDirectory(directory);
    }
}
