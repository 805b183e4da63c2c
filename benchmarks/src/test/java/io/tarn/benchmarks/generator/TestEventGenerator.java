package io.tarn.benchmarks.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class TestEventGenerator
{
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern LAYOUT = Pattern.compile(
            "AWSLogs/(\\d{12})/CloudTrail/([a-z]{2}-[a-z]+-\\d)/(\\d{4})/(\\d{2})/(\\d{2})/(\\d{12})_CloudTrail_([a-z]{2}-[a-z]+-\\d)_(\\d{8})T(\\d{4})Z_([A-Za-z0-9]{16})\\.json\\.gz");
    private static final int EVENTS = 6000;
    private static final GeneratorOptions OPTIONS = GeneratorOptions.of(EVENTS, 2).withStart(LocalDate.of(2025, 3, 10)).withSeed(7).withThreads(2);

    @TempDir
    static Path directory;

    private static Map<String, byte[]> generated;
    private static List<LoggedEvent> events;

    @BeforeAll
    static void generate()
            throws IOException
    {
        Path out = directory.resolve("parallel");
        GenerationReport report = new EventGenerator(OPTIONS).generate(out);
        assertThat(report.events()).isEqualTo(EVENTS);
        generated = readFiles(out);
        assertThat(generated).hasSize(report.files());
        events = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : generated.entrySet()) {
            JsonNode root = MAPPER.readTree(new GZIPInputStream(new java.io.ByteArrayInputStream(file.getValue())));
            assertThat(root.fieldNames()).toIterable().containsExactly("Records");
            for (JsonNode record : root.get("Records")) {
                events.add(new LoggedEvent(file.getKey(), record));
            }
        }
    }

    @Test
    void testSameSeedSameBytesWhateverTheThreads()
            throws IOException
    {
        Path out = directory.resolve("serial");
        new EventGenerator(OPTIONS.withThreads(1)).generate(out);
        Map<String, byte[]> again = readFiles(out);
        assertThat(again.keySet()).isEqualTo(generated.keySet());
        for (String name : generated.keySet()) {
            assertThat(again.get(name)).as(name).isEqualTo(generated.get(name));
        }
    }

    @Test
    void testOtherSeedOtherEvents()
            throws IOException
    {
        Path out = directory.resolve("other-seed");
        new EventGenerator(OPTIONS.withSeed(8)).generate(out);
        assertThat(readFiles(out).keySet()).doesNotContainAnyElementsOf(generated.keySet());
    }

    @Test
    void testEveryEventOnceWithUniqueIdsInsideTheSpan()
    {
        assertThat(events).hasSize(EVENTS);
        Set<String> ids = new HashSet<>();
        for (LoggedEvent event : events) {
            assertThat(ids.add(event.record().get("eventID").asText())).isTrue();
            Instant time = Instant.parse(event.record().get("eventTime").asText());
            assertThat(time.toEpochMilli()).isBetween(OPTIONS.startMillis(), OPTIONS.endMillis() - 1);
        }
        assertThat(ids).allMatch(id -> id.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
    }

    @Test
    void testRecordsInMemoryAreTheRecordsOfTheFiles()
            throws IOException
    {
        List<byte[]> records = new EventGenerator(OPTIONS).records();
        assertThat(records).hasSize(EVENTS);
        Set<JsonNode> inMemory = new HashSet<>();
        for (byte[] record : records) {
            inMemory.add(MAPPER.readTree(record));
        }
        assertThat(inMemory).isEqualTo(events.stream().map(LoggedEvent::record).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void testTrailLayoutMatchesTheRecords()
    {
        for (LoggedEvent event : events) {
            Matcher matcher = LAYOUT.matcher(event.file());
            assertThat(matcher.matches()).as(event.file()).isTrue();
            assertThat(matcher.group(6)).isEqualTo(matcher.group(1));
            assertThat(matcher.group(7)).isEqualTo(matcher.group(2));
            assertThat(matcher.group(8)).isEqualTo(matcher.group(3) + matcher.group(4) + matcher.group(5));
            JsonNode record = event.record();
            assertThat(record.get("recipientAccountId").asText()).isEqualTo(matcher.group(1));
            assertThat(record.get("awsRegion").asText()).isEqualTo(matcher.group(2));
            // a file is delivered after the events it holds
            String delivered = matcher.group(8) + matcher.group(9);
            String eventTime = record.get("eventTime").asText().replaceAll("[-T:]", "").substring(0, 12);
            assertThat(delivered).isGreaterThan(eventTime);
        }
    }

    @Test
    void testManyEventsPerFile()
    {
        Map<String, Integer> perFile = new HashMap<>();
        events.forEach(event -> perFile.merge(event.file(), 1, Integer::sum));
        assertThat(perFile.values()).allMatch(count -> count <= 3000);
        // most events sit in files of hundreds or thousands of events, as in real trails
        long inLargeFiles = events.stream().filter(event -> perFile.get(event.file()) >= 100).count();
        assertThat(inLargeFiles).isGreaterThan(EVENTS / 2);
    }

    @Test
    void testVarietyOfEventsIdentitiesAndCategories()
    {
        Set<String> names = new HashSet<>();
        Set<String> sources = new HashSet<>();
        Map<String, Integer> types = new TreeMap<>();
        Map<String, Integer> categories = new TreeMap<>();
        int errors = 0;
        int withResources = 0;
        for (LoggedEvent event : events) {
            JsonNode record = event.record();
            names.add(record.get("eventName").asText());
            sources.add(record.get("eventSource").asText());
            types.merge(record.get("userIdentity").path("type").asText("(none)"), 1, Integer::sum);
            categories.merge(record.get("eventCategory").asText(), 1, Integer::sum);
            errors += record.has("errorCode") || record.has("errorMessage") ? 1 : 0;
            withResources += record.has("resources") ? 1 : 0;
            assertThat(record.get("managementEvent") == null || record.get("managementEvent").asBoolean() == record.get("eventCategory").asText().equals("Management")).isTrue();
        }
        assertThat(names.size()).isGreaterThan(150);
        assertThat(sources.size()).isGreaterThan(30);
        assertThat(types.keySet()).contains("IAMUser", "AssumedRole", "AWSService", "IdentityCenterUser", "Root");
        assertThat(categories.keySet()).containsExactlyInAnyOrder("Management", "Data");
        assertThat(errors).isBetween(EVENTS / 100, EVENTS / 12);
        assertThat(withResources).isGreaterThan(EVENTS / 4);
        // skewed: the most frequent event is far more common than the median one
        Map<String, Integer> byName = new HashMap<>();
        events.forEach(event -> byName.merge(event.record().get("eventName").asText(), 1, Integer::sum));
        assertThat(byName.values().stream().mapToInt(Integer::intValue).max().orElseThrow()).isGreaterThan(EVENTS / 20);
    }

    @Test
    void testEveryIdentityTypeExists()
    {
        Set<IdentityType> types = EnumSet.noneOf(IdentityType.class);
        for (Account account : Account.create(7)) {
            account.identities().forEach(identity -> types.add(identity.type()));
        }
        assertThat(types).containsExactlyInAnyOrder(IdentityType.values());
    }

    @Test
    void testWorkingHoursAreBusier()
    {
        int[] perHour = new int[24];
        events.forEach(event -> perHour[Integer.parseInt(event.record().get("eventTime").asText().substring(11, 13))]++);
        int afternoon = 0;
        int night = 0;
        for (int hour = 0; hour < 6; hour++) {
            night += perHour[hour];
            afternoon += perHour[hour + 13];
        }
        assertThat(afternoon).isGreaterThan(2 * night);
    }

    @Test
    void testRecordsHaveCloudTrailShapes()
    {
        for (LoggedEvent event : events) {
            JsonNode record = event.record();
            assertThat(record.get("eventVersion").asText()).matches("1\\.\\d\\d");
            assertThat(record.get("eventSource").asText()).endsWith(".amazonaws.com");
            assertThat(record.has("requestParameters")).isTrue();
            assertThat(record.has("responseElements")).isTrue();
            if (record.has("resources")) {
                for (JsonNode resource : record.get("resources")) {
                    assertThat(resource.get("type").asText()).startsWith("AWS::");
                    assertThat(resource.has("ARN") || resource.has("ARNPrefix")).isTrue();
                }
            }
            if (record.has("tlsDetails")) {
                assertThat(record.get("tlsDetails").get("tlsVersion").asText()).startsWith("TLSv1.");
            }
        }
        JsonNode object = events.stream().map(LoggedEvent::record).filter(record -> record.get("eventName").asText().equals("GetObject")).findFirst().orElseThrow();
        assertThat(object.get("eventCategory").asText()).isEqualTo("Data");
        assertThat(object.get("requestParameters").get("bucketName").asText()).isNotEmpty();
        assertThat(object.get("resources").get(0).get("ARN").asText())
                .isEqualTo("arn:aws:s3:::" + object.get("requestParameters").get("bucketName").asText() + "/" + object.get("requestParameters").get("key").asText());
        JsonNode assumeRole = events.stream().map(LoggedEvent::record)
                .filter(record -> record.get("eventName").asText().equals("AssumeRole") && !record.has("errorCode")).findFirst().orElseThrow();
        assertThat(assumeRole.get("responseElements").get("credentials").get("accessKeyId").asText()).startsWith("ASIA");
        assertThat(assumeRole.get("resources").get(0).get("type").asText()).isEqualTo("AWS::IAM::Role");
    }

    private static Map<String, byte[]> readFiles(Path out)
            throws IOException
    {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(out)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                try (InputStream input = Files.newInputStream(path)) {
                    files.put(out.relativize(path).toString().replace('\\', '/'), input.readAllBytes());
                }
            }
        }
        return files;
    }

    private record LoggedEvent(String file, JsonNode record) {}
}
