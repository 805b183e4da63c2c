package io.tarn.benchmarks;

import io.tarn.storage.BatchReader;
import io.tarn.storage.BillingMode;
import io.tarn.storage.CreateEventDataStoreRequest;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.Lake;
import io.tarn.storage.LakeOptions;
import io.tarn.storage.ScanPlan;
import io.tarn.storage.ScanRequest;
import io.tarn.storage.ScanSplit;
import io.tarn.storage.ScanStatistics;
import io.tarn.storage.StoreScanner;
import io.tarn.storage.TimeRanges;
import io.tarn.storage.impl.DataFile;
import io.tarn.storage.impl.DataFileRegistry;
import io.tarn.storage.impl.DefaultLake;
import io.tarn.storage.vector.BytesVector;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.LongVector;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static java.lang.String.format;

/**
 * Scans {@code eventname} and {@code eventtime} of N million generated CloudTrail events through
 * the lake's {@link StoreScanner} and reports wall and CPU time (the scan runs on the calling thread, so CPU time is
 * the steadier figure on a shared machine), rows per second and bytes read, for batch sizes 1024 and 4096:
 * first the scan alone, then the scan feeding a loop like the engine's {@code GROUP BY eventname} hot loop
 * (hash each name into an open-addressing table of counts, track the time range), so the batch size's
 * effect on such loops shows.
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -DskipTests
 * java -Xmx2g -cp benchmarks/target/classes:$(cat benchmarks/target/classpath.txt) io.tarn.benchmarks.ScanBenchmark [millions of rows] [repetitions] [directory to keep the data in]
 * </pre>
 */
public final class ScanBenchmark
{
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ScanBenchmark() {}

    public static void main(String[] args)
            throws IOException
    {
        double millions = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long rows = (long) (millions * 1_000_000);
        boolean keep = args.length > 2;
        java.nio.file.Path directory = keep ? java.nio.file.Path.of(args[2]) : Files.createTempDirectory("tarn-scan-benchmark");
        try (DefaultLake lake = (DefaultLake) Lake.open(LakeOptions.at(directory.toString()))) {
            String name = "benchmark-" + rows;
            EventDataStore store = lake.catalog().find(name).orElseGet(() -> lake.catalog().create(CreateEventDataStoreRequest.withDefaults(name)
                    .withRetentionPeriodDays(BillingMode.EXTENDABLE_RETENTION_PRICING.maximumRetentionDays())));
            DataFileRegistry registry = lake.dataFiles();
            if (registry.liveFiles(store.id()).isEmpty()) {
                long generateStart = System.nanoTime();
                SyntheticOrcStore.write(lake, store.id(), rows);
                System.out.printf(Locale.ROOT, "generated %,d rows in %.1f s%n", rows, (System.nanoTime() - generateStart) / 1e9);
            }
            long bytesOnDisk = registry.liveFiles(store.id()).stream().mapToLong(DataFile::sizeBytes).sum();
            System.out.printf(Locale.ROOT, "%,d rows in %,d files of %,d bytes%n", rows, registry.liveFiles(store.id()).size(), bytesOnDisk);

            StoreScanner scanner = lake.scanner();
            for (boolean aggregate : new boolean[] {false, true}) {
                for (int batchSize : new int[] {1024, 4096, 1024, 4096}) {
                    List<Double> seconds = new ArrayList<>();
                    List<Double> cpuSeconds = new ArrayList<>();
                    ScanStatistics.Snapshot statistics = null;
                    for (int repetition = 0; repetition < repetitions; repetition++) {
                        ScanRequest request = new ScanRequest(store.id(), List.of("eventname", "eventtime"), Map.of(), TimeRanges.all(), batchSize);
                        long start = System.nanoTime();
                        long cpuStart = THREADS.getCurrentThreadCpuTime();
                        statistics = scan(scanner, request, rows, aggregate);
                        cpuSeconds.add((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9);
                        seconds.add((System.nanoTime() - start) / 1e9);
                    }
                    seconds.sort(Comparator.naturalOrder());
                    cpuSeconds.sort(Comparator.naturalOrder());
                    System.out.printf(Locale.ROOT, "%-15s batch %5d: wall best %.3f s median %.3f s; cpu best %.3f s median %.3f s; %,.0f rows/s (best cpu); %,d bytes read (%.1f%% of files); %,d events read%n",
                            aggregate ? "scan+aggregate" : "scan", batchSize, seconds.get(0), seconds.get(seconds.size() / 2), cpuSeconds.get(0), cpuSeconds.get(cpuSeconds.size() / 2),
                            rows / cpuSeconds.get(0), statistics.bytesRead(), 100.0 * statistics.bytesRead() / bytesOnDisk, statistics.eventsRead());
                }
            }
        }
        finally {
            if (!keep) {
                try (Stream<java.nio.file.Path> files = Files.walk(directory)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
    }

    /**
     * Scans every split and, when {@code aggregate}, counts events per name in an open-addressing table
     * keyed by the name's bytes, as a hash aggregation would, and tracks the time range.
     */
    private static ScanStatistics.Snapshot scan(StoreScanner scanner, ScanRequest request, long expectedRows, boolean aggregate)
            throws IOException
    {
        ScanPlan plan = scanner.plan(request);
        ScanStatistics statistics = new ScanStatistics();
        byte[][] keys = new byte[1024][];
        long[] counts = new long[1024];
        long rows = 0;
        long minTime = Long.MAX_VALUE;
        long maxTime = Long.MIN_VALUE;
        for (ScanSplit split : plan.splits()) {
            try (BatchReader reader = scanner.open(plan, split, statistics)) {
                for (ColumnBatch batch = reader.nextBatch(); batch != null; batch = reader.nextBatch()) {
                    rows += batch.size();
                    if (!aggregate) {
                        continue;
                    }
                    BytesVector names = (BytesVector) batch.column(0);
                    LongVector times = (LongVector) batch.column(1);
                    for (int row = 0; row < batch.size(); row++) {
                        int position = batch.position(row);
                        int slot = names.hashValue(position) & (keys.length - 1);
                        while (keys[slot] != null && !names.valueEquals(position, keys[slot])) {
                            slot = (slot + 1) & (keys.length - 1);
                        }
                        if (keys[slot] == null) {
                            keys[slot] = names.getBytes(position);
                        }
                        counts[slot]++;
                        long time = times.values[position];
                        minTime = Math.min(minTime, time);
                        maxTime = Math.max(maxTime, time);
                    }
                }
            }
        }
        if (rows != expectedRows || (aggregate && (Arrays.stream(counts).sum() != expectedRows || minTime < SyntheticOrcStore.START))) {
            throw new IllegalStateException(format("scanned %s rows, expected %s", rows, expectedRows));
        }
        return statistics.snapshot();
    }
}
