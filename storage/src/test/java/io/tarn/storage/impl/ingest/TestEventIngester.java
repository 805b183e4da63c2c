package io.tarn.storage.impl.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.error.TarnException;
import io.tarn.storage.CreateEventDataStoreRequest;
import io.tarn.storage.EventCategory;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.EventDataStoreType;
import io.tarn.storage.IngestMode;
import io.tarn.storage.IngestReport;
import io.tarn.storage.IngestReport.FileNotice;
import io.tarn.storage.IngestRequest;
import io.tarn.storage.IngestSource;
import io.tarn.storage.StorageErrorCode;
import io.tarn.storage.impl.DataFile;
import io.tarn.storage.impl.SelectableEvent;
import io.tarn.storage.schema.EventSchema;
import io.tarn.storage.schema.EventSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static io.tarn.storage.impl.ingest.IngestTests.assertAccounting;
import static io.tarn.storage.impl.ingest.IngestTests.gunzip;
import static io.tarn.storage.impl.ingest.IngestTests.gzip;
import static io.tarn.storage.impl.ingest.IngestTests.invictusFiles;
import static io.tarn.storage.impl.ingest.IngestTests.records;
import static io.tarn.storage.impl.ingest.IngestTests.resource;
import static io.tarn.storage.impl.ingest.IngestTests.sha256Hex;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class TestEventIngester
{
    @Test
    public void testLogFilesRoundTrip(@TempDir Path directory)
    {
        try (TestingStorage storage = new TestingStorage(directory)) {
            EventDataStore store = storage.createStore(CreateEventDataStoreRequest.withDefaults("trail").withRetentionPeriodDays(3653));
            IngestReport report = storage.ingest(IngestRequest.live(store.id(), List.of(IngestSource.file(resource("invictus").toString()))));

            // the expected records, read from the input independently
            Map<String, JsonNode> recordsById = new HashMap<>();
            Map<String, String> fileContentById = new HashMap<>();
            long inputBytes = 0;
            for (Path file : invictusFiles()) {
                byte[] content = gunzip(file);
                inputBytes += content.length;
                String text = new String(content, UTF_8);
                for (JsonNode record : records(content)) {
                    recordsById.put(record.get("eventID").asText(), record);
                    fileContentById.put(record.get("eventID").asText(), text);
                }
            }
            assertThat(recordsById).hasSize(2900);

            assertAccounting(report);
            assertThat(report.eventsRead()).isEqualTo(2900);
            assertThat(report.eventsStored()).isEqualTo(2900);
            assertThat(report.filesRead()).isEqualTo(55);
            assertThat(report.filesSkipped()).isEqualTo(1);
            assertThat(report.fileNotices()).singleElement().satisfies(notice -> {
                assertThat(notice.source()).endsWith("MANIFEST.tsv");
                assertThat(notice.kind()).isEqualTo(FileNotice.Kind.SKIPPED_OTHER);
            });
            assertThat(report.bytesIn()).isEqualTo(inputBytes);
            assertThat(report.dataFilesWritten()).isEqualTo(1);

            List<Map<String, Object>> rows = storage.readRows(store.id());
            assertThat(rows).hasSize(2900);
            Set<String> seen = new HashSet<>();
            Set<Object> eventSources = new HashSet<>();
            int accessErrors = 0;
            for (Map<String, Object> row : rows) {
                String eventJson = (String) row.get("eventjson");
                assertThat(fileContentById.get((String) row.get("eventid")).contains(eventJson)).as("eventjson is the record's exact text").isTrue();
                assertThat(row.get("eventjsonchecksum")).isEqualTo(sha256Hex(eventJson));
                JsonNode record = recordsById.get((String) row.get("eventid"));
                assertThat(ExpectedRows.parse(eventJson)).isEqualTo(record);
                ExpectedRows.assertMatches(row, ExpectedRows.expected(EventSchemas.CLOUDTRAIL, record), (String) row.get("eventid"));
                assertThat(seen.add((String) row.get("eventid"))).isTrue();
                eventSources.add(row.get("eventsource"));
                if ("AccessDenied".equals(row.get("errorcode")) || "Client.UnauthorizedOperation".equals(row.get("errorcode"))) {
                    accessErrors++;
                }
            }
            // facts about the data set from its README
            assertThat(eventSources).hasSize(29);
            assertThat(accessErrors).isEqualTo(60);

            DataFile file = storage.liveFiles(store.id()).get(0);
            assertThat(file.partition()).isEqualTo("eventdate=2023-07-10");
            assertThat(file.rowCount()).isEqualTo(2900);
            assertThat(file.relativePath()).startsWith("eventdate=2023-07-10/part-" + report.ingestId() + "-");
            assertThat(Instant.ofEpochMilli(file.minEventTimeMillis())).isEqualTo(rows.get(0).get("eventtime"));
            assertThat(Instant.ofEpochMilli(file.maxEventTimeMillis())).isEqualTo(rows.get(rows.size() - 1).get("eventtime"));
            assertThat(file.columnBytes().keySet()).containsExactlyElementsOf(EventSchemas.CLOUDTRAIL.columns().stream().map(column -> column.name()).toList());
            assertThat(file.columnBytes().values().stream().mapToLong(Long::longValue).sum() + file.metadataBytes()).isEqualTo(file.sizeBytes());
            assertThat(file.columnBytes().get("eventjson")).isGreaterThan(file.columnBytes().get("eventname"));
            assertThat(file.metadataBytes()).isPositive();
            assertThat(report.bytesOut()).isEqualTo(file.sizeBytes());
            assertSortedByEventTime(rows);
        }
    }

    @Test
    public void testCloudTrailRecordWithEveryField(@TempDir Path directory)
            throws Exception
    {
        try (TestingStorage storage = new TestingStorage(directory)) {
            EventDataStore store = storage.createStore(CreateEventDataStoreRequest.withDefaults("all").withRetentionPeriodDays(3653));
            Path input = resource("categories/cloudtrail-all-fields.json");
            IngestReport report = storage.ingest(IngestRequest.live(store.id(), List.of(IngestSource.file(input.toString()))));
            assertAccounting(report);
            assertThat(report.eventsStored()).isEqualTo(1);

            Map<String, Object> row = storage.readRows(store.id()).get(0);
            String text = Files.readString(input).trim();
            JsonNode record = ExpectedRows.parse(text);
            ExpectedRows.assertMatches(row, ExpectedRows.expected(EventSchemas.CLOUDTRAIL, record), "all fields");
            assertThat(row.get("eventjson")).isEqualTo(text);

            // the conversions spelled out
            assertThat(row.get("eventtime")).isEqualTo(Instant.parse("2024-02-29T23:59:59.123Z"));
            assertThat(row.get("readonly")).isEqualTo(true);
            assertThat(row.get("managementevent")).isEqualTo(false);
            Map<?, ?> identity = (Map<?, ?>) row.get("useridentity");
            Map<?, ?> session = (Map<?, ?>) identity.get("sessioncontext");
            assertThat(((Map<?, ?>) session.get("attributes")).get("creationdate")).isEqualTo(Instant.parse("2013-11-02T01:06:28Z"));
            assertThat(((Map<?, ?>) session.get("sessionissuer")).get("username")).isEqualTo("RoleToBeAssumed");
            assertThat(session.get("ec2issuedinvpc")).isEqualTo("vpc-1234");
            Map<?, ?> federation = (Map<?, ?>) session.get("webidfederationdata");
            Map<String, String> attributes = new HashMap<>();
            ((Map<?, ?>) federation.get("attributes")).forEach((key, value) -> attributes.put((String) key, (String) value));
            assertThat(attributes).containsEntry("accounts.google.com:sub", "98765")
                    .containsEntry("nested", "{\"a\":[1,2]}")
                    .containsEntry("nothing", null);
            Map<?, ?> parameters = (Map<?, ?>) row.get("requestparameters");
            assertThat(parameters.get("count")).isEqualTo("42");
            assertThat(parameters.get("flag")).isEqualTo("true");
            assertThat(parameters.get("list")).isEqualTo("[\"x\",\"y\"]");
            assertThat(parameters.get("obj")).isEqualTo("{\"k\":\"v\\\"q\"}");
            assertThat(parameters.containsKey("versionId")).isTrue();
            assertThat(parameters.get("versionId")).isNull();
            assertThat(((Map<?, ?>) row.get("additionaleventdata")).get("bytesTransferredOut")).isEqualTo("1024.5");
            List<?> resources = (List<?>) row.get("resources");
            assertThat(resources).hasSize(2);
            assertThat(((Map<?, ?>) resources.get(1)).get("arnprefix")).isEqualTo("arn:aws:s3:::my-");
            assertThat(((Map<?, ?>) resources.get(0)).get("accountid")).isNull();
            assertThat(((Map<?, ?>) row.get("tlsdetails")).get("clientprovidedhostheader")).isEqualTo("my-bucket.s3.eu-west-1.amazonaws.com");
            assertThat(row.get("sessioncredentialfromconsole")).isEqualTo("true");
            assertThat(((Map<?, ?>) row.get("serviceeventdetails")).get("details")).isEqualTo("{\"state\":\"ok\"}");
            assertThat(row.get("eventjson").toString()).contains("somethingNew");
        }
    }

    @Test
    public void testInsightsRecords(@TempDir Path directory)
    {
        try (TestingStorage storage = new TestingStorage(directory)) {
            EventDataStore store = storage.createStore(CreateEventDataStoreRequest.withDefaults("insights").withCategory(EventCategory.INSIGHT).withRetentionPeriodDays(3653));
            assertThat(store.type()).isEqualTo(EventDataStoreType.INSIGHTS);
            IngestReport report = storage.ingest(IngestRequest.live(store.id(), List.of(IngestSource.file(resource("categories/insights.jsonl").toString()))));
            assertAccounting(report);
            assertThat(report.eventsStored()).isEqualTo(2);
            List<Map<String, Object>> rows = storage.readRows(store.id());
            assertThat(rows).hasSize(2);

            // the trail form: insightDetails flattened
            Map<String, Object> trail = rows.get(0);
            assertThat(trail.get("eventtime")).isEqualTo(Instant.parse("2019-11-14T00:51:00Z"));
            assertThat(trail.get("eventcategory")).isEqualTo("Insight");
            assertThat(trail.get("sharedeventid")).isEqualTo("12edc982-3348-4794-83d3-a3db26525049");
            assertThat(trail.get("insightstate")).isEqualTo("Start");
            assertThat(trail.get("insighteventsource")).isEqualTo("ssm.amazonaws.com");
            assertThat(trail.get("insighteventname")).isEqualTo("UpdateInstanceAssociationStatus");
            assertThat(trail.get("insighttype")).isEqualTo("ApiCallRateInsight");
            assertThat(trail.get("insighterrorcode")).isNull();
            assertThat(trail.get("insightsource")).isNull();
            Map<?, ?> context = (Map<?, ?>) trail.get("insightcontext");
            assertThat(context.get("baselineaverage")).isEqualTo(9.82222E-5);
            assertThat(context.get("insightaverage")).isEqualTo(5.0);
            assertThat(context.get("baselineduration")).isEqualTo(10181);
            assertThat(context.get("insightduration")).isEqualTo(1);
            Map<?, ?> attribution = (Map<?, ?>) context.get("attributions");
            assertThat(attribution.get("attribute")).isEqualTo("userIdentityArn");
            assertThat(attribution.get("insightvalue")).isEqualTo("arn:aws:sts::123456789012:assumed-role/CodeDeployRole1");
            assertThat(attribution.get("insightaverage")).isEqualTo(5.0);
            assertThat(attribution.get("baselinevalue")).isEqualTo("arn:aws:sts::123456789012:assumed-role/CodeDeployRole1");
            assertThat(attribution.get("baselineaverage")).isEqualTo(9.82222E-5);

            // the event data store form maps by name
            Map<String, Object> lake = rows.get(1);
            JsonNode record = ExpectedRows.parse((String) lake.get("eventjson"));
            ExpectedRows.assertMatches(lake, ExpectedRows.expected(EventSchemas.INSIGHTS, record), "insight");
            assertThat(lake.get("insightsource")).isEqualTo("arn:aws:cloudtrail:us-east-2:123456789012:eventdatastore/source-eds");
            assertThat(((Map<?, ?>) ((Map<?, ?>) lake.get("insightcontext")).get("attributions")).get("insightvalue")).isEqualTo("AccessDenied");
        }
    }

    @Test
    public void testConfigAuditAndActivityRecords(@TempDir Path directory)
            throws Exception
    {
        try (TestingStorage storage = new TestingStorage(directory)) {
            Map<EventCategory, String> fixtures = Map.of(
                    EventCategory.CONFIGURATION_ITEM, "categories/config-items.jsonl",
                    EventCategory.EVIDENCE, "categories/audit-evidence.jsonl",
                    EventCategory.ACTIVITY_AUDIT_LOG, "categories/activity.jsonl");
            for (Map.Entry<EventCategory, String> fixture : fixtures.entrySet()) {
                EventDataStore store = storage.createStore(CreateEventDataStoreRequest.withDefaults(fixture.getKey().apiName()).withCategory(fixture.getKey()).withRetentionPeriodDays(3653));
                Path input = resource(fixture.getValue());
                IngestReport report = storage.ingest(IngestRequest.live(store.id(), List.of(IngestSource.file(input.toString()))));
                assertAccounting(report);
                List<String> lines = Files.readAllLines(input).stream().filter(line -> !line.isBlank()).toList();
                assertThat(report.eventsStored()).as(fixture.getValue()).isEqualTo(lines.size());
                List<Map<String, Object>> rows = storage.readRows(store.id());
                for (Map<String, Object> row : rows) {
                    assertThat(lines).contains((String) row.get("eventjson"));
                    JsonNode record = ExpectedRows.parse((String) row.get("eventjson"));
                    ExpectedRows.assertMatches(row, ExpectedRows.expected(store.schema(), record), fixture.getValue());
                }
            }

            // lossy flattenings, spelled out
            Map<String, Object> config = storage.readRows(storage.catalog().get("ConfigurationItem").id()).get(0);
            Map<?, ?> eventData = (Map<?, ?>) config.get("eventdata");
            assertThat(eventData.get("arn")).isEqualTo("arn:aws:ec2:us-west-2:123456789012:security-group/sg-0123");
            assertThat(eventData.get("relatedevents")).isEqualTo("[\"e1\",\"e2\"]");
            assertThat(((Map<?, ?>) eventData.get("relationships")).get("resourceid")).isEqualTo("vpc-1");
            assertThat(((Map<?, ?>) eventData.get("configuration")).get("ipPermissions")).isEqualTo("[{\"fromPort\":443,\"toPort\":443}]");
            assertThat(((Map<?, ?>) eventData.get("tags")).get("env")).isEqualTo("prod");
            Map<String, Object> evidence = storage.readRows(storage.catalog().get("Evidence").id()).get(0);
            assertThat(((Map<?, ?>) evidence.get("eventdata")).get("time")).isEqualTo(Instant.parse("2024-04-10T11:59:00.500Z"));
            assertThat(((Map<?, ?>) ((Map<?, ?>) evidence.get("eventdata")).get("attributes")).get("count")).isEqualTo("3");
            Map<String, Object> activity = storage.readRows(storage.catalog().get("ActivityAuditLog").id()).get(0);
            assertThat(((Map<?, ?>) activity.get("addendum")).get("originaluid")).isEqualTo("uid-0");
            assertThat(((Map<?, ?>) activity.get("metadata")).get("channelarn")).isEqualTo("arn:aws:cloudtrail:us-east-1:123456789012:channel/ch-1");
            Map<?, ?> activityData = (Map<?, ?>) activity.get("eventdata");
            assertThat(activityData.get("uid")).isEqualTo("uid-1");
            assertThat(activityData.get("eventtime")).isEqualTo("2024-06-01T09:29:59");
            assertThat(activityData.get("errormessage")).isEqualTo("none");
            assertThat(((Map<?, ?>) ((Map<?, ?>) activityData.get("useridentity")).get("details")).get("groups")).isEqualTo("[\"admins\",\"ops\"]");
        }
    }

    @Test
    public void testRecordOfAnotherCategoryIsRejected(@TempDir Path directory)
    {
        try (TestingStorage storage = new TestingStorage(directory)) {
            EventDataStore trail = storage.createStore(CreateEventDataStoreRequest.withDefaults("trail").withRetentionPeriodDays(3653));
            IngestReport report = storage.ingest(IngestRequest.live(trail.id(), List.of(IngestSource.file(resource("categories/insights.jsonl").toString()))));
            assertAccounting(report);
            assertThat(report.eventsRejected()).isEqualTo(2);
            assertThat(report.rejections()).extracting(IngestReport.Rejection::reason)
                    .containsOnly("record of category Insight cannot go into a CloudTrail event data store");

            EventDataStore insights = storage.createStore(CreateEventDataStoreRequest.withDefaults("insights").withCategory(EventCategory.INSIGHT).withRetentionPeriodDays(3653));
            report = storage.ingest(IngestRequest.live(insights.id(), List.of(IngestSource.file(resource("categories/cloudtrail-all-fields.json").toString()))));
            assertThat(report.rejections()).extracting(IngestReport.Rejection::reason)
                    .containsExactly("record of category Data cannot go into an Insights event data store");
            assertThat(storage.liveFiles(insights.id())).isEmpty();
        }
    }

    @Test
    public void testCategoryInferredForOldRecords(@TempDir Path directory)
    {
        try (TestingStorage storage = new TestingStorage(directory)) {
            storage.clock().set(Instant.parse("2024-01-01T00:00:00Z"));
            EventDataStore store = storage.createStore(CreateEventDataStoreRequest.withDefaults("docs").withRetentionPeriodDays(3653));
            IngestReport report = storage.ingest(IngestRequest.live(store.id(), List.of(IngestSource.file(resource("awsdocs").toString()))));
            assertAccounting(report);
            assertThat(report.eventsRejected()).isZero();
            int inferred = 0;
            for (Map<String, Object> row : storage.readRows(store.id())) {
                JsonNode record = ExpectedRows.parse((String) row.get("eventjson"));
                ExpectedRows.assertMatches(row, withoutCategory(ExpectedRows.expected(EventSchemas.CLOUDTRAIL, record)), (String) row.get("eventid"));
                if (record.has("eventCategory")) {
                    assertThat(row.get("eventcategory")).isEqualTo(record.get("eventCategory").asText());
                    continue;
                }
                inferred++;
                String expected;
                if (record.has("managementEvent")) {
                    expected = record.get("managementEvent").asBoolean() ? "Management" : "Data";
                }
                else {
                    boolean s3Object = false;
                    for (JsonNode resource : record.path("resources")) {
                        s3Object |= "AWS::S3::Object".equals(resource.path("type").asText());
                    }
                    boolean invoke = "lambda.amazonaws.com".equals(record.path("eventSource").asText()) && "Invoke".equals(record.path("eventName").asText());
                    expected = s3Object || invoke ? "Data" : "Management";
                }
                assertThat(row.get("eventcategory")).as(record.toString()).isEqualTo(expected);
            }
            assertThat(inferred).isGreaterThan(10);
        }
    }

    private static Map<String, Object> withoutCategory(Map<String, Object> expected)
    {
        Map<String, Object> copy = new HashMap<>(expected);
        copy.remove("eventcategory");
        return copy;
    }

    @Test
    public void testOddInputsAreRejectedAndNothingElseIsLost(@TempDir Path directory)
            throws Exception
    {
        try (TestingStorage storage = new TestingStorage(directory)) {
            Instant now = Instant.parse("2026-01-01T00:00:00Z");
            storage.clock().set(now);
            EventDataStore store = storage.createStore(CreateEventDataStoreRequest.withDefaults("odd").withRetentionPeriodDays(3653));
            Instant cutoff = now.minusSeconds(3653L * 86400);
            List<Path> inputs = new ArrayList<>();
            inputs.add(resource("panther/_history_extra_events.jsonl"));
            try (var files = Files.list(resource("streamalert"))) {
                files.filter(file -> file.toString().endsWith(".jsonl")).sorted().forEach(inputs::add);
            }

            // what should happen to each line, decided from the line alone
            Set<String> expectedStored = new HashSet<>();
            int expectedRejected = 0;
            int expectedOutside = 0;
            for (Path input : inputs) {
                for (String line : Files.readAllLines(input)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    String outcome = expectedOutcome(line.trim(), cutoff);
                    switch (outcome) {
                        case "stored" -> expectedStored.add(line.trim());
                        case "outside" -> expectedOutside++;
                        default -> expectedRejected++;
                    }
                }
            }
            assertThat(expectedRejected).isGreaterThan(20);

            List<IngestSource> sources = inputs.stream().map(input -> IngestSource.file(input.toString())).toList();
            IngestReport report = storage.ingest(IngestRequest.live(store.id(), sources));
            assertAccounting(report);
            assertThat(report.eventsRejected()).isEqualTo(expectedRejected);
            assertThat(report.eventsOutsideTimeRange()).isEqualTo(expectedOutside);
            assertThat(report.eventsStored()).isEqualTo(expectedStored.size());
            Set<String> stored = new HashSet<>();
            storage.readRows(store.id()).forEach(row -> stored.add((String) row.get("eventjson")));
            assertThat(stored).isEqualTo(expectedStored);

            assertThat(report.rejections()).extracting(IngestReport.Rejection::reason).contains("missing eventTime");
            String rejectsFile = report.rejectsFile().orElseThrow();
            List<String> rejectLines = Files.readAllLines(Path.of(rejectsFile));
            assertThat(rejectLines).hasSize(expectedRejected);
            boolean placeholder = false;
            for (String line : rejectLines) {
                JsonNode reject = ExpectedRows.parse(line);
                assertThat(reject.get("source").asText()).isNotEmpty();
                assertThat(reject.get("recordNumber").asLong()).isPositive();
                // the fixtures have no blank lines, so a record's line is its number
                assertThat(reject.get("line").asLong()).isEqualTo(reject.get("recordNumber").asLong());
                assertThat(reject.get("column").asLong()).isEqualTo(1);
                assertThat(reject.get("record").asText()).isNotEmpty();
                placeholder |= reject.get("reason").asText().equals("eventTime: \"eventTime\" is not a timestamp");
            }
            assertThat(placeholder).isTrue();
            assertThat(report.rejections()).extracting(IngestReport.Rejection::reason).contains("userIdentity.sessionContext.attributes.creationDate: \"...\" is not a timestamp");
        }
    }

    /**
     * "stored", "outside" or a rejection, decided with a Jackson tree and java.time.
     */
    private static String expectedOutcome(String line, Instant cutoff)
    {
        JsonNode record;
        try {
            record = ExpectedRows.parse(line);
        }
        catch (RuntimeException e) {
            return "malformed";
        }
        if (!record.isObject()) {
            return "not an object";
        }
        JsonNode eventTime = ExpectedRows.member(record, "eventTime");
        if (eventTime == null || eventTime.isNull()) {
            return "missing eventTime";
        }
        Instant time;
        try {
            time = ExpectedRows.timestamp(eventTime.asText());
        }
        catch (RuntimeException e) {
            return "bad eventTime";
        }
        JsonNode attributes = ExpectedRows.member(ExpectedRows.member(ExpectedRows.member(record, "userIdentity"), "sessionContext"), "attributes");
        JsonNode creationDate = ExpectedRows.member(attributes, "creationDate");
        if (creationDate != null && !creationDate.isNull()) {
            try {
                ExpectedRows.timestamp(creationDate.asText());
            }
            catch (RuntimeException e) {
                return "bad creationDate";
            }
        }
        for (String name : List.of("readOnly", "managementEvent")) {
            JsonNode value = ExpectedRows.member(record, name);
            if (value != null && !value.isNull() && !value.isBoolean() && !(value.isTextual() && value.asText().matches("(?i)true|false"))) {
                return "bad boolean";
            }
        }
        for (String name : List.of("requestParameters", "responseElements", "additionalEventData", "serviceEventDetails", "addendum", "edgeDeviceDetails", "insightDetails")) {
            JsonNode value = ExpectedRows.member(record, name);
            if (value != null && !value.isNull() && !value.isObject()) {
                return "bad map";
            }
        }
        JsonNode category = ExpectedRows.member(record, "eventCategory");
        if (category != null && category.isTextual()) {
            Optional<EventCategory> known = EventCategory.fromApiName(category.asText());
            if (known.isPresent() && known.get().storeType() != EventDataStoreType.CLOUDTRAIL) {
                return "other category";
            }
        }
        return time.isBefore(cutoff) ? "outside" : "stored";
    }

    @Test
    public void testRecordsWithoutEventTimeAreRejected(@TempDir Path directory)
    {
        try (TestingStorage storage = new TestingStorage(directory)) {
            EventDataStore store = storage.createStore(CreateEventDataStoreRequest.withDefaults("otrf").withRetentionPeriodDays(3653));
            IngestReport report = storage.ingest(IngestRequest.live(store.id(), List.of(IngestSource.file(resource("otrf").toString()))));
            assertAccounting(report);
            assertThat(report.eventsRead()).isEqualTo(103);
            assertThat(report.eventsRejected()).isEqualTo(103);
            assertThat(report.rejections()).extracting(IngestReport.Rejection::reason).containsOnly("missing eventTime");
            assertThat(report.dataFilesWritten()).isZero();
            assertThat(storage.liveFiles(store.id())).isEmpty();
        }
    }

    @Test
    public void testPositionsOfRejectedRecords(@TempDir Path directory)
            throws Exception
    {
        try (TestingStorage storage = new TestingStorage(directory)) {
            EventDataStore store = storage.createStore(CreateEventDataStoreRequest.withDefaults("positions").withRetentionPeriodDays(3653));
            String good = "{\"eventTime\":\"2024-06-01T00:00:00Z\",\"eventID\":\"%s\"}";
            Path lines = directory.resolve("lines.jsonl");
            Files.writeString(lines, String.format(good, "a") + "\n\n" + "{\"eventTime\":\"2024-06-01T00:00:00Z\",\"readOnly\":\"yes\"}\n" + "  {\"eventTime\": 5}\n" + "{broken\n" + String.format(good, "b") + "\n");
            Path log = directory.resolve("log.json");
            Files.writeString(log, "{\"Records\":[\n  " + String.format(good, "c") + ",\n  {\"eventTime\":\"2024-06-01T00:00:00Z\",\"resources\":[{\"type\":1},\"not-an-object\"]}]}");
            IngestReport report = storage.ingest(IngestRequest.live(store.id(), List.of(IngestSource.file(lines.toString()), IngestSource.file(log.toString()))));
            assertAccounting(report);
            assertThat(report.eventsStored()).isEqualTo(3);
            assertThat(report.rejections()).extracting(rejection -> rejection.recordNumber() + " " + rejection.line() + ":" + rejection.column() + " " + rejection.reason())
                    .containsExactlyInAnyOrder(
                            "2 3:1 readOnly: expected a boolean, found \"yes\"",
                            "3 4:3 eventTime: expected a timestamp string, found 5",
                            "4 5:1 malformed JSON: Unexpected character ('b' (code 98)): was expecting double-quote to start field name (record line 1, column 2)",
                            "2 3:3 resources[1]: expected an object, found \"not-an-object\"");
        }
    }

    @Test
    public void testInputFormats(@TempDir Path directory)
            throws Exception
    {
        try (TestingStorage storage = new TestingStorage(directory)) {
            EventDataStore store = storage.createStore(CreateEventDataStoreRequest.withDefaults("formats").withRetentionPeriodDays(3653));
            byte[] logFile = gunzip(invictusFiles().get(0));
            List<JsonNode> records = records(logFile);
            Path plain = directory.resolve("plain-log.json");
            Files.write(plain, logFile);
            Path gzipped = directory.resolve("gzipped-without-extension");
            Files.write(gzipped, gzip(logFile));
            StringBuilder jsonLines = new StringBuilder();
            StringBuilder pretty = new StringBuilder();
            for (JsonNode record : records) {
                jsonLines.append(record).append('\n');
                pretty.append(record.toPrettyString()).append('\n');
            }
            Path lines = directory.resolve("events.jsonl");
            Files.writeString(lines, jsonLines);
            Path prettyFile = directory.resolve("pretty.json");
            Files.writeString(prettyFile, pretty);
            Path single = directory.resolve("single.json");
            Files.writeString(single, records.get(0).toPrettyString());
            List<byte[]> inMemory = records.stream().map(record -> record.toString().getBytes(UTF_8)).toList();

            IngestReport report = storage.ingest(IngestRequest.live(store.id(), List.of(
                    IngestSource.file(plain.toString()),
                    IngestSource.file(gzipped.toString()),
                    IngestSource.file(lines.toUri().toString()),
                    IngestSource.file(prettyFile.toString()),
                    IngestSource.file(single.toString()),
                    new IngestSource.StreamSource("stdin", new ByteArrayInputStream(gzip(jsonLines.toString().getBytes(UTF_8)))),
                    new IngestSource.RecordsSource("put-audit-events", inMemory))));
            assertAccounting(report);
            int count = records.size();
            assertThat(report.filesRead()).isEqualTo(7);
            assertThat(report.eventsRead()).isEqualTo(6L * count + 1);
            assertThat(report.eventsStored()).isEqualTo(6L * count + 1);
            Map<String, Integer> copies = new HashMap<>();
            for (Map<String, Object> row : storage.readRows(store.id())) {
                copies.merge((String) row.get("eventid"), 1, Integer::sum);
            }
            for (JsonNode record : records) {
                assertThat(copies.get(record.get("eventID").asText())).isEqualTo(record == records.get(0) ? 7 : 6);
            }
        }
    }

    @Test
    public void testDigestFilesAreSkipped(@TempDir Path directory)
            throws Exception
    {
        try (TestingStorage storage = new TestingStorage(directory)) {
            EventDataStore store = storage.createStore(CreateEventDataStoreRequest.withDefaults("digests").withRetentionPeriodDays(3653));
            String digest = """
                    {"awsAccountId":"111122223333","digestStartTime":"2015-08-17T14:01:31Z","digestEndTime":"2015-08-17T15:01:31Z",
                     "digestS3Bucket":"S3-bucket-name","digestS3Object":"AWSLogs/111122223333/CloudTrail-Digest/us-east-2/2015/08/17/x.json.gz",
                     "digestPublicKeyFingerprint":"31e8b5433410dfb61a9dc45cc65b22ff","digestSignatureAlgorithm":"SHA256withRSA",
                     "newestEventTime":"2015-08-17T14:52:27Z","oldestEventTime":"2015-08-17T14:42:27Z","logFiles":[]}
                    """;
            Path byName = directory.resolve("in/111122223333_CloudTrail-Digest_us-east-2_trail_us-east-2_20150817T150131Z.json.gz");
            Path byPath = directory.resolve("in/AWSLogs/111122223333/CloudTrail-Digest/us-east-2/2015/08/17/renamed.json.gz");
            Path byContent = directory.resolve("in/other/unnamed.json");
            Files.createDirectories(byPath.getParent());
            Files.createDirectories(byContent.getParent());
            Files.write(byName, gzip(digest.getBytes(UTF_8)));
            Files.write(byPath, gzip(digest.getBytes(UTF_8)));
            Files.writeString(byContent, digest);
            Files.write(directory.resolve("in/log.json.gz"), Files.readAllBytes(invictusFiles().get(0)));

            IngestReport report = storage.ingest(IngestRequest.live(store.id(), List.of(IngestSource.file(directory.resolve("in").toString()))));
            assertAccounting(report);
            assertThat(report.filesSkipped()).isEqualTo(3);
            assertThat(report.fileNotices()).extracting(FileNotice::kind).containsOnly(FileNotice.Kind.SKIPPED_DIGEST);
            assertThat(report.fileNotices()).extracting(notice -> Path.of(java.net.URI.create(notice.source())).getFileName().toString())
                    .containsExactlyInAnyOrder(byName.getFileName().toString(), byPath.getFileName().toString(), byContent.getFileName().toString());
            assertThat(report.eventsRead()).isEqualTo(records(gunzip(invictusFiles().get(0))).size());
        }
    }

    @Test
    public void testTruncatedAndCorruptFiles(@TempDir Path directory)
            throws Exception
    {
        try (TestingStorage storage = new TestingStorage(directory)) {
            EventDataStore store = storage.createStore(CreateEventDataStoreRequest.withDefaults("damaged").withRetentionPeriodDays(3653));
            Path source = invictusFiles().stream().max((left, right) -> Long.compare(left.toFile().length(), right.toFile().length())).orElseThrow();
            byte[] compressed = Files.readAllBytes(source);
            Path truncatedGzip = directory.resolve("truncated.json.gz");
            Files.write(truncatedGzip, java.util.Arrays.copyOf(compressed, compressed.length / 2));
            byte[] corrupt = compressed.clone();
            for (int index = 12; index < corrupt.length; index += 7) {
                corrupt[index] ^= 0x5A;
            }
            Path corruptGzip = directory.resolve("corrupt.json.gz");
            Files.write(corruptGzip, corrupt);
            byte[] plain = gunzip(source);
            Path truncatedJson = directory.resolve("truncated.json");
            Files.write(truncatedJson, java.util.Arrays.copyOf(plain, plain.length * 2 / 3));
            Path good = directory.resolve("good.json.gz");
            Files.write(good, Files.readAllBytes(invictusFiles().get(0)));

            IngestReport report = storage.ingest(IngestRequest.live(store.id(), List.of(
                    IngestSource.file(truncatedGzip.toString()),
                    IngestSource.file(corruptGzip.toString()),
                    IngestSource.file(truncatedJson.toString()),
                    IngestSource.file(good.toString()))));
            assertAccounting(report);
            assertThat(report.filesFailed()).isEqualTo(3);
            Map<String, FileNotice.Kind> kinds = new HashMap<>();
            report.fileNotices().forEach(notice -> kinds.put(Path.of(notice.source()).getFileName().toString(), notice.kind()));
            assertThat(kinds).containsEntry("truncated.json.gz", FileNotice.Kind.TRUNCATED)
                    .containsEntry("corrupt.json.gz", FileNotice.Kind.UNREADABLE)
                    .containsEntry("truncated.json", FileNotice.Kind.TRUNCATED)
                    .hasSize(3);

            // the complete records before the damage are kept: a prefix of each damaged file's records
            List<JsonNode> all = records(plain);
            Set<String> stored = new HashSet<>();
            storage.readRows(store.id()).forEach(row -> stored.add((String) row.get("eventid")));
            int prefixFromGzip = completeRecords(readUntilDamage(truncatedGzip));
            int prefixFromJson = completeRecords(java.util.Arrays.copyOf(plain, plain.length * 2 / 3));
            assertThat(prefixFromGzip).isPositive().isLessThan(all.size());
            assertThat(prefixFromJson).isPositive().isLessThan(all.size());
            int goodCount = records(gunzip(invictusFiles().get(0))).size();
            assertThat(report.eventsStored()).isEqualTo(prefixFromGzip + prefixFromJson + goodCount);
            for (int index = 0; index < Math.max(prefixFromGzip, prefixFromJson); index++) {
                assertThat(stored).contains(all.get(index).get("eventID").asText());
            }
            for (int index = Math.max(prefixFromGzip, prefixFromJson); index < all.size(); index++) {
                assertThat(stored).doesNotContain(all.get(index).get("eventID").asText());
            }
        }
    }

    private static byte[] readUntilDamage(Path gzipFile)
            throws Exception
    {
        java.io.ByteArrayOutputStream output = new java.io.ByteArrayOutputStream();
        try (java.io.InputStream input = new java.util.zip.GZIPInputStream(Files.newInputStream(gzipFile))) {
            byte[] buffer = new byte[8192];
            int read;
            while ((read = input.read(buffer)) > 0) {
                output.write(buffer, 0, read);
            }
        }
        catch (java.io.EOFException e) {
            // expected: the file is cut
        }
        return output.toByteArray();
    }

    /**
     * How many records of a cut {"Records":[...]} text are complete, counted with Jackson's tokenizer.
     */
    private static int completeRecords(byte[] prefix)
            throws Exception
    {
        int complete = 0;
        try (com.fasterxml.jackson.core.JsonParser parser = new com.fasterxml.jackson.core.JsonFactory().createParser(prefix)) {
            parser.nextToken();
            parser.nextToken();
            parser.nextToken();
            while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                parser.skipChildren();
                complete++;
            }
        }
        catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // the cut
        }
        return complete;
    }

    @Test
    public void testOversizedRecordIsRejected(@TempDir Path directory)
            throws Exception
    {
        try (TestingStorage storage = new TestingStorage(directory)) {
            storage.withSettings(IngestSettings.defaults().withMaxRecordBytes(2000));
            EventDataStore store = storage.createStore(CreateEventDataStoreRequest.withDefaults("big").withRetentionPeriodDays(3653));
            Path input = directory.resolve("big.jsonl");
            String big = "{\"eventTime\":\"2024-06-01T00:00:00Z\",\"big\":\"" + "x".repeat(5000) + "\"}";
            Files.writeString(input, big + "\n{\"eventTime\":\"2024-06-01T00:00:01Z\"}\n");
            IngestReport report = storage.ingest(IngestRequest.live(store.id(), List.of(IngestSource.file(input.toString()))));
            assertAccounting(report);
            assertThat(report.eventsStored()).isEqualTo(1);
            assertThat(report.rejections()).singleElement().satisfies(rejection -> {
                assertThat(rejection.recordNumber()).isEqualTo(1);
                assertThat(rejection.reason()).isEqualTo("the record is larger than 2000 bytes (" + big.length() + " bytes)");
            });
        }
    }

    @Test
    public void testStoreStatusAndMode(@TempDir Path directory)
    {
        try (TestingStorage storage = new TestingStorage(directory)) {
            EventDataStore store = storage.createStore(CreateEventDataStoreRequest.withDefaults("stopped").withRetentionPeriodDays(3653).withStartIngestion(false));
            List<IngestSource> sources = List.of(IngestSource.file(invictusFiles().get(0).toString()));
            assertThatThrownBy(() -> storage.ingest(IngestRequest.live(store.id(), sources)))
                    .isInstanceOfSatisfying(TarnException.class, e -> assertThat(e.getErrorCode()).isEqualTo(StorageErrorCode.INGESTION_STOPPED.toErrorCode()))
                    .hasMessage("Event data store 'stopped' is not ingesting events (status STOPPED_INGESTION)");
            IngestReport imported = storage.ingest(new IngestRequest(store.id(), sources, IngestMode.IMPORT, Optional.empty(), Optional.empty()));
            assertThat(imported.eventsStored()).isPositive();

            EventDataStore insights = storage.createStore(CreateEventDataStoreRequest.withDefaults("insights").withCategory(EventCategory.INSIGHT));
            assertThatThrownBy(() -> storage.ingest(new IngestRequest(insights.id(), sources, IngestMode.IMPORT, Optional.empty(), Optional.empty())))
                    .isInstanceOfSatisfying(TarnException.class, e -> assertThat(e.getErrorCode()).isEqualTo(StorageErrorCode.INVALID_EVENT_DATA_STORE_CATEGORY.toErrorCode()));

            storage.catalog().delete(store.id());
            assertThatThrownBy(() -> storage.ingest(new IngestRequest(store.id(), sources, IngestMode.IMPORT, Optional.empty(), Optional.empty())))
                    .isInstanceOfSatisfying(TarnException.class, e -> assertThat(e.getErrorCode()).isEqualTo(StorageErrorCode.INACTIVE_EVENT_DATA_STORE.toErrorCode()));

            EventDataStore live = storage.createStore(CreateEventDataStoreRequest.withDefaults("live"));
            assertThatThrownBy(() -> storage.ingest(IngestRequest.live(live.id(), List.of(IngestSource.file(directory.resolve("missing.json").toString())))))
                    .isInstanceOfSatisfying(TarnException.class, e -> assertThat(e.getErrorCode()).isEqualTo(StorageErrorCode.INPUT_NOT_FOUND.toErrorCode()));
        }
    }

    @Test
    public void testImportReadsOnlyLogFiles(@TempDir Path directory)
            throws Exception
    {
        try (TestingStorage storage = new TestingStorage(directory)) {
            EventDataStore store = storage.createStore(CreateEventDataStoreRequest.withDefaults("import").withRetentionPeriodDays(3653).withStartIngestion(false));
            byte[] logFile = gunzip(invictusFiles().get(0));
            StringBuilder jsonLines = new StringBuilder();
            records(logFile).forEach(record -> jsonLines.append(record).append('\n'));
            Path lines = directory.resolve("events.jsonl");
            Files.writeString(lines, jsonLines);
            IngestReport report = storage.ingest(new IngestRequest(store.id(), List.of(
                    IngestSource.file(lines.toString()),
                    IngestSource.file(invictusFiles().get(0).toString()),
                    new IngestSource.RecordsSource("records", List.of(records(logFile).get(0).toString().getBytes(UTF_8)))),
                    IngestMode.IMPORT, Optional.empty(), Optional.empty()));
            assertAccounting(report);
            assertThat(report.eventsStored()).isEqualTo(records(logFile).size());
            assertThat(report.fileNotices()).extracting(notice -> notice.source() + " " + notice.kind())
                    .containsExactlyInAnyOrder(lines + " SKIPPED_OTHER", "records SKIPPED_OTHER");
        }
    }

    @Test
    public void testSelectorsFilterLiveIngestion(@TempDir Path directory)
    {
        try (TestingStorage storage = new TestingStorage(directory)) {
            EventDataStore store = storage.createStore(CreateEventDataStoreRequest.withDefaults("selected").withRetentionPeriodDays(3653));
            // a stand-in for SelectorMatcher until the catalog branch lands: what a selector sees of each event
            Map<String, Integer> seen = new ConcurrentHashMap<>();
            EventFilter filter = event -> {
                record(seen, event);
                return "ec2.amazonaws.com".equals(event.value("eventSource")) && "false".equals(event.value("readOnly"));
            };
            IngestReport report = storage.ingest(IngestRequest.live(store.id(), List.of(IngestSource.file(resource("invictus").toString()))), filter);
            assertAccounting(report);

            long expectedKept = 0;
            for (Path file : invictusFiles()) {
                for (JsonNode record : records(gunzip(file))) {
                    if (record.get("eventSource").asText().equals("ec2.amazonaws.com") && !record.get("readOnly").asBoolean()) {
                        expectedKept++;
                    }
                }
            }
            assertThat(report.eventsStored()).isEqualTo(expectedKept);
            assertThat(report.eventsFilteredBySelectors()).isEqualTo(2900 - expectedKept);
            assertThat(storage.readRows(store.id())).allSatisfy(row -> assertThat(row.get("eventsource")).isEqualTo("ec2.amazonaws.com"));
            assertThat(seen.get("eventCategory=Management")).isEqualTo(2900);
            assertThat(seen.get("userIdentity.arn present")).isPositive();
            assertThat(seen.get("resources")).isPositive();
            assertThat(seen.get("unknown field")).isNull();
        }
    }

    private static void record(Map<String, Integer> seen, SelectableEvent event)
    {
        seen.merge("eventCategory=" + event.value("eventCategory"), 1, Integer::sum);
        if (event.value("userIdentity.arn") != null) {
            seen.merge("userIdentity.arn present", 1, Integer::sum);
        }
        if (event.resourceCount() > 0 && event.resourceType(0) != null && event.resourceArn(0) != null) {
            seen.merge("resources", 1, Integer::sum);
        }
        if (event.value("noSuchField") != null) {
            seen.merge("unknown field", 1, Integer::sum);
        }
    }

    @Test
    public void testRetentionAndTimeRange(@TempDir Path directory)
    {
        try (TestingStorage storage = new TestingStorage(directory)) {
            storage.clock().set(Instant.parse("2023-07-17T12:20:00Z"));
            EventDataStore store = storage.createStore(CreateEventDataStoreRequest.withDefaults("retention").withRetentionPeriodDays(7));
            Instant cutoff = Instant.parse("2023-07-10T12:20:00Z");
            Instant to = Instant.parse("2023-07-10T12:30:00Z");
            long expectedInRange = 0;
            long expectedRead = 0;
            int expectedFiles = 0;
            for (Path file : invictusFiles()) {
                // a file delivered at minute M holds events before M + 1 minute: files delivered before the cutoff are not opened
                java.util.regex.Matcher name = java.util.regex.Pattern.compile("_(\\d{8}T\\d{4})Z_").matcher(file.getFileName().toString());
                assertThat(name.find()).isTrue();
                Instant delivered = java.time.LocalDateTime.parse(name.group(1), java.time.format.DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmm")).toInstant(java.time.ZoneOffset.UTC);
                if (!delivered.plusSeconds(60).isAfter(cutoff)) {
                    continue;
                }
                expectedFiles++;
                for (JsonNode record : records(gunzip(file))) {
                    Instant time = Instant.parse(record.get("eventTime").asText());
                    expectedRead++;
                    if (!time.isBefore(cutoff) && time.isBefore(to)) {
                        expectedInRange++;
                    }
                }
            }
            IngestReport report = storage.ingest(new IngestRequest(store.id(), List.of(IngestSource.file(resource("invictus").toString())), IngestMode.LIVE,
                    Optional.of(Instant.parse("2023-07-01T00:00:00Z")), Optional.of(to)));
            assertAccounting(report);
            assertThat(report.eventsStored()).isEqualTo(expectedInRange);
            assertThat(report.eventsRead()).isEqualTo(expectedRead);
            assertThat(report.filesRead()).isEqualTo(expectedFiles).isLessThan(55);
            // the files not opened are reported, each with the range that left it out; the data set's manifest is no JSON
            assertThat(report.fileNotices()).filteredOn(notice -> notice.kind() == FileNotice.Kind.OUTSIDE_TIME_RANGE)
                    .hasSize(invictusFiles().size() - expectedFiles)
                    .allSatisfy(notice -> assertThat(notice.detail()).contains("from " + cutoff).contains("before " + to));
            assertThat(report.fileNotices()).filteredOn(notice -> notice.kind() != FileNotice.Kind.OUTSIDE_TIME_RANGE)
                    .extracting(notice -> Path.of(java.net.URI.create(notice.source())).getFileName().toString())
                    .containsExactly("MANIFEST.tsv");
            assertThat(report.filesSkipped()).isEqualTo(invictusFiles().size() - expectedFiles + 1);
            assertThat(report.eventsOutsideTimeRange()).isEqualTo(expectedRead - expectedInRange);
            assertThat(storage.readRows(store.id())).allSatisfy(row -> {
                Instant time = (Instant) row.get("eventtime");
                assertThat(time).isAfterOrEqualTo(cutoff).isBefore(to);
            });
        }
    }

    @Test
    public void testTrailImportPrunesDirectoriesAndFilesByDate(@TempDir Path directory)
            throws Exception
    {
        try (TestingStorage storage = new TestingStorage(directory)) {
            EventDataStore store = storage.createStore(CreateEventDataStoreRequest.withDefaults("import").withRetentionPeriodDays(3653).withStartIngestion(false));
            Path account = directory.resolve("bucket/prefix/AWSLogs/o-abc123/123837392027");
            Path day = account.resolve("CloudTrail/us-east-1/2023/07/10");
            Files.createDirectories(day);
            for (Path file : invictusFiles()) {
                Files.copy(file, day.resolve(file.getFileName()));
            }
            // a day before the range and a year after it: their directories are never listed
            Path dayBefore = account.resolve("CloudTrail/us-east-1/2023/07/09");
            Files.createDirectories(dayBefore);
            Files.copy(invictusFiles().get(10), dayBefore.resolve("123837392027_CloudTrail_us-east-1_20230709T2355Z_abcdefghijklmnop.json.gz"));
            Path yearAfter = account.resolve("CloudTrail/us-east-1/2024/01/01");
            Files.createDirectories(yearAfter);
            Files.copy(invictusFiles().get(11), yearAfter.resolve("123837392027_CloudTrail_us-east-1_20240101T0005Z_abcdefghijklmnop.json.gz"));
            Path digest = account.resolve("CloudTrail-Digest/us-east-1/2023/07/10/123837392027_CloudTrail-Digest_us-east-1_trail_us-east-1_20230710T123000Z.json.gz");
            Files.createDirectories(digest.getParent());
            Files.write(digest, gzip("{\"digestS3Object\":\"x\",\"logFiles\":[]}".getBytes(UTF_8)));
            Path insight = account.resolve("CloudTrail-Insight/us-east-1/2023/07/10/123837392027_CloudTrail-Insight_us-east-1_20230710T1215Z_abcdefghijklmnop.json.gz");
            Files.createDirectories(insight.getParent());
            Files.write(insight, gzip(("{\"Records\":[" + Files.readAllLines(resource("categories/insights.jsonl")).get(0) + "]}").getBytes(UTF_8)));

            Instant from = Instant.parse("2023-07-10T12:00:00Z");
            Instant to = Instant.parse("2023-07-10T12:20:00Z");
            long expectedRead = 0;
            long expectedStored = 0;
            int expectedFiles = 0;
            List<String> expectedNotices = new ArrayList<>(List.of(
                    digest.getFileName() + " SKIPPED_DIGEST",
                    insight.getFileName() + " SKIPPED_OTHER",
                    dayBefore.getFileName() + " OUTSIDE_TIME_RANGE",
                    "2024 OUTSIDE_TIME_RANGE"));
            for (Path file : invictusFiles()) {
                // delivered at minute M: holds events before M + 1 minute; later deliveries than an hour after the range are not read
                java.util.regex.Matcher name = java.util.regex.Pattern.compile("_(\\d{8}T\\d{4})Z_").matcher(file.getFileName().toString());
                assertThat(name.find()).isTrue();
                Instant delivered = java.time.LocalDateTime.parse(name.group(1), java.time.format.DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmm")).toInstant(java.time.ZoneOffset.UTC);
                if (!delivered.plusSeconds(60).isAfter(from) || !delivered.isBefore(to.plusSeconds(3600))) {
                    expectedNotices.add(file.getFileName() + " OUTSIDE_TIME_RANGE");
                    continue;
                }
                expectedFiles++;
                for (JsonNode record : records(gunzip(file))) {
                    expectedRead++;
                    Instant time = Instant.parse(record.get("eventTime").asText());
                    if (!time.isBefore(from) && time.isBefore(to)) {
                        expectedStored++;
                    }
                }
            }
            assertThat(expectedFiles).isLessThan(invictusFiles().size());

            IngestReport report = storage.ingest(new IngestRequest(store.id(), List.of(IngestSource.file(directory.resolve("bucket/prefix").toString())),
                    IngestMode.IMPORT, Optional.of(from), Optional.of(to)));
            assertAccounting(report);
            assertThat(report.filesRead()).isEqualTo(expectedFiles);
            assertThat(report.eventsRead()).isEqualTo(expectedRead);
            assertThat(report.eventsStored()).isEqualTo(expectedStored);
            assertThat(report.eventsOutsideTimeRange()).isEqualTo(expectedRead - expectedStored);
            assertThat(report.fileNotices()).extracting(notice -> Path.of(java.net.URI.create(notice.source())).getFileName() + " " + notice.kind())
                    .containsExactlyInAnyOrderElementsOf(expectedNotices);
            // the digest, the insight file and the log files of the listed day outside the range; directories are not files
            assertThat(report.filesSkipped()).isEqualTo(2 + invictusFiles().size() - expectedFiles);
        }
    }

    private static void assertSortedByEventTime(List<Map<String, Object>> rows)
    {
        for (int index = 1; index < rows.size(); index++) {
            assertThat((Instant) rows.get(index).get("eventtime")).isAfterOrEqualTo((Instant) rows.get(index - 1).get("eventtime"));
        }
    }

    static EventSchema schema(EventDataStore store)
    {
        return store.schema();
    }
}
