package io.tarn.benchmarks;

import io.tarn.storage.CreateEventDataStoreRequest;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.IngestReport;
import io.tarn.storage.IngestRequest;
import io.tarn.storage.IngestSource;
import io.tarn.storage.Lake;
import io.tarn.storage.LakeOptions;
import io.tarn.storage.impl.ingest.TestingEventGenerator;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static java.util.Locale.ROOT;

/**
 * Ingests N generated CloudTrail events from gzipped log files into a fresh lake, through
 * {@link Lake#ingest} (reading, splitting, parsing, checksums, sorting, ORC encoding, the commit), and
 * reports events per second, input megabytes per second (gzipped as read, and as JSON), process CPU time
 * per event, and the peak heap in use (sampled every 20 ms). The events are the invictus events with new
 * ids and event times spread over one day, in log files of 5,000 events; they are generated once into the
 * input directory and reused.
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -DskipTests
 * java -Xmx2g -XX:+UseParallelGC -cp benchmarks/target/classes:$(cat benchmarks/target/classpath.txt) \
 *     io.tarn.benchmarks.IngestBenchmark [events, default 1000000] [repetitions, default 2] [input directory]
 * </pre>
 */
public final class IngestBenchmark
{
    private IngestBenchmark() {}

    public static void main(String[] arguments)
            throws Exception
    {
        long events = arguments.length > 0 ? Long.parseLong(arguments[0]) : 1_000_000;
        int repetitions = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 2;
        Path input = arguments.length > 2 ? Path.of(arguments[2]) : Path.of("target/ingest-benchmark-input-" + events);
        if (!Files.isDirectory(input)) {
            long started = System.nanoTime();
            new TestingEventGenerator().writeLogFiles(input, events, 5_000, Instant.parse("2024-06-01T00:00:00Z"), Duration.ofDays(1).toMillis() - 1, 42);
            System.out.printf(ROOT, "generated %,d events in %s (%.1f s)%n", events, input, (System.nanoTime() - started) / 1e9);
        }
        long inputBytes = size(input);
        System.out.printf(ROOT, "input: %,d gzipped bytes in %s; heap maximum %,d MB; %d processors%n",
                inputBytes, input, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());

        for (int repetition = 1; repetition <= repetitions; repetition++) {
            Path lakeDirectory = Files.createTempDirectory("tarn-ingest-benchmark");
            // a clock inside the events' retention period
            Clock clock = Clock.fixed(Instant.parse("2024-06-15T00:00:00Z"), ZoneOffset.UTC);
            try (Lake lake = Lake.open(LakeOptions.at(lakeDirectory.toString()).withClock(clock))) {
                EventDataStore store = lake.catalog().create(CreateEventDataStoreRequest.withDefaults("benchmark"));
                // live ingestion: the store's default selector (all management events) keeps every generated event
                IngestRequest request = IngestRequest.live(store.id(), List.of(IngestSource.file(input.toString())));
                System.gc();
                HeapSampler heap = new HeapSampler();
                heap.start();
                long cpuBefore = processCpuNanos();
                long started = System.nanoTime();
                IngestReport report = lake.ingest(request);
                double seconds = (System.nanoTime() - started) / 1e9;
                long cpu = processCpuNanos() - cpuBefore;
                heap.stopSampling();
                System.out.printf(ROOT, "run %d: %,d events stored (%,d read) in %.2f s: %,.0f events/s, %.1f MB/s gzipped, %.1f MB/s of JSON, %.1f us CPU per event, "
                                + "peak heap %,d MB, %d data files, %,d bytes of ORC (%.1f%% of the JSON)%n",
                        repetition, report.eventsStored(), report.eventsRead(), seconds, report.eventsStored() / seconds, inputBytes / seconds / 1e6,
                        report.bytesIn() / seconds / 1e6, cpu / 1e3 / report.eventsStored(), heap.peakBytes() >> 20, report.dataFilesWritten(), report.bytesOut(),
                        100.0 * report.bytesOut() / report.bytesIn());
            }
            finally {
                delete(lakeDirectory);
            }
        }
    }

    private static long processCpuNanos()
    {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long size(Path directory)
            throws IOException
    {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static void delete(Path directory)
            throws IOException
    {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /**
     * Samples the heap in use, for its peak.
     */
    private static final class HeapSampler
            extends Thread
    {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;

        HeapSampler()
        {
            super("heap-sampler");
            setDaemon(true);
        }

        @Override
        public void run()
        {
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                }
                catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stopSampling()
        {
            running = false;
        }

        long peakBytes()
        {
            return peak.get();
        }
    }
}
