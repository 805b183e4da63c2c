package io.tarn.benchmarks.jmh;

import io.tarn.benchmarks.SyntheticOrcStore;
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
import io.tarn.storage.TimeRange;
import io.tarn.storage.TimeRanges;
import io.tarn.storage.impl.DefaultLake;
import io.tarn.storage.vector.ColumnBatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A store scan of {@code eventname} and {@code eventtime} through the lake's {@link StoreScanner}: all rows,
 * and one hour (pruned by partition, stripe and row group). Scores are per scan; the result is the number
 * of rows read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StoreScanBenchmark
{
    @Param("2000000")
    public long rows = 2_000_000;

    private Path directory;
    private Lake lake;
    private String storeId;

    @Setup
    public void setup()
            throws IOException
    {
        directory = Files.createTempDirectory("tarn-scan-benchmark");
        lake = Lake.open(LakeOptions.at(directory.toString()));
        EventDataStore store = lake.catalog().create(CreateEventDataStoreRequest.withDefaults("scan-benchmark")
                .withRetentionPeriodDays(BillingMode.EXTENDABLE_RETENTION_PRICING.maximumRetentionDays()));
        storeId = store.id();
        SyntheticOrcStore.write((DefaultLake) lake, storeId, rows);
    }

    @TearDown
    public void tearDown()
            throws IOException
    {
        lake.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Benchmark
    public long scanAll()
    {
        return scan(TimeRanges.all()).rows();
    }

    @Benchmark
    public long scanOneHour()
    {
        long hour = SyntheticOrcStore.START + 12 * 3_600_000L;
        return scan(TimeRanges.of(new TimeRange(hour, hour + 3_600_000L))).rows();
    }

    ScanResult scan(TimeRanges ranges)
    {
        StoreScanner scanner = lake.scanner();
        ScanPlan plan = scanner.plan(new ScanRequest(storeId, List.of("eventname", "eventtime"), Map.of(), ranges, ScanRequest.DEFAULT_BATCH_SIZE));
        ScanStatistics statistics = new ScanStatistics();
        long rowsReturned = 0;
        for (ScanSplit split : plan.splits()) {
            try (BatchReader reader = scanner.open(plan, split, statistics)) {
                for (ColumnBatch batch = reader.nextBatch(); batch != null; batch = reader.nextBatch()) {
                    rowsReturned += batch.size();
                }
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ScanResult(rowsReturned, statistics.snapshot());
    }

    /**
     * The rows a scan returned and what it read.
     */
    record ScanResult(long rows, ScanStatistics.Snapshot statistics) {}

    Lake lake()
    {
        return lake;
    }
}
