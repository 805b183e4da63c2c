package io.tarn.benchmarks.compare;

import java.util.List;
import java.util.Map;

/**
 * Everything one comparison measured, as written to {@code benchmarks/results/comparison-<events>.json}
 * (and read back to assemble {@code RESULTS.md}). Numbers a system does not report are null.
 */
public record ComparisonReport(
        String date,
        Machine machine,
        Map<String, String> versions,
        Dataset dataset,
        Ingestion ingestion,
        List<FirstQuery> firstQueries,
        List<CliQuery> cliQueries,
        List<QueryTimings> queries,
        Map<String, String> skippedSystems,
        List<String> answerMismatches,
        String answerCheck,
        String timingMethod)
{
    /**
     * The machine and how busy it was (load averages from {@code /proc/loadavg}, 1/5/15 minutes).
     */
    public record Machine(String cpu, int cores, long memoryBytes, String os, String loadBefore, String loadAfter) {}

    /**
     * The generated events and the store Tarn made of them.
     */
    public record Dataset(long events, int days, String start, long seed, int logFiles, long logBytesGzipped, long logBytesJson,
            long storeBytes, int storeFiles, String storeDirectory) {}

    /**
     * Ingestion of the log files into committed ORC, in a JVM of its own with a fixed heap; {@code gcSeconds}
     * and {@code gcCount} are the collectors' total pause time and collections (null in older results).
     */
    public record Ingestion(long eventsRead, long eventsStored, long eventsRejected, int filesRead, long bytesIn, long bytesOut, int dataFilesWritten,
            double seconds, double eventsPerSecond, double megabytesPerSecondIn, double jsonMegabytesPerSecond, double cpuSeconds,
            long peakHeapUsedBytes, long peakHeapAfterGcBytes, long maxHeapBytes, String jvmOptions, Double gcSeconds, Long gcCount, Double duckDbLoadSeconds,
            Compaction compaction) {}

    /**
     * The compaction that followed the ingestion in the same JVM ({@code Lake.compact}, as {@code tarn compact}
     * or maintenance runs it): the queries read the store as it left it. Null in results of runs before it.
     */
    public record Compaction(double seconds, double cpuSeconds, int filesBefore, int filesAfter, long bytesAfter) {}

    /**
     * The first query in fresh JVMs started with {@code jvmOptions}: from JVM start and from {@code main} to the
     * last row, per run, and the medians of its phases (opening the lake, making the engine, planning,
     * running) and of the process's CPU time (all threads, the JIT compilers' included).
     */
    public record FirstQuery(String query, String jvmOptions, List<Double> millisSinceJvmStart, List<Double> millisSinceMain, List<Double> processWallMillis,
            double medianSinceJvmStart, double medianSinceMain, double medianOpeningLake, double medianMakingEngine, double medianPlanning,
            double medianRunning, double medianProcessCpu) {}

    /**
     * The first query as a user meets it: a new {@code ./tarn query} process (the launcher script, its
     * class-data-sharing archive when {@code classArchive}) on an existing lake, timed from launching the
     * process to its exit; {@code rows} is the number of data rows it printed.
     */
    public record CliQuery(String command, boolean classArchive, List<Double> wallMillis, double medianWallMillis, int rows) {}

    /**
     * One query's timings on every system that ran it.
     */
    public record QueryTimings(String id, String description, Map<String, String> texts, Map<String, SystemTimings> systems) {}

    /**
     * One system's runs of one query: wall milliseconds from sending the query to the last row, and bytes
     * scanned (null where the system does not report them).
     */
    public record SystemTimings(List<Double> millis, double median, double min, double max, Long bytesScanned, int rows, String note) {}
}
