package io.tarn.storage.impl.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.storage.CreateEventDataStoreRequest;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.IngestMode;
import io.tarn.storage.IngestReport;
import io.tarn.storage.IngestRequest;
import io.tarn.storage.IngestSource;
import io.tarn.storage.impl.DataFile;
import io.tarn.storage.impl.HadoopFileStore;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.tarn.storage.impl.ingest.IngestTests.assertAccounting;
import static io.tarn.storage.impl.ingest.IngestTests.gunzip;
import static io.tarn.storage.impl.ingest.IngestTests.gzip;
import static io.tarn.storage.impl.ingest.IngestTests.invictusFiles;
import static io.tarn.storage.impl.ingest.IngestTests.records;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trail's log files are read date-major: the account-regions of a day together, ordered by the delivery
 * time in their names, so that a day partition is written once or twice instead of once per account-region.
 */
public class TestTrailReadOrder
{
    private static final List<String> ACCOUNTS = List.of("111122223333", "444455556666");
    private static final List<String> REGIONS = List.of("eu-west-1", "us-east-1");
    private static final int DAYS = 5;
    private static final Pattern DELIVERY = Pattern.compile("_(\\d{8}T\\d{4})Z_");

    @Test
    public void testReadOrder(@TempDir Path directory)
            throws Exception
    {
        Path root = directory.resolve("bucket");
        List<Path> logFiles = writeTrail(root);
        // no delivery time in the name: at the start of its day directory's day, and after everything outside day directories
        Path dayNote = root.resolve("AWSLogs/444455556666/CloudTrail/us-east-1/2023/07/12/notes.json");
        Files.writeString(dayNote, "{\"eventVersion\":\"1.08\"}\n");
        Path looseNote = root.resolve("extra/notes.json");
        Files.createDirectories(looseNote.getParent());
        Files.writeString(looseNote, "{\"eventVersion\":\"1.08\"}\n");

        // expected: by the delivery minute written in the name, then by path
        List<Path> expected = new ArrayList<>(logFiles);
        expected.sort(Comparator.comparing((Path file) -> delivery(file)).thenComparing(Path::toString));
        int firstOfDay = 0;
        while (!delivery(expected.get(firstOfDay)).startsWith("20230712")) {
            firstOfDay++;
        }
        expected.add(firstOfDay, dayNote);
        expected.add(looseNote);

        assertThat(readOrder(root)).containsExactlyElementsOf(expected);
        // and not the order of the directories: the first two files are from different account-regions of the first day
        assertThat(expected.get(0).getParent()).isNotEqualTo(expected.get(1).getParent());
    }

    @Test
    public void testImportWritesFewFilesPerDay(@TempDir Path directory)
            throws Exception
    {
        Path root = directory.resolve("bucket");
        List<Path> logFiles = writeTrail(root);
        Map<String, Long> eventsPerDay = new TreeMap<>();
        long dayBytes = 0;
        for (Path file : logFiles) {
            byte[] content = gunzip(file);
            if (delivery(file).startsWith("20230711")) {
                dayBytes += content.length;
            }
            for (JsonNode record : records(content)) {
                eventsPerDay.merge("eventdate=" + record.get("eventTime").asText().substring(0, 10), 1L, Long::sum);
            }
        }
        assertThat(eventsPerDay).hasSize(DAYS);

        // generations of more than a day of events and less than two; one parser and one writer make the cuts deterministic
        IngestSettings settings = IngestSettings.defaults().withParserThreads(1).withWriterThreads(1).withBufferBytes(4 * dayBytes);
        try (TestingStorage storage = new TestingStorage(directory.resolve("lake")).withSettings(settings)) {
            EventDataStore store = storage.createStore(CreateEventDataStoreRequest.withDefaults("import").withRetentionPeriodDays(3653).withStartIngestion(false));
            IngestReport report = storage.ingest(new IngestRequest(store.id(), List.of(IngestSource.file(root.toString())), IngestMode.IMPORT, Optional.empty(), Optional.empty()));
            assertAccounting(report);
            assertThat(report.filesRead()).isEqualTo(logFiles.size());
            Map<String, List<DataFile>> filesPerDay = storage.liveFiles(store.id()).stream().collect(Collectors.groupingBy(DataFile::partition, TreeMap::new, Collectors.toList()));
            assertThat(filesPerDay.keySet()).containsExactlyElementsOf(eventsPerDay.keySet());
            filesPerDay.forEach((day, files) -> {
                // a day is cut by at most one generation boundary, never written once per account-region
                assertThat(files).as(day).hasSizeBetween(1, 2);
                assertThat(files.stream().mapToLong(DataFile::rowCount).sum()).as(day).isEqualTo(eventsPerDay.get(day));
            });
            assertThat(report.dataFilesWritten()).isLessThan(DAYS * 2);

            // the same files named one by one in directory order (account-region by account-region): each
            // generation holds the days of one or two account-regions, so days are written again and again
            EventDataStore byDirectory = storage.createStore(CreateEventDataStoreRequest.withDefaults("by-directory").withRetentionPeriodDays(3653).withStartIngestion(false));
            List<IngestSource> sources = logFiles.stream().sorted(Comparator.comparing(Path::toString)).map(file -> IngestSource.file(file.toString())).toList();
            IngestReport directoryOrder = storage.ingest(new IngestRequest(byDirectory.id(), sources, IngestMode.IMPORT, Optional.empty(), Optional.empty()));
            assertThat(directoryOrder.eventsStored()).isEqualTo(report.eventsStored());
            assertThat(directoryOrder.dataFilesWritten()).isGreaterThan(report.dataFilesWritten() + DAYS);
        }
    }

    /**
     * Two accounts by two regions by five days, two log files per account-region-day, each a fixture log
     * file with its events moved to that day.
     */
    private static List<Path> writeTrail(Path root)
            throws IOException
    {
        List<Path> fixtures = invictusFiles();
        List<Path> files = new ArrayList<>();
        int next = 0;
        for (int account = 0; account < ACCOUNTS.size(); account++) {
            for (int region = 0; region < REGIONS.size(); region++) {
                int accountRegion = account * REGIONS.size() + region;
                for (int day = 11; day < 11 + DAYS; day++) {
                    Path dayDirectory = root.resolve("AWSLogs/" + ACCOUNTS.get(account) + "/CloudTrail/" + REGIONS.get(region) + "/2023/07/" + day);
                    Files.createDirectories(dayDirectory);
                    // deliveries interleave the account-regions: 0x05, 1x35 where x is the account-region
                    for (String minute : List.of("0" + accountRegion + "05", "1" + accountRegion + "35")) {
                        String text = new String(gunzip(fixtures.get(next++ % fixtures.size())), UTF_8).replace("\"2023-07-10T", "\"2023-07-" + day + "T");
                        Path file = dayDirectory.resolve(ACCOUNTS.get(account) + "_CloudTrail_" + REGIONS.get(region) + "_202307" + day + "T" + minute + "Z_abcdefgh" + next + ".json.gz");
                        Files.write(file, gzip(text.getBytes(UTF_8)));
                        files.add(file);
                    }
                }
            }
        }
        return files;
    }

    private static String delivery(Path file)
    {
        Matcher matcher = DELIVERY.matcher(file.getFileName().toString());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    /**
     * The sources a {@link SourceReader} hands on, in order, reading a directory with every file kept.
     */
    private static List<Path> readOrder(Path root)
            throws Exception
    {
        Configuration configuration = new Configuration(false);
        List<Path> sources = new ArrayList<>();
        try (FileSystem fileSystem = HadoopFileStore.newLocalFileSystem(configuration);
                RejectsWriter rejects = new RejectsWriter(fileSystem, root.resolveSibling("rejects.json").toString())) {
            SourceReader reader = new SourceReader(configuration, IngestMode.LIVE, Long.MIN_VALUE, Long.MAX_VALUE, IngestSettings.defaults(), new IngestCounters(), rejects, chunk -> {
                Path source = Path.of(URI.create(chunk.source()));
                if (sources.isEmpty() || !sources.get(sources.size() - 1).equals(source)) {
                    sources.add(source);
                }
            });
            reader.readAll(List.of(IngestSource.file(root.toString())));
        }
        return sources;
    }
}
