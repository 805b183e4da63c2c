package io.tarn.cli.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tarn.cli.CliTesting;
import io.tarn.cli.ExitCodes;
import io.tarn.cli.TarnRunner.Result;
import io.tarn.storage.TestingClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

public class TestIngestCommands
{
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLES = Path.of("../samples/cloudtrail/invictus-ir-aws_dataset");
    private static final Path FIRST = SAMPLES.resolve("218007301253_CloudTrail_us-east-1_20230710T1145Z_7xgocspSowgK0Gto.json");
    private static final Path SECOND = SAMPLES.resolve("218007301253_CloudTrail_us-east-1_20230710T1235Z_Vp7r3boWJKtPb3wM.json");
    private static final String GOOD_EVENT = """
            {"eventVersion": "1.08", "eventTime": "2023-07-11T08:00:00Z", "eventSource": "s3.amazonaws.com", "eventName": "ListBuckets", \
            "awsRegion": "us-east-1", "eventID": "0b5b5f43-0a3d-4b0a-9d6f-0f6d3c1c0b11", "eventType": "AwsApiCall", "eventCategory": "Management", \
            "recipientAccountId": "123456789012", "userIdentity": {"type": "Root", "accountId": "123456789012"}}""";

    @TempDir
    private Path directory;
    private final TestingClock clock = new TestingClock(Instant.parse("2023-07-12T00:00:00Z"));

    @Test
    public void testIngestsLogFilesAndReportsCounts()
            throws IOException
    {
        tarn("eds", "create", "audit");
        List<JsonNode> events = records(FIRST, SECOND);

        String text = tarn("ingest", "--eds", "audit", FIRST.toString(), SECOND.toString());
        assertThat(text)
                .startsWith("Ingested into audit (")
                .contains("  files   2 read, 0 skipped, 0 failed\n")
                .contains("  events  %,d read, %,d stored, 0 filtered by selectors, 0 outside the time range, 0 rejected\n".formatted(events.size(), events.size()))
                .contains(" written in 1 data file\n");
        assertThat(count("audit")).isEqualTo(events.size());

        JsonNode report = JSON.readTree(tarn("ingest", "--eds", "audit", "--output", "json", SECOND.toString()));
        assertThat(report.get("EventDataStoreName").asText()).isEqualTo("audit");
        assertThat(report.get("FilesRead").asInt()).isEqualTo(1);
        assertThat(report.get("EventsRead").asLong()).isEqualTo(records(SECOND).size());
        assertThat(report.get("EventsStored").asLong()).isEqualTo(records(SECOND).size());
        assertThat(report.get("BytesIn").asLong()).isEqualTo(Files.size(SECOND));
        assertThat(report.get("Rejections")).isEmpty();
        assertThat(count("audit")).isEqualTo(events.size() + records(SECOND).size());
    }

    @Test
    public void testStandardInputKeepsGoodRecordsBesideBadOnes()
            throws IOException
    {
        tarn("eds", "create", "audit");
        String input = GOOD_EVENT + "\n{\"eventTime\": \"yesterday\"}\n{\"eventTime\": ,}\n" + GOOD_EVENT.replace("0b5b5f43", "1c6c6f54") + "\n";

        Result result = withStandardInput(input, () -> run("ingest", "--eds", "audit", "-"));

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("  events  4 read, 2 stored, 0 filtered by selectors, 0 outside the time range, 2 rejected\n")
                .contains("rejected: stdin:2:1 (record 2): eventTime")
                .contains("rejected: stdin:3:1 (record 3): malformed JSON");
        String rejectsFile = result.out().lines().filter(line -> line.startsWith("All rejected records are in ")).findFirst().orElseThrow()
                .substring("All rejected records are in ".length());
        assertThat(Files.readAllLines(Path.of(rejectsFile.replaceFirst("^file:", "")))).hasSize(2);
        assertThat(count("audit")).isEqualTo(2);
    }

    @Test
    public void testImportsTimeRangeIntoStoppedStore()
            throws IOException
    {
        tarn("eds", "create", "audit");
        tarn("eds", "stop-ingestion", "audit");
        Result refused = run("ingest", "--eds", "audit", FIRST.toString());
        assertThat(refused.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(refused.err()).startsWith("tarn: ").contains("audit");

        Instant from = Instant.parse("2023-07-10T11:42:40Z");
        Instant to = Instant.parse("2023-07-10T11:43:00Z");
        long inRange = records(FIRST).stream()
                .map(event -> Instant.parse(event.get("eventTime").asText()))
                .filter(time -> !time.isBefore(from) && time.isBefore(to))
                .count();
        assertThat(inRange).isPositive().isLessThan(records(FIRST).size());

        JsonNode report = JSON.readTree(tarn("ingest", "--eds", "audit", "--from", "2023-07-10 11:42:40", "--to", "2023-07-10T11:43:00Z", "-o", "json",
                FIRST.toString()));
        assertThat(report.get("EventsStored").asLong()).isEqualTo(inRange);
        assertThat(report.get("EventsOutsideTimeRange").asLong()).isEqualTo(records(FIRST).size() - inRange);
        assertThat(count("audit")).isEqualTo(inRange);
    }

    @Test
    public void testNamesTrailDirectoriesOutsideTheRetentionPeriod()
            throws IOException
    {
        tarn("eds", "create", "audit", "--retention-days", "7");
        Path region = directory.resolve("trail/AWSLogs/218007301253/CloudTrail/us-east-1");
        Path inRange = Files.createDirectories(region.resolve("2023/07/10"));
        Files.copy(FIRST, inRange.resolve(FIRST.getFileName()));
        // years of the trail before the store's retention period: passed over without being read
        List<String> oldYears = List.of("2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022");
        for (String year : oldYears) {
            Path day = Files.createDirectories(region.resolve(year + "/07/10"));
            Files.copy(SECOND, day.resolve(SECOND.getFileName().toString().replace("2023", year)));
        }

        JsonNode report = JSON.readTree(tarn("ingest", "--eds", "audit", "-o", "json", directory.resolve("trail").toString()));
        assertThat(report.get("FilesRead").asInt()).isEqualTo(1);
        assertThat(report.get("EventsStored").asLong()).isEqualTo(records(FIRST).size());
        assertThat(report.get("FilesSkipped").asInt()).isZero();
        List<String> skipped = new ArrayList<>();
        report.get("FileNotices").forEach(notice -> {
            assertThat(notice.get("Kind").asText()).isEqualTo("OUTSIDE_TIME_RANGE");
            assertThat(notice.get("Detail").asText()).contains("from 2023-07-05T00:00:00Z");
            skipped.add(Path.of(notice.get("Source").asText().replaceFirst("^file:", "")).getFileName().toString());
        });
        assertThat(skipped).containsExactlyInAnyOrderElementsOf(oldYears);

        String text = tarn("ingest", "--eds", "audit", directory.resolve("trail").toString());
        assertThat(text.lines().filter(line -> line.startsWith("skipped: ") && line.contains("outside the time range"))).hasSize(5);
        assertThat(text).contains("... and 3 more files or directories outside the time range (--output json lists them)\n");
    }

    @Test
    public void testReportsMistakes()
    {
        tarn("eds", "create", "audit");

        Result unknownStore = run("ingest", "--eds", "nosuch", FIRST.toString());
        assertThat(unknownStore.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(unknownStore.err()).isEqualTo("tarn: Event data store 'nosuch' not found [EVENT_DATA_STORE_NOT_FOUND]\n");

        Result missingFile = run("ingest", "--eds", "audit", directory.resolve("missing.json").toString());
        assertThat(missingFile.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(missingFile.err()).contains("missing.json").endsWith("[INPUT_NOT_FOUND]\n");

        Result backwards = run("ingest", "--eds", "audit", "--from", "2023-07-10", "--to", "2023-07-09", FIRST.toString());
        assertThat(backwards.status()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(backwards.err()).isEqualTo("tarn: --from must be before --to\n");

        Result badTime = run("ingest", "--eds", "audit", "--from", "last tuesday", FIRST.toString());
        assertThat(badTime.status()).isEqualTo(ExitCodes.USAGE_ERROR);
        assertThat(badTime.err()).contains("'last tuesday' is not a time");

        Result noPath = run("ingest", "--eds", "audit");
        assertThat(noPath.status()).isEqualTo(ExitCodes.USAGE_ERROR);
        assertThat(count("audit")).isZero();
    }

    @Test
    public void testCompactsAndMaintains()
            throws IOException
    {
        tarn("eds", "create", "audit");
        tarn("ingest", "--eds", "audit", FIRST.toString());
        tarn("ingest", "--eds", "audit", SECOND.toString());

        JsonNode compaction = JSON.readTree(tarn("compact", "audit", "--output", "json"));
        assertThat(compaction.get("FilesBefore").asInt()).isEqualTo(2);
        assertThat(compaction.get("FilesAfter").asInt()).isEqualTo(1);
        assertThat(compaction.get("Events").asLong()).isEqualTo(records(FIRST, SECOND).size());
        assertThat(count("audit")).isEqualTo(records(FIRST, SECOND).size());

        assertThat(tarn("maintain")).contains("Deleted 0 expired files (0 events)\n");
        // A year and a half later the events are past the default retention of 366 days.
        clock.set(Instant.parse("2025-01-01T00:00:00Z"));
        JsonNode maintenance = JSON.readTree(tarn("maintain", "--output", "json"));
        assertThat(maintenance.get("ExpiredFilesDeleted").asInt()).isEqualTo(1);
        assertThat(maintenance.get("ExpiredEventsDeleted").asLong()).isEqualTo(records(FIRST, SECOND).size());
    }

    private long count(String store)
    {
        String csv = tarn("query", "--format", "csv", "SELECT count(*) FROM " + store);
        return Long.parseLong(csv.lines().skip(1).findFirst().orElseThrow().replace("\"", ""));
    }

    /**
     * The records of CloudTrail log files, read here with Jackson rather than by the code under test.
     */
    private static List<JsonNode> records(Path... files)
            throws IOException
    {
        List<JsonNode> records = new ArrayList<>();
        for (Path file : files) {
            JSON.readTree(file.toFile()).get("Records").forEach(records::add);
        }
        return records;
    }

    private static Result withStandardInput(String input, java.util.function.Supplier<Result> action)
    {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return action.get();
        }
        finally {
            System.setIn(original);
        }
    }

    private String tarn(String... args)
    {
        return new CliTesting(directory.resolve("lake"), clock).tarn(args);
    }

    private Result run(String... args)
    {
        return new CliTesting(directory.resolve("lake"), clock).run(args);
    }
}
