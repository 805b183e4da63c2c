package io.tarn.storage.impl.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hashing;
import io.tarn.error.TarnException;
import io.tarn.storage.BatchReader;
import io.tarn.storage.CreateEventDataStoreRequest;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.EventDataStoreCatalog;
import io.tarn.storage.Lake;
import io.tarn.storage.LakeOptions;
import io.tarn.storage.ScanPlan;
import io.tarn.storage.ScanRequest;
import io.tarn.storage.ScanSplit;
import io.tarn.storage.ScanStatistics;
import io.tarn.storage.StoreScanner;
import io.tarn.storage.TimeRange;
import io.tarn.storage.TimeRanges;
import io.tarn.storage.UpdateEventDataStoreRequest;
import io.tarn.storage.impl.DataFile;
import io.tarn.storage.impl.DefaultLake;
import io.tarn.storage.impl.StoreLayout;
import io.tarn.storage.schema.DataType;
import io.tarn.storage.schema.EventSchema;
import io.tarn.storage.schema.EventSchemas;
import io.tarn.storage.schema.Field;
import io.tarn.storage.vector.ColumnBatch;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.orc.OrcFile;
import org.apache.orc.OrcProto;
import org.apache.orc.Reader;
import org.apache.orc.StripeInformation;
import org.apache.orc.TypeDescription;
import org.apache.orc.impl.RecordReaderImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static io.tarn.storage.StorageErrorCode.CORRUPT_DATA_FILE;
import static io.tarn.storage.StorageErrorCode.INACTIVE_EVENT_DATA_STORE;
import static io.tarn.storage.StorageErrorCode.STORAGE_IO_ERROR;
import static io.tarn.storage.impl.scan.TestingCloudTrailEvents.eventTimeMillis;
import static io.tarn.storage.impl.scan.TestingCloudTrailEvents.withEventTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS;

@TestInstance(PER_CLASS)
final class TestOrcStoreScanner
{
    private static final long SECOND = 1000L;
    private static final long HOUR = 3_600_000L;
    private static final long DAY = 86_400_000L;
    private static final EventSchema SCHEMA = EventSchemas.CLOUDTRAIL;
    private static final Instant NOW = Instant.parse("2023-07-25T00:00:00Z");
    private static final long STREAM_START = Instant.parse("2023-07-20T00:00:00Z").toEpochMilli();
    private static final int STREAM_ROWS = 8000;
    private static final int STREAM_ROW_INDEX_STRIDE = 1000;

    @TempDir
    static java.nio.file.Path lakeDirectory;

    private DefaultLake lake;
    private StoreLayout layout;
    private FileSystem fileSystem;
    private EventDataStoreCatalog catalog;
    private TestingClock clock;
    private StoreScanner scanner;
    private TestingDataFiles dataFiles;

    // the 536 real events spread over 2023-07-10 .. 2023-07-13, two files a day
    private EventDataStore store;
    private List<ObjectNode> events;
    private List<List<ObjectNode>> fileEvents;
    private List<DataFile> files;

    // one file of 8,000 events a second apart from 2023-07-20T00:00Z, in several stripes of several row groups
    private EventDataStore stream;
    private DataFile streamFile;

    @BeforeAll
    void setUp()
    {
        clock = new TestingClock(NOW);
        lake = (DefaultLake) Lake.open(LakeOptions.at(lakeDirectory.toString()).withClock(clock).withMaxEventDataStores(20));
        layout = lake.layout();
        fileSystem = lake.fileSystem();
        catalog = lake.catalog();
        scanner = lake.scanner();
        dataFiles = new TestingDataFiles(fileSystem, layout, lake.dataFiles());

        List<ObjectNode> source = TestingCloudTrailEvents.load();
        List<List<ObjectNode>> days = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int index = 0; index < source.size(); index++) {
            int day = index % days.size();
            days.get(day).add(withEventTime(source.get(index), eventTimeMillis(source.get(index)) + day * DAY));
        }
        events = new ArrayList<>();
        fileEvents = new ArrayList<>();
        for (List<ObjectNode> day : days) {
            fileEvents.add(day.subList(0, day.size() / 2));
            fileEvents.add(day.subList(day.size() / 2, day.size()));
            events.addAll(day);
        }
        store = createStore("four-days");
        files = dataFiles.commit(store.id(), fileEvents, TestingOrcEventWriter.Settings.DEFAULT);

        List<ObjectNode> streamEvents = new ArrayList<>();
        for (int row = 0; row < STREAM_ROWS; row++) {
            ObjectNode event = withEventTime(source.get(row % source.size()), STREAM_START + row * SECOND);
            // lighter events keep the file quick to write; the four-day store has the full ones
            event.remove(List.of("requestParameters", "responseElements", "additionalEventData", "resources"));
            streamEvents.add(event);
        }
        stream = createStore("stream");
        streamFile = dataFiles.commit(stream.id(), List.of(streamEvents), new TestingOrcEventWriter.Settings(8L << 20, 1000, STREAM_ROW_INDEX_STRIDE)).get(0);
    }

    @BeforeEach
    void resetClock()
    {
        clock.set(NOW);
    }

    @AfterAll
    void tearDown()
    {
        lake.close();
    }

    @Test
    void testPlanSkipsPartitionsAndFilesOutsideTheRanges()
    {
        TimeRange range = new TimeRange(Instant.parse("2023-07-11T12:00:00Z").toEpochMilli(), Instant.parse("2023-07-11T12:05:00Z").toEpochMilli());
        // a store is named by id, name or ARN
        ScanPlan plan = scanner.plan(ScanRequest.of(store.name(), List.of("eventname"), TimeRanges.of(range)));

        List<DataFile> expected = files.stream()
                .filter(file -> range.overlaps(file.minEventTimeMillis(), file.maxEventTimeMillis()))
                .toList();
        assertThat(expected).hasSize(1);
        assertThat(plan.partitionsTotal()).isEqualTo(4);
        assertThat(plan.partitionsSelected()).isEqualTo(1);
        assertThat(plan.filesTotal()).isEqualTo(8);
        assertThat(plan.filesSelected()).isEqualTo(1);
        assertThat(plan.splits()).extracting(ScanSplit::path)
                .containsExactly(layout.dataDirectory(store.id()) + "/" + expected.get(0).relativePath());
        assertThat(plan.splits().get(0).partition()).isEqualTo("eventdate=2023-07-11");
        assertThat(plan.estimatedBytes()).isEqualTo(expected.get(0).metadataBytes()
                + expected.get(0).columnBytes().get("eventname")
                + expected.get(0).columnBytes().get("eventtime"));
    }

    @Test
    void testPlanListsSplitsInTimeOrder()
    {
        ScanPlan plan = scanner.plan(ScanRequest.of(store.id(), List.of("eventname", "eventtime"), TimeRanges.all()));

        assertThat(plan.splits()).hasSize(8);
        assertThat(plan.splits()).extracting(ScanSplit::minEventTimeMillis).isSorted();
        assertThat(plan.splits()).extracting(ScanSplit::partition).containsExactly(
                "eventdate=2023-07-10", "eventdate=2023-07-10", "eventdate=2023-07-11", "eventdate=2023-07-11",
                "eventdate=2023-07-12", "eventdate=2023-07-12", "eventdate=2023-07-13", "eventdate=2023-07-13");
        assertThat(plan.splits()).extracting(ScanSplit::rowCount).containsExactlyElementsOf(fileEvents.stream().map(list -> (long) list.size()).toList());
        // eventtime is requested, so it is not added again
        assertThat(plan.estimatedBytes()).isEqualTo(files.stream()
                .mapToLong(file -> file.metadataBytes() + file.columnBytes().get("eventname") + file.columnBytes().get("eventtime"))
                .sum());
    }

    @Test
    void testNoTimeRangesPlansNoSplits()
    {
        ScanPlan plan = scanner.plan(ScanRequest.of(store.id(), List.of("eventname"), TimeRanges.none()));

        assertThat(plan.splits()).isEmpty();
        assertThat(plan.filesTotal()).isEqualTo(8);
        assertThat(plan.filesSelected()).isZero();
        assertThat(plan.partitionsSelected()).isZero();
        assertThat(plan.estimatedBytes()).isZero();
    }

    @Test
    void testScanReturnsExactlyTheEventsInTheRanges()
            throws IOException
    {
        // boundaries are real event times: starts are included, ends are not
        long firstStart = eventTimeMillis(events.get(10));
        long firstEnd = eventTimeMillis(events.get(60));
        long secondStart = eventTimeMillis(events.get(300));
        long secondEnd = eventTimeMillis(events.get(420));
        long single = eventTimeMillis(events.get(500));
        TimeRanges ranges = TimeRanges.of(new TimeRange(firstStart, firstEnd), new TimeRange(secondStart, secondEnd), new TimeRange(single, single + 1));
        List<ObjectNode> expected = events.stream().filter(event -> ranges.contains(eventTimeMillis(event))).toList();
        assertThat(expected).anyMatch(event -> eventTimeMillis(event) == firstStart);
        assertThat(expected).noneMatch(event -> eventTimeMillis(event) == firstEnd);

        ScanResult result = scan(new ScanRequest(store.id(), List.of("eventid", "eventtime"), Map.of(), ranges, 16));

        assertThat(result.rows()).extracting(row -> row.get("eventid") + "@" + row.get("eventtime"))
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(TestOrcStoreScanner::identity).toList());
        assertThat(result.rows()).extracting(row -> (Instant) row.get("eventtime")).isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void testRetentionHidesEventsOlderThanTheRetentionPeriod()
            throws IOException
    {
        catalog.update(store.id(), UpdateEventDataStoreRequest.none().withRetentionPeriodDays(7));
        try {
            clock.set(Instant.parse("2023-07-19T12:00:00Z"));
            long cutoff = Instant.parse("2023-07-12T12:00:00Z").toEpochMilli();
            ScanResult result = scan(ScanRequest.of(store.id(), List.of("eventid", "eventtime"), TimeRanges.all()));

            assertThat(result.plan().request().timeRanges()).isEqualTo(TimeRanges.of(new TimeRange(cutoff, Long.MAX_VALUE)));
            assertThat(result.plan().filesSelected()).isEqualTo(files.stream().filter(file -> file.maxEventTimeMillis() >= cutoff).count());
            assertThat(result.plan().partitionsSelected()).isEqualTo(2);
            assertThat(result.rows()).extracting(row -> row.get("eventid") + "@" + row.get("eventtime"))
                    .containsExactlyInAnyOrderElementsOf(identities(event -> eventTimeMillis(event) >= cutoff));

            clock.set(Instant.parse("2023-07-20T12:10:00Z"));
            long laterCutoff = Instant.parse("2023-07-13T12:10:00Z").toEpochMilli();
            ScanResult later = scan(ScanRequest.of(store.id(), List.of("eventid", "eventtime"), TimeRanges.all()));
            assertThat(later.rows()).extracting(row -> row.get("eventid") + "@" + row.get("eventtime"))
                    .containsExactlyInAnyOrderElementsOf(identities(event -> eventTimeMillis(event) >= laterCutoff))
                    .hasSizeLessThan(result.rows().size());
        }
        finally {
            catalog.update(store.id(), UpdateEventDataStoreRequest.none().withRetentionPeriodDays(366));
        }
    }

    @Test
    void testNarrowerTimeWindowsReadFewerBytes()
            throws IOException
    {
        List<String> columns = List.of("eventid", "eventname");
        TimeRange day = new TimeRange(Instant.parse("2023-07-11T00:00:00Z").toEpochMilli(), Instant.parse("2023-07-12T00:00:00Z").toEpochMilli());
        TimeRange hour = new TimeRange(Instant.parse("2023-07-11T11:00:00Z").toEpochMilli(), Instant.parse("2023-07-11T12:00:00Z").toEpochMilli());

        ScanResult all = scan(ScanRequest.of(store.id(), columns, TimeRanges.all()));
        ScanResult oneDay = scan(ScanRequest.of(store.id(), columns, TimeRanges.of(day)));
        ScanResult oneHour = scan(ScanRequest.of(store.id(), columns, TimeRanges.of(hour)));

        assertThat(all.rows()).hasSize(events.size());
        assertThat(oneDay.rows()).hasSize(identities(event -> day.contains(eventTimeMillis(event))).size());
        assertThat(oneHour.rows()).hasSize(identities(event -> hour.contains(eventTimeMillis(event))).size());
        assertThat(all.statistics().filesRead()).isEqualTo(8);
        assertThat(oneDay.statistics().filesRead()).isEqualTo(2);
        assertThat(oneHour.statistics().filesRead()).isEqualTo(1);
        assertThat(oneDay.statistics().bytesRead()).isLessThan(all.statistics().bytesRead());
        assertThat(oneHour.statistics().bytesRead()).isLessThan(oneDay.statistics().bytesRead());
    }

    @Test
    void testFewerColumnsReadFewerBytes()
            throws IOException
    {
        List<String> allColumns = SCHEMA.columns().stream().map(Field::name).toList();
        ScanResult one = scan(ScanRequest.of(store.id(), List.of("eventname"), TimeRanges.all()));
        ScanResult two = scan(ScanRequest.of(store.id(), List.of("eventname", "useragent"), TimeRanges.all()));
        ScanResult every = scan(ScanRequest.of(store.id(), allColumns, TimeRanges.all()));

        assertThat(one.rows()).hasSize(events.size());
        assertThat(two.rows()).hasSize(events.size());
        assertThat(every.rows()).hasSize(events.size());
        assertThat(one.statistics().bytesRead()).isLessThan(two.statistics().bytesRead());
        assertThat(two.statistics().bytesRead()).isLessThan(every.statistics().bytesRead());
        // reading every column of a file reads all of it but its 3-byte header and the row indexes it does not need
        long sizes = files.stream().mapToLong(DataFile::sizeBytes).sum();
        assertThat(every.statistics().bytesRead()).isGreaterThanOrEqualTo(sizes - files.stream().mapToLong(this::indexBytes).sum() - 3L * files.size());
    }

    @Test
    void testNestedFieldProjectionReadsFewerBytes()
            throws IOException
    {
        ScanResult whole = scan(ScanRequest.of(store.id(), List.of("useridentity"), TimeRanges.all()));
        ScanResult arnOnly = scan(new ScanRequest(store.id(), List.of("useridentity"), Map.of("useridentity", Set.of("arn")), TimeRanges.all(), 1024));
        ScanResult twoPaths = scan(new ScanRequest(
                store.id(),
                List.of("useridentity"),
                Map.of("useridentity", Set.of("arn", "sessionContext.attributes.creationDate")),
                TimeRanges.all(),
                1024));

        assertThat(arnOnly.statistics().bytesRead()).isLessThan(twoPaths.statistics().bytesRead());
        assertThat(twoPaths.statistics().bytesRead()).isLessThan(whole.statistics().bytesRead());

        DataType userIdentity = SCHEMA.column("useridentity").orElseThrow().type();
        List<Object> expectedWhole = events.stream().map(event -> TestingVectors.expected(event.get("userIdentity"), userIdentity)).toList();
        assertThat(whole.rows()).extracting(row -> row.get("useridentity")).containsExactlyElementsOf(expectedWhole);
        assertThat(expectedWhole).anyMatch(value -> value != null && ((Map<?, ?>) value).get("type") != null);

        List<Object> expectedArns = events.stream()
                .map(event -> projected(TestingVectors.expected(event.get("userIdentity"), userIdentity), "arn"))
                .toList();
        assertThat(arnOnly.rows()).extracting(row -> row.get("useridentity")).containsExactlyElementsOf(expectedArns);
        List<Object> expectedTwoPaths = events.stream()
                .map(event -> projected(TestingVectors.expected(event.get("userIdentity"), userIdentity), "arn", "sessioncontext.attributes.creationdate"))
                .toList();
        assertThat(twoPaths.rows()).extracting(row -> row.get("useridentity")).containsExactlyElementsOf(expectedTwoPaths);
        assertThat(expectedTwoPaths).anyMatch(value -> value != null && value.toString().contains("creationdate=2023-07"));
    }

    @Test
    void testReadingAWholeFileCountsItsTailStripeFootersAndData()
            throws IOException
    {
        DataFile file = files.get(5);
        TimeRange range = new TimeRange(file.minEventTimeMillis(), file.maxEventTimeMillis() + 1);
        List<String> allColumns = SCHEMA.columns().stream().map(Field::name).toList();

        ScanResult result = scan(ScanRequest.of(store.id(), allColumns, TimeRanges.of(range)));

        assertThat(result.plan().splits()).hasSize(1);
        try (Reader reader = orcReader(store, file)) {
            // every row of the file is in the range, so no row index is needed and every stripe is read whole
            long tailRead = tailRead(reader, file);
            long stripesRead = reader.getStripes().stream().mapToLong(stripe -> stripe.getFooterLength() + stripe.getDataLength()).sum();
            assertThat(result.statistics().bytesRead()).isEqualTo(tailRead + stripesRead);
            assertThat(result.statistics().stripesRead()).isEqualTo(reader.getStripes().size());
            assertThat(result.statistics().stripesSkipped()).isZero();
            assertThat(result.statistics().rowGroupsRead()).isEqualTo(rowGroups(reader, TestingOrcEventWriter.ROW_INDEX_STRIDE));
            assertThat(result.statistics().rowGroupsSkipped()).isZero();
        }
        assertThat(result.statistics().eventsRead()).isEqualTo(file.rowCount());
        assertThat(result.rows()).hasSize(fileEvents.get(5).size());
    }

    @Test
    void testOnlyTheStreamsOfRequestedColumnsAreRead()
            throws IOException
    {
        // every row of the file is wanted, so not even eventtime is read: only eventname's streams
        DataFile file = files.get(2);
        TimeRange range = new TimeRange(file.minEventTimeMillis(), file.maxEventTimeMillis() + 1);

        ScanResult result = scan(ScanRequest.of(store.id(), List.of("eventname"), TimeRanges.of(range)));

        assertThat(result.rows()).extracting(row -> row.get("eventname"))
                .containsExactlyElementsOf(fileEvents.get(2).stream().map(event -> event.get("eventName").asText()).toList());
        try (Reader reader = orcReader(store, file);
                RecordReaderImpl rows = (RecordReaderImpl) reader.rows()) {
            TypeDescription eventName = reader.getSchema().findSubtype("eventname");
            long expected = tailRead(reader, file);
            for (StripeInformation stripe : reader.getStripes()) {
                expected += stripe.getFooterLength();
                for (OrcProto.Stream stream : rows.readStripeFooter(stripe).getStreamsList()) {
                    if (stream.getColumn() == eventName.getId() && stream.getKind() != OrcProto.Stream.Kind.ROW_INDEX) {
                        expected += stream.getLength();
                    }
                }
            }
            assertThat(result.statistics().bytesRead()).isEqualTo(expected);
        }
    }

    @Test
    void testStripesAndRowGroupsOutsideTheRangeAreSkipped()
            throws IOException
    {
        try (Reader reader = orcReader(stream, streamFile)) {
            List<StripeInformation> stripes = reader.getStripes();
            assertThat(stripes).as("stripes of the stream file").hasSizeGreaterThanOrEqualTo(3);
            assertThat(stripes.get(1).getNumberOfRows()).as("rows of its second stripe").isGreaterThan(2L * STREAM_ROW_INDEX_STRIDE);

            // from the middle of the second stripe's first row group into its second row group
            long firstRow = stripes.get(0).getNumberOfRows() + 500;
            long endRow = firstRow + STREAM_ROW_INDEX_STRIDE;
            TimeRanges ranges = TimeRanges.of(new TimeRange(STREAM_START + firstRow * SECOND, STREAM_START + endRow * SECOND));
            ScanResult narrow = scan(ScanRequest.of(stream.id(), List.of("eventtime", "eventjson"), ranges));
            ScanResult full = scan(ScanRequest.of(stream.id(), List.of("eventtime", "eventjson"), TimeRanges.all()));

            assertThat(narrow.rows()).extracting(row -> ((Instant) row.get("eventtime")).toEpochMilli())
                    .containsExactlyElementsOf(streamTimes(firstRow, endRow));
            ExpectedPruning expected = expectedPruning(reader, ranges);
            assertThat(expected.stripesSkipped()).isEqualTo(stripes.size() - 1);
            assertThat(narrow.statistics().stripesRead()).isEqualTo(expected.stripesRead());
            assertThat(narrow.statistics().stripesSkipped()).isEqualTo(expected.stripesSkipped());
            assertThat(narrow.statistics().rowGroupsRead()).isEqualTo(expected.rowGroupsRead()).isEqualTo(2);
            assertThat(narrow.statistics().rowGroupsSkipped()).isEqualTo(expected.rowGroupsSkipped());
            assertThat(narrow.statistics().eventsRead()).isEqualTo(expected.eventsRead()).isEqualTo(2L * STREAM_ROW_INDEX_STRIDE);

            assertThat(full.rows()).hasSize(STREAM_ROWS);
            assertThat(full.statistics().eventsRead()).isEqualTo(STREAM_ROWS);
            assertThat(full.statistics().rowGroupsRead()).isEqualTo(rowGroups(reader, STREAM_ROW_INDEX_STRIDE));
            assertThat(narrow.statistics().bytesRead() * 2).isLessThan(full.statistics().bytesRead());
        }
    }

    @Test
    void testSeveralRangesSkipTheStripesBetweenThem()
            throws IOException
    {
        try (Reader reader = orcReader(stream, streamFile)) {
            List<StripeInformation> stripes = reader.getStripes();
            long lastStripeStart = STREAM_ROWS - stripes.get(stripes.size() - 1).getNumberOfRows();
            // a few rows at the start of the first stripe and a few in the last one
            TimeRanges ranges = TimeRanges.of(
                    new TimeRange(STREAM_START + 10 * SECOND, STREAM_START + 20 * SECOND),
                    new TimeRange(STREAM_START + (lastStripeStart + 5) * SECOND, STREAM_START + (lastStripeStart + 7) * SECOND));

            ScanResult result = scan(new ScanRequest(stream.id(), List.of("eventtime"), Map.of(), ranges, 4096));

            List<Long> expectedTimes = new ArrayList<>(streamTimes(10, 20));
            expectedTimes.addAll(streamTimes(lastStripeStart + 5, lastStripeStart + 7));
            assertThat(result.rows()).extracting(row -> ((Instant) row.get("eventtime")).toEpochMilli()).containsExactlyElementsOf(expectedTimes);
            ExpectedPruning expected = expectedPruning(reader, ranges);
            assertThat(result.statistics().stripesRead()).isEqualTo(expected.stripesRead()).isEqualTo(2);
            assertThat(result.statistics().stripesSkipped()).isEqualTo(expected.stripesSkipped());
            assertThat(result.statistics().rowGroupsRead()).isEqualTo(expected.rowGroupsRead());
            assertThat(result.statistics().rowGroupsSkipped()).isEqualTo(expected.rowGroupsSkipped());
            assertThat(result.statistics().eventsRead()).isEqualTo(expected.eventsRead());
        }
    }

    @Test
    void testNestedValuesSurviveTheRoundTrip()
            throws IOException
    {
        List<String> allColumns = SCHEMA.columns().stream().map(Field::name).toList();
        ScanResult result = scan(new ScanRequest(store.id(), allColumns, Map.of(), TimeRanges.all(), 100));

        assertThat(result.rows()).hasSize(events.size());
        for (int index = 0; index < events.size(); index++) {
            ObjectNode event = events.get(index);
            Map<String, JsonNode> fields = TestingVectors.lowerCaseFields(event);
            Map<String, Object> row = result.rows().get(index);
            for (Field column : SCHEMA.columns()) {
                Object expected = switch (column.name()) {
                    case EventSchema.EVENT_JSON -> event.toString();
                    case EventSchema.EVENT_JSON_CHECKSUM -> Hashing.sha256().hashString(event.toString(), StandardCharsets.UTF_8).toString();
                    default -> TestingVectors.expected(fields.get(column.name()), column.type());
                };
                assertThat(row.get(column.name())).as("%s of event %s", column.name(), event.get("eventID")).isEqualTo(expected);
            }
        }
        // the fixture exercises what the round trip must keep
        assertThat(result.rows()).anyMatch(row -> row.get("resources") instanceof List<?> resources && resources.size() > 1);
        assertThat(result.rows()).anyMatch(row -> row.get("requestparameters") != null
                && ((Map<?, ?>) row.get("requestparameters")).values().stream().anyMatch(value -> value instanceof String text && text.startsWith("{")));
        assertThat(result.rows()).anyMatch(row -> row.get("errorcode") == null);
        assertThat(result.rows()).anyMatch(row -> row.get("responseelements") == null);
        assertThat(result.rows()).anyMatch(row -> Boolean.TRUE.equals(row.get("readonly")));
    }

    @Test
    void testEventTimeIsReadForFilteringButNotReturned()
            throws IOException
    {
        TimeRange range = new TimeRange(eventTimeMillis(events.get(100)), eventTimeMillis(events.get(110)));
        ScanPlan plan = scanner.plan(ScanRequest.of(store.id(), List.of("eventname"), TimeRanges.of(range)));
        List<String> names = new ArrayList<>();
        for (ScanSplit split : plan.splits()) {
            try (BatchReader reader = scanner.open(plan, split, new ScanStatistics())) {
                for (ColumnBatch batch = reader.nextBatch(); batch != null; batch = reader.nextBatch()) {
                    assertThat(batch.columnCount()).isEqualTo(1);
                    for (int row = 0; row < batch.size(); row++) {
                        names.add((String) TestingVectors.value(batch.column(0), SCHEMA.column("eventname").orElseThrow().type(), batch.position(row)));
                    }
                }
            }
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(events.stream()
                .filter(event -> range.contains(eventTimeMillis(event)))
                .map(event -> event.get("eventName").asText())
                .toList());
    }

    @Test
    void testCommittedFileStillInStagingIsRead()
            throws IOException
    {
        EventDataStore staged = createStore("staged");
        DataFile file = dataFiles.commitWithoutMoving(staged.id(), List.of(fileEvents.get(0))).get(0);
        assertThat(fileSystem.exists(new Path(layout.dataDirectory(staged.id()) + "/" + file.relativePath()))).isFalse();

        ScanResult result = scan(ScanRequest.of(staged.id(), List.of("eventid", "eventtime"), TimeRanges.all()));

        assertThat(result.rows()).extracting(row -> row.get("eventid") + "@" + row.get("eventtime"))
                .containsExactlyElementsOf(fileEvents.get(0).stream().map(TestOrcStoreScanner::identity).toList());
    }

    @Test
    void testMissingDataFileIsAnErrorNamingIt()
            throws IOException
    {
        EventDataStore damaged = createStore("missing-file");
        DataFile file = dataFiles.commit(damaged.id(), List.of(fileEvents.get(1)), TestingOrcEventWriter.Settings.DEFAULT).get(0);
        String location = layout.dataDirectory(damaged.id()) + "/" + file.relativePath();
        assertThat(fileSystem.delete(new Path(location), false)).isTrue();

        ScanPlan plan = scanner.plan(ScanRequest.of(damaged.id(), List.of("eventname"), TimeRanges.all()));
        assertThatThrownBy(() -> scanner.open(plan, plan.splits().get(0), new ScanStatistics()))
                .isInstanceOfSatisfying(TarnException.class, e -> assertThat(e.getErrorCode()).isEqualTo(STORAGE_IO_ERROR.toErrorCode()))
                .hasMessage("Data file '" + location + "' of event data store '" + damaged.id() + "' is missing");
    }

    @Test
    void testCorruptDataFilesAreErrorsNamingThem()
            throws IOException
    {
        EventDataStore damaged = createStore("corrupt-files");
        List<DataFile> committed = dataFiles.commit(damaged.id(), List.of(fileEvents.get(2), fileEvents.get(3)), TestingOrcEventWriter.Settings.DEFAULT);
        java.nio.file.Path garbage = lakeDirectory.resolve(layout.dataDirectory(damaged.id()).substring(layout.root().length() + 1)).resolve(committed.get(0).relativePath());
        byte[] noise = new byte[(int) committed.get(0).sizeBytes()];
        for (int index = 0; index < noise.length; index++) {
            noise[index] = (byte) (index * 31);
        }
        Files.write(garbage, noise);
        java.nio.file.Path truncated = garbage.resolveSibling(java.nio.file.Path.of(committed.get(1).relativePath()).getFileName());
        byte[] content = Files.readAllBytes(truncated);
        try (OutputStream output = Files.newOutputStream(truncated)) {
            output.write(content, 0, content.length / 2);
        }

        ScanPlan plan = scanner.plan(ScanRequest.of(damaged.id(), List.of("eventname"), TimeRanges.all()));
        for (ScanSplit split : plan.splits()) {
            assertThatThrownBy(() -> readAll(plan, split))
                    .isInstanceOfSatisfying(TarnException.class, e -> assertThat(e.getErrorCode()).isEqualTo(CORRUPT_DATA_FILE.toErrorCode()))
                    .hasMessageStartingWith("Data file '" + split.path() + "' is corrupt: ");
        }
    }

    @Test
    void testStorePendingDeletionCannotBeScanned()
    {
        EventDataStore deleted = createStore("deleted");
        catalog.delete(deleted.id());

        assertThatThrownBy(() -> scanner.plan(ScanRequest.of(deleted.id(), List.of("eventname"), TimeRanges.all())))
                .isInstanceOfSatisfying(TarnException.class, e -> assertThat(e.getErrorCode()).isEqualTo(INACTIVE_EVENT_DATA_STORE.toErrorCode()))
                .hasMessage("Event data store '" + deleted.id() + "' is pending deletion and cannot be queried");
    }

    @Test
    void testUnknownColumnsAndFieldsAreRejected()
    {
        assertThatThrownBy(() -> scanner.plan(ScanRequest.of(store.id(), List.of("nosuchcolumn"), TimeRanges.all())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nosuchcolumn");
        assertThatThrownBy(() -> scanner.plan(new ScanRequest(store.id(), List.of("useridentity"), Map.of("useridentity", Set.of("nosuchfield")), TimeRanges.all(), 1024)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nosuchfield");
        assertThatThrownBy(() -> scanner.plan(new ScanRequest(store.id(), List.of("eventname"), Map.of("eventname", Set.of("x")), TimeRanges.all(), 1024)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private EventDataStore createStore(String name)
    {
        return catalog.create(CreateEventDataStoreRequest.withDefaults(name).withTerminationProtectionEnabled(false));
    }

    private ScanResult scan(ScanRequest request)
            throws IOException
    {
        ScanPlan plan = scanner.plan(request);
        ScanStatistics statistics = new ScanStatistics();
        List<DataType> types = request.columns().stream().map(name -> SCHEMA.column(name).orElseThrow().type()).toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ScanSplit split : plan.splits()) {
            try (BatchReader reader = scanner.open(plan, split, statistics)) {
                for (ColumnBatch batch = reader.nextBatch(); batch != null; batch = reader.nextBatch()) {
                    assertThat(batch.size()).isPositive().isLessThanOrEqualTo(request.batchSize());
                    assertThat(batch.columnCount()).isEqualTo(request.columns().size());
                    for (int row = 0; row < batch.size(); row++) {
                        int position = batch.position(row);
                        Map<String, Object> values = new LinkedHashMap<>();
                        for (int column = 0; column < types.size(); column++) {
                            values.put(request.columns().get(column), TestingVectors.value(batch.column(column), types.get(column), position));
                        }
                        rows.add(values);
                    }
                }
            }
        }
        return new ScanResult(plan, rows, statistics.snapshot());
    }

    private void readAll(ScanPlan plan, ScanSplit split)
            throws IOException
    {
        try (BatchReader reader = scanner.open(plan, split, new ScanStatistics())) {
            while (reader.nextBatch() != null) {
                // read to the end
            }
        }
    }

    private Reader orcReader(EventDataStore owner, DataFile file)
            throws IOException
    {
        Path path = new Path(layout.dataDirectory(owner.id()) + "/" + file.relativePath());
        return OrcFile.createReader(path, OrcFile.readerOptions(fileSystem.getConf()).filesystem(fileSystem));
    }

    private long indexBytes(DataFile file)
    {
        try (Reader reader = orcReader(store, file)) {
            return reader.getStripes().stream().mapToLong(StripeInformation::getIndexLength).sum();
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * ORC reads the last 16 KiB of a file (or all of it, if smaller) to find its tail, and more if the tail is larger.
     */
    private static long tailRead(Reader reader, DataFile file)
    {
        long tailLength = 1 + reader.getFileTail().getPostscriptLength() + reader.getFileTail().getPostscript().getFooterLength()
                + reader.getFileTail().getPostscript().getMetadataLength() + reader.getFileTail().getPostscript().getStripeStatisticsLength();
        return Math.max(Math.min(file.sizeBytes(), 16 * 1024), tailLength);
    }

    private static long rowGroups(Reader reader, long stride)
    {
        return reader.getStripes().stream().mapToLong(stripe -> (stripe.getNumberOfRows() + stride - 1) / stride).sum();
    }

    /**
     * What pruning the stream file should do, from its stripes' row counts and the rows' event times
     * (row {@code r} happened at {@code STREAM_START + r} seconds).
     */
    private static ExpectedPruning expectedPruning(Reader reader, TimeRanges ranges)
    {
        long stripesRead = 0;
        long stripesSkipped = 0;
        long rowGroupsRead = 0;
        long rowGroupsSkipped = 0;
        long eventsRead = 0;
        long stripeStart = 0;
        for (StripeInformation stripe : reader.getStripes()) {
            long rows = stripe.getNumberOfRows();
            long groups = (rows + STREAM_ROW_INDEX_STRIDE - 1) / STREAM_ROW_INDEX_STRIDE;
            if (!ranges.overlaps(STREAM_START + stripeStart * SECOND, STREAM_START + (stripeStart + rows - 1) * SECOND)) {
                stripesSkipped++;
                rowGroupsSkipped += groups;
            }
            else {
                stripesRead++;
                for (long group = 0; group < groups; group++) {
                    long first = stripeStart + group * STREAM_ROW_INDEX_STRIDE;
                    long last = Math.min(stripeStart + rows, first + STREAM_ROW_INDEX_STRIDE) - 1;
                    if (ranges.overlaps(STREAM_START + first * SECOND, STREAM_START + last * SECOND)) {
                        rowGroupsRead++;
                        eventsRead += last - first + 1;
                    }
                    else {
                        rowGroupsSkipped++;
                    }
                }
            }
            stripeStart += rows;
        }
        return new ExpectedPruning(stripesRead, stripesSkipped, rowGroupsRead, rowGroupsSkipped, eventsRead);
    }

    private static List<Long> streamTimes(long firstRow, long endRow)
    {
        List<Long> times = new ArrayList<>();
        for (long row = firstRow; row < endRow; row++) {
            times.add(STREAM_START + row * SECOND);
        }
        return times;
    }

    private List<String> identities(Predicate<ObjectNode> filter)
    {
        return events.stream().filter(filter).map(TestOrcStoreScanner::identity).toList();
    }

    private static String identity(ObjectNode event)
    {
        return event.get("eventID").asText() + "@" + Instant.ofEpochMilli(eventTimeMillis(event));
    }

    /**
     * A struct value with only the given dotted paths kept and every other field null.
     */
    @SuppressWarnings("unchecked")
    private static Object projected(Object struct, String... paths)
    {
        if (struct == null) {
            return null;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        for (Map.Entry<String, Object> field : ((Map<String, Object>) struct).entrySet()) {
            List<String> below = new ArrayList<>();
            boolean whole = false;
            for (String path : paths) {
                if (path.equals(field.getKey())) {
                    whole = true;
                }
                else if (path.startsWith(field.getKey() + ".")) {
                    below.add(path.substring(field.getKey().length() + 1));
                }
            }
            Object value = null;
            if (whole) {
                value = field.getValue();
            }
            else if (!below.isEmpty()) {
                value = projected(field.getValue(), below.toArray(String[]::new));
            }
            result.put(field.getKey(), value);
        }
        return result;
    }

    private record ScanResult(ScanPlan plan, List<Map<String, Object>> rows, ScanStatistics.Snapshot statistics)
    {
        ScanResult
        {
            rows = ImmutableList.copyOf(rows);
        }
    }

    private record ExpectedPruning(long stripesRead, long stripesSkipped, long rowGroupsRead, long rowGroupsSkipped, long eventsRead) {}
}
