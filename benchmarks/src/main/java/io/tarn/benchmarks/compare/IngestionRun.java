package io.tarn.benchmarks.compare;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tarn.storage.BillingMode;
import io.tarn.storage.CompactionReport;
import io.tarn.storage.CreateEventDataStoreRequest;
import io.tarn.storage.IngestMode;
import io.tarn.storage.IngestReport;
import io.tarn.storage.IngestRequest;
import io.tarn.storage.IngestSource;
import io.tarn.storage.Lake;
import io.tarn.storage.LakeOptions;
import io.tarn.storage.impl.DataFile;
import io.tarn.storage.impl.DefaultLake;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Ingests a directory of log files into a new store of a lake and prints what it measured as one line
 * {@code RESULT {json}}: run by the harness in a JVM of its own, so the heap figures are ingestion's alone.
 *
 * <pre>
 * java -Xmx1g -cp benchmarks.jar io.tarn.benchmarks.compare.IngestionRun LAKE_DIR STORE_NAME LOG_DIR [--date-major]
 * </pre>
 *
 * <p>With {@code --date-major} the log files are handed to the ingestion one by one, ordered by the delivery
 * time in their names (all accounts and regions of a day together) instead of as one directory, which Tarn
 * walks in name order (account, region, then date): an experiment on how the input's order shapes the files
 * written.
 */
public final class IngestionRun
{
    private IngestionRun() {}

    public static void main(String[] args)
            throws Exception
    {
        if (args.length != 3 && !(args.length == 4 && args[3].equals("--date-major"))) {
            System.err.println("usage: IngestionRun LAKE_DIR STORE_NAME LOG_DIR [--date-major]");
            System.exit(2);
        }
        String lakeDirectory = args[0];
        String storeName = args[1];
        String logDirectory = args[2];
        com.sun.management.OperatingSystemMXBean system = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (Lake lake = Lake.open(LakeOptions.at(lakeDirectory))) {
            if (lake.catalog().find(storeName).isEmpty()) {
                lake.catalog().create(CreateEventDataStoreRequest.withDefaults(storeName)
                        .withTerminationProtectionEnabled(false)
                        .withRetentionPeriodDays(BillingMode.EXTENDABLE_RETENTION_PRICING.maximumRetentionDays()));
            }
            IngestReport report;
            long gcMillisStart = gcMillis();
            long gcCountStart = gcCount();
            long cpuStart = system.getProcessCpuTime();
            long start = System.nanoTime();
            try (HeapWatcher heap = new HeapWatcher()) {
                // a copy of trail events (spec 8): every event of the trail's log files, whatever the store's selectors
                List<IngestSource> sources = args.length == 4 ? dateMajor(logDirectory) : List.of(IngestSource.file(logDirectory));
                report = lake.ingest(new IngestRequest(storeName, sources, IngestMode.IMPORT, Optional.empty(), Optional.empty()));
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuSeconds = (system.getProcessCpuTime() - cpuStart) / 1e9;
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("eventsRead", report.eventsRead());
                result.put("eventsStored", report.eventsStored());
                result.put("eventsRejected", report.eventsRejected());
                result.put("eventsFilteredBySelectors", report.eventsFilteredBySelectors());
                result.put("eventsOutsideTimeRange", report.eventsOutsideTimeRange());
                result.put("filesSkipped", report.filesSkipped());
                result.put("filesFailed", report.filesFailed());
                result.put("filesRead", report.filesRead());
                result.put("bytesIn", report.bytesIn());
                result.put("bytesOut", report.bytesOut());
                result.put("dataFilesWritten", report.dataFilesWritten());
                result.put("seconds", seconds);
                result.put("reportedSeconds", report.elapsed().toNanos() / 1e9);
                result.put("cpuSeconds", cpuSeconds);
                result.put("gcSeconds", (gcMillis() - gcMillisStart) / 1e3);
                result.put("gcCount", gcCount() - gcCountStart);
                result.put("peakHeapUsedBytes", heap.peakUsedBytes());
                result.put("peakHeapAfterGcBytes", heap.peakAfterGcBytes());
                result.put("maxHeapBytes", heap.maxHeapBytes());
                result.put("jvmOptions", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));

                // then what maintenance does to a store that many small deliveries filled: its small files merged
                long compactionCpuStart = system.getProcessCpuTime();
                long compactionStart = System.nanoTime();
                int filesBefore = ((DefaultLake) lake).dataFiles().liveFiles(report.storeId()).size();
                CompactionReport compaction = lake.compact(report.storeId());
                List<DataFile> filesAfter = ((DefaultLake) lake).dataFiles().liveFiles(report.storeId());
                result.put("compactionSeconds", (System.nanoTime() - compactionStart) / 1e9);
                result.put("compactionCpuSeconds", (system.getProcessCpuTime() - compactionCpuStart) / 1e9);
                result.put("compactionFilesBefore", filesBefore);
                result.put("compactionFilesMerged", compaction.filesBefore());
                result.put("filesAfterCompaction", filesAfter.size());
                result.put("bytesAfterCompaction", filesAfter.stream().mapToLong(DataFile::sizeBytes).sum());
                result.put("peakHeapUsedBytesWithCompaction", heap.peakUsedBytes());
                System.out.println("RESULT " + new ObjectMapper().writeValueAsString(result));
            }
        }
    }

    /**
     * The log files under a directory ordered by the delivery time in their names
     * ({@code <account>_CloudTrail_<region>_YYYYMMDDTHHmmZ_<unique>.json.gz}), then by path.
     */
    private static List<IngestSource> dateMajor(String logDirectory)
            throws IOException
    {
        Pattern deliveryTime = Pattern.compile("_(\\d{8}T\\d{4}Z)_");
        try (Stream<Path> paths = Files.walk(Path.of(logDirectory))) {
            return paths.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing((Path path) -> {
                        Matcher matcher = deliveryTime.matcher(path.getFileName().toString());
                        return matcher.find() ? matcher.group(1) : "";
                    }).thenComparing(Path::toString))
                    .map(path -> IngestSource.file(path.toString()))
                    .toList();
        }
    }

    private static long gcMillis()
    {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(value -> value > 0).sum();
    }

    private static long gcCount()
    {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).filter(value -> value > 0).sum();
    }
}
