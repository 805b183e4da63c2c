package io.tarn.benchmarks.jmh;

import io.tarn.benchmarks.SyntheticOrcStore;
import io.tarn.storage.ScanStatistics;
import io.tarn.storage.TimeRange;
import io.tarn.storage.TimeRanges;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class TestStoreScanBenchmark
{
    @Test
    void testScansReadTheStoreAndPruneAnHour()
            throws IOException
    {
        StoreScanBenchmark benchmark = new StoreScanBenchmark();
        benchmark.rows = 50_000;
        benchmark.setup();
        try {
            assertThat(benchmark.scanAll()).isEqualTo(50_000);
            long hour = benchmark.scanOneHour();
            // a day of events, so an hour holds about a twenty-fourth of them
            assertThat(hour).isBetween(50_000L / 48, 50_000L / 12);
            ScanStatistics.Snapshot all = benchmark.scan(TimeRanges.all()).statistics();
            long start = SyntheticOrcStore.START + 12 * 3_600_000L;
            ScanStatistics.Snapshot oneHour = benchmark.scan(TimeRanges.of(new TimeRange(start, start + 3_600_000L))).statistics();
            // a small one-stripe file: pruning by row group saves rows, not bytes (its row index costs a few)
            assertThat(oneHour.bytesRead()).isPositive();
            assertThat(oneHour.eventsRead()).isLessThan(all.eventsRead());
        }
        finally {
            benchmark.tearDown();
        }
    }
}
