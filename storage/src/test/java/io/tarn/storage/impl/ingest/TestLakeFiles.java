package io.tarn.storage.impl.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.storage.AdvancedEventSelectors;
import io.tarn.storage.CompactionReport;
import io.tarn.storage.CreateEventDataStoreRequest;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.GuideSelectorExamples;
import io.tarn.storage.IngestMode;
import io.tarn.storage.IngestReport;
import io.tarn.storage.IngestRequest;
import io.tarn.storage.IngestSource;
import io.tarn.storage.Lake;
import io.tarn.storage.LakeOptions;
import io.tarn.storage.MaintenanceReport;
import io.tarn.storage.ScanPlan;
import io.tarn.storage.ScanRequest;
import io.tarn.storage.ScanSplit;
import io.tarn.storage.ScanStatistics;
import io.tarn.storage.TestingClock;
import io.tarn.storage.TimeRanges;
import io.tarn.storage.UpdateEventDataStoreRequest;
import io.tarn.storage.BatchReader;
import io.tarn.storage.impl.CatalogDatabase;
import io.tarn.storage.impl.DataFile;
import io.tarn.storage.impl.DataFileRegistry;
import io.tarn.storage.impl.DataFileRegistry.TransactionKind;
import io.tarn.storage.impl.DefaultLake;
import io.tarn.storage.vector.BytesVector;
import io.tarn.storage.vector.ColumnBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.tarn.storage.impl.ingest.IngestTests.assertAccounting;
import static io.tarn.storage.impl.ingest.IngestTests.gunzip;
import static io.tarn.storage.impl.ingest.IngestTests.invictusFiles;
import static io.tarn.storage.impl.ingest.IngestTests.records;
import static io.tarn.storage.impl.ingest.IngestTests.resource;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ingestion, compaction, retention and recovery through a real lake: the SQLite catalog, its selectors and
 * the scanner.
 */
public class TestLakeFiles
{
    private final TestingClock clock = new TestingClock(Instant.parse("2023-07-20T00:00:00Z"));

    @TempDir
    private Path directory;

    private Lake openLake()
    {
        return Lake.open(LakeOptions.at(directory.resolve("lake").toString()).withClock(clock));
    }

    @Test
    public void testSelectorsDecideWhatLiveIngestionKeeps()
    {
        try (Lake lake = openLake()) {
            EventDataStore withoutKms = lake.catalog().create(CreateEventDataStoreRequest.withDefaults("without-kms")
                    .withAdvancedEventSelectors(AdvancedEventSelectors.parse(GuideSelectorExamples.MANAGEMENT_WITHOUT_KMS)));
            IngestReport report = lake.ingest(IngestRequest.live(withoutKms.id(), List.of(IngestSource.file(resource("invictus").toString()))));
            assertAccounting(report);

            long expected = 0;
            for (JsonNode record : allInvictusRecords()) {
                if (record.get("eventCategory").asText().equals("Management") && !record.get("eventSource").asText().equals("kms.amazonaws.com")) {
                    expected++;
                }
            }
            assertThat(report.eventsStored()).isEqualTo(expected);
            assertThat(report.eventsFilteredBySelectors()).isEqualTo(2900 - expected).isPositive();
            assertThat(countScanned(lake, withoutKms.id())).isEqualTo(expected);

            // a copy of trail events ignores the selectors
            IngestReport imported = lake.ingest(new IngestRequest(withoutKms.id(), List.of(IngestSource.file(resource("invictus").toString())), IngestMode.IMPORT, Optional.empty(), Optional.empty()));
            assertThat(imported.eventsStored()).isEqualTo(2900);
            assertThat(imported.eventsFilteredBySelectors()).isZero();

            EventDataStore s3Objects = lake.catalog().create(CreateEventDataStoreRequest.withDefaults("s3-objects")
                    .withAdvancedEventSelectors(AdvancedEventSelectors.parse(GuideSelectorExamples.ALL_S3_DATA_EVENTS)));
            IngestReport s3 = lake.ingest(IngestRequest.live(s3Objects.id(), List.of(IngestSource.file(resource("categories/cloudtrail-all-fields.json").toString()),
                    IngestSource.file(resource("invictus").toString()))));
            assertAccounting(s3);
            // the one S3 object data event of the fixture; invictus has management events only
            assertThat(s3.eventsStored()).isEqualTo(1);
        }
    }

    @Test
    public void testCompactionMergesSmallFilesInEventTimeOrder()
    {
        try (Lake lake = openLake()) {
            EventDataStore store = lake.catalog().create(CreateEventDataStoreRequest.withDefaults("compact"));
            List<Path> files = invictusFiles().subList(0, 12);
            long events = 0;
            for (Path file : files) {
                events += lake.ingest(IngestRequest.live(store.id(), List.of(IngestSource.file(file.toString())))).eventsStored();
            }
            Path otherDay = directory.resolve("other-day");
            new TestingEventGenerator().writeLogFiles(otherDay, 10, 10, Instant.parse("2023-07-12T10:00:00Z"), 1000, 5);
            lake.ingest(IngestRequest.live(store.id(), List.of(IngestSource.file(otherDay.toString()))));
            DataFileRegistry registry = ((DefaultLake) lake).dataFiles();
            List<DataFile> before = registry.liveFiles(store.id());
            assertThat(before).hasSize(files.size() + 1);
            Map<String, Long> rowsBefore = eventJsonCounts(lake, store.id());

            CompactionReport report = lake.compact(store.id());
            assertThat(report.partitionsCompacted()).isEqualTo(1);
            assertThat(report.filesBefore()).isEqualTo(files.size());
            assertThat(report.filesAfter()).isEqualTo(1);
            assertThat(report.events()).isEqualTo(events);
            assertThat(report.bytesBefore()).isEqualTo(before.stream().filter(file -> file.partition().equals("eventdate=2023-07-10")).mapToLong(DataFile::sizeBytes).sum());

            List<DataFile> after = registry.liveFiles(store.id());
            assertThat(after).extracting(DataFile::partition).containsExactly("eventdate=2023-07-10", "eventdate=2023-07-12");
            DataFile merged = after.get(0);
            assertThat(merged.rowCount()).isEqualTo(events);
            assertThat(merged.sizeBytes()).isEqualTo(report.bytesAfter());
            assertThat(merged.minEventTimeMillis()).isEqualTo(before.stream().filter(file -> file.partition().equals(merged.partition())).mapToLong(DataFile::minEventTimeMillis).min().orElseThrow());
            assertThat(merged.maxEventTimeMillis()).isEqualTo(before.stream().filter(file -> file.partition().equals(merged.partition())).mapToLong(DataFile::maxEventTimeMillis).max().orElseThrow());
            assertThat(eventJsonCounts(lake, store.id())).isEqualTo(rowsBefore);

            StorageContext storage = ((DefaultLake) lake).storage();
            List<Map<String, Object>> rows = readFile(storage, merged);
            for (int index = 1; index < rows.size(); index++) {
                assertThat((Instant) rows.get(index).get("eventtime")).isAfterOrEqualTo((Instant) rows.get(index - 1).get("eventtime"));
            }
            assertThat(storeFiles(store.id(), "data")).hasSize(2);
            assertThat(storeFiles(store.id(), "_staging")).isEmpty();

            // nothing left to merge
            assertThat(lake.compact(store.id()).partitionsCompacted()).isZero();
        }
    }

    @Test
    public void testCompactionMergesMoreSmallFilesThanOneMergeTakes()
    {
        try (Lake lake = openLake()) {
            EventDataStore store = lake.catalog().create(CreateEventDataStoreRequest.withDefaults("many-small"));
            // 40 log files of one day, each ingested alone: 40 small files, more than the 16 one merge takes
            List<Path> logFiles = new TestingEventGenerator().writeLogFiles(directory.resolve("logs"), 80, 2, Instant.parse("2023-07-12T01:00:00Z"), 3_600_000, 7);
            assertThat(logFiles).hasSize(40);
            for (Path file : logFiles) {
                lake.ingest(IngestRequest.live(store.id(), List.of(IngestSource.file(file.toString()))));
            }
            DataFileRegistry registry = ((DefaultLake) lake).dataFiles();
            List<DataFile> before = registry.liveFiles(store.id());
            assertThat(before).hasSize(40);
            Map<String, Long> rowsBefore = eventJsonCounts(lake, store.id());

            CompactionReport report = lake.compact(store.id());

            List<DataFile> after = registry.liveFiles(store.id());
            assertThat(after).hasSize(1);
            assertThat(report.partitionsCompacted()).isEqualTo(1);
            assertThat(report.filesBefore()).isEqualTo(40);
            assertThat(report.filesAfter()).isEqualTo(1);
            assertThat(report.events()).isEqualTo(80);
            assertThat(report.bytesBefore()).isEqualTo(before.stream().mapToLong(DataFile::sizeBytes).sum());
            assertThat(report.bytesAfter()).isEqualTo(after.get(0).sizeBytes());
            assertThat(eventJsonCounts(lake, store.id())).isEqualTo(rowsBefore);
            // the intermediate merges' files are gone from storage too
            assertThat(storeFiles(store.id(), "data")).hasSize(1);
        }
    }

    @Test
    public void testMaintenanceExpiresFilesPastRetention()
    {
        try (Lake lake = openLake()) {
            EventDataStore store = lake.catalog().create(CreateEventDataStoreRequest.withDefaults("expiring").withRetentionPeriodDays(30));
            lake.ingest(IngestRequest.live(store.id(), List.of(IngestSource.file(resource("invictus").toString()))));
            Path recent = directory.resolve("recent");
            new TestingEventGenerator().writeLogFiles(recent, 100, 100, Instant.parse("2023-07-18T10:00:00Z"), Duration.ofHours(1).toMillis(), 3);
            lake.ingest(IngestRequest.live(store.id(), List.of(IngestSource.file(recent.toString()))));
            assertThat(countScanned(lake, store.id())).isEqualTo(3000);

            MaintenanceReport nothing = lake.maintain();
            assertThat(nothing.expiredFilesDeleted()).isZero();
            assertThat(nothing.expiredEventsDeleted()).isZero();

            // shortening the retention period expires the older partition's file at the next run
            lake.catalog().update(store.id(), UpdateEventDataStoreRequest.none().withRetentionPeriodDays(7));
            MaintenanceReport shortened = lake.maintain();
            assertThat(shortened.expiredFilesDeleted()).isEqualTo(1);
            assertThat(shortened.expiredEventsDeleted()).isEqualTo(2900);
            assertThat(((DefaultLake) lake).dataFiles().liveFiles(store.id())).extracting(DataFile::partition).containsExactly("eventdate=2023-07-18");
            assertThat(storeFiles(store.id(), "data")).hasSize(1);
            assertThat(countScanned(lake, store.id())).isEqualTo(100);

            clock.advance(Duration.ofDays(10));
            MaintenanceReport later = lake.maintain();
            assertThat(later.expiredFilesDeleted()).isEqualTo(1);
            assertThat(later.expiredEventsDeleted()).isEqualTo(100);
            assertThat(storeFiles(store.id(), "data")).isEmpty();
        }
    }

    @Test
    public void testMaintenanceCompactsSmallFilesAndRemovesLeftovers()
            throws Exception
    {
        try (Lake lake = openLake()) {
            EventDataStore store = lake.catalog().create(CreateEventDataStoreRequest.withDefaults("maintained"));
            List<Path> files = invictusFiles().subList(0, 5);
            for (Path file : files) {
                lake.ingest(IngestRequest.live(store.id(), List.of(IngestSource.file(file.toString()))));
            }
            Path storeDirectory = directory.resolve("lake/stores").resolve(store.id());
            Path strayStaging = storeDirectory.resolve("_staging/forgotten/eventdate=2023-07-10/part-x.orc");
            Files.createDirectories(strayStaging.getParent());
            Files.writeString(strayStaging, "left behind");
            Path strayData = storeDirectory.resolve("data/eventdate=2023-07-10/part-unknown.orc");
            Files.writeString(strayData, "not in the catalog");

            MaintenanceReport report = lake.maintain();
            assertThat(report.leftoverFilesRemoved()).isEqualTo(2);
            assertThat(report.compactions()).singleElement().satisfies(compaction -> {
                assertThat(compaction.filesBefore()).isEqualTo(5);
                assertThat(compaction.filesAfter()).isEqualTo(1);
            });
            assertThat(Files.exists(strayStaging)).isFalse();
            assertThat(Files.exists(strayData)).isFalse();
            long expected = files.stream().mapToLong(file -> records(gunzip(file)).size()).sum();
            assertThat(countScanned(lake, store.id())).isEqualTo(expected);
        }
    }

    @Test
    public void testOpeningRecoversInterruptedTransactions()
            throws Exception
    {
        String storeId;
        DataFile committed;
        try (Lake lake = openLake()) {
            EventDataStore store = lake.catalog().create(CreateEventDataStoreRequest.withDefaults("recovered"));
            storeId = store.id();
            lake.ingest(IngestRequest.live(storeId, List.of(IngestSource.file(invictusFiles().get(0).toString()))));
            committed = ((DefaultLake) lake).dataFiles().liveFiles(storeId).get(0);
        }
        long rows = committed.rowCount();
        Path lakeDirectory = directory.resolve("lake");
        Path storeDirectory = lakeDirectory.resolve("stores").resolve(storeId);
        // what two processes killed mid-transaction leave: one before its commit, one after it
        try (CatalogDatabase database = CatalogDatabase.open(lakeDirectory)) {
            DataFileRegistry registry = new DataFileRegistry(database);
            String open = "open-transaction";
            Path openStaging = storeDirectory.resolve("_staging").resolve(open);
            registry.begin(storeId, open, TransactionKind.INGEST, "file:" + openStaging, clock.millis());
            Files.createDirectories(openStaging.resolve("eventdate=2023-07-10"));
            Files.writeString(openStaging.resolve("eventdate=2023-07-10/part-half-written.orc"), "half");

            String done = "committed-transaction";
            Path doneStaging = storeDirectory.resolve("_staging").resolve(done);
            String relativePath = "eventdate=2023-07-10/part-" + done + "-0.orc";
            registry.begin(storeId, done, TransactionKind.INGEST, "file:" + doneStaging, clock.millis());
            Files.createDirectories(doneStaging.resolve("eventdate=2023-07-10"));
            Files.copy(storeDirectory.resolve("data").resolve(committed.relativePath()), doneStaging.resolve(relativePath));
            registry.commit(done, List.of(new DataFile(storeId, committed.partition(), relativePath, committed.rowCount(), committed.sizeBytes(),
                    committed.minEventTimeMillis(), committed.maxEventTimeMillis(), committed.columnBytes(), committed.metadataBytes(), done)), List.of());
        }

        try (Lake lake = openLake()) {
            assertThat(((DefaultLake) lake).dataFiles().unfinishedTransactions()).isEmpty();
            assertThat(storeFiles(storeId, "_staging")).isEmpty();
            assertThat(storeFiles(storeId, "data")).hasSize(2);
            assertThat(countScanned(lake, storeId)).isEqualTo(2 * rows);
        }
    }

    private List<Path> storeFiles(String storeId, String subdirectory)
    {
        Path path = directory.resolve("lake/stores").resolve(storeId).resolve(subdirectory);
        if (!Files.exists(path)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).toList();
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<JsonNode> allInvictusRecords()
    {
        List<JsonNode> records = new ArrayList<>();
        for (Path file : invictusFiles()) {
            records.addAll(records(gunzip(file)));
        }
        return records;
    }

    private static List<Map<String, Object>> readFile(StorageContext storage, DataFile file)
    {
        try {
            return TestingOrcReader.read(storage.configuration(), storage.fileSystem(), storage.locate(file));
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * How often each eventjson occurs in the store, read with ORC's reader.
     */
    private static Map<String, Long> eventJsonCounts(Lake lake, String storeId)
    {
        StorageContext storage = ((DefaultLake) lake).storage();
        Map<String, Long> counts = new HashMap<>();
        for (DataFile file : storage.registry().liveFiles(storeId)) {
            for (Map<String, Object> row : readFile(storage, file)) {
                counts.merge((String) row.get("eventjson"), 1L, Long::sum);
            }
        }
        return counts;
    }

    /**
     * The events the lake's own scanner returns for the whole store.
     */
    private static long countScanned(Lake lake, String storeId)
    {
        ScanPlan plan = lake.scanner().plan(ScanRequest.of(storeId, List.of("eventid"), TimeRanges.all()));
        ScanStatistics statistics = new ScanStatistics();
        long count = 0;
        for (ScanSplit split : plan.splits()) {
            try (BatchReader reader = lake.scanner().open(plan, split, statistics)) {
                ColumnBatch batch;
                while ((batch = reader.nextBatch()) != null) {
                    BytesVector ids = (BytesVector) batch.column(0);
                    for (int row = 0; row < batch.size(); row++) {
                        assertThat(ids.isNull(batch.position(row))).isFalse();
                        count++;
                    }
                }
            }
            catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return count;
    }

    static String text(byte[] bytes)
    {
        return new String(bytes, UTF_8);
    }

    static List<String> sorted(List<String> values)
    {
        return values.stream().sorted().collect(Collectors.toList());
    }
}
