package io.tarn.benchmarks.compare;

import io.tarn.benchmarks.generator.GeneratorOptions;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of {@link RunComparison}.
 */
final class ComparisonCommandLine
{
    static final String USAGE = """
            usage: run-comparison.sh [options]
              --events N            events to generate (default 1000000)
              --days D              over D days (default 90)
              --seed S              generator seed (default %d)
              --start YYYY-MM-DD    first day (default %s)
              --systems a,b,...     of %s (default all)
              --runs R              measured runs per query and system (default 5)
              --warmups W           warm-up runs, the answer check included (default 2)
              --slow-seconds T      a run slower than T seconds is not repeated (default 120)
              --first-query-runs K  fresh JVMs for the first-query measurement (default 5)
              --first-query-jvm O;O extra JVM options of each first-query variant, ';'-separated
                                    (default: none, then -XX:TieredStopAtLevel=1)
              --ingest-heap SIZE    -Xmx of the ingestion JVM (default 1g)
              --work DIR            keeps generated logs, lakes, DuckDB files (default ~/.cache/tarn-benchmarks)
              --results DIR         results directory (default benchmarks/results; RESULTS.md goes beside it)
              --repository DIR      the Tarn repository (default: the current directory)
              --trino-url URL       the Trino peer (default jdbc:trino://127.0.0.1:18080)
              --duckdb-threads N    (default: the number of cores)
              --duckdb-memory SIZE  DuckDB's memory_limit (default 4GB)
              --keep-going          time queries even when answers differ
              --system-queries SYSTEM=ID,ID
                                    SYSTEM runs only these suite queries (repeatable; e.g.
                                    duckdb-json=full_scan_aggregate,count_1h on 10M events)
            """;

    private ComparisonCommandLine() {}

    static ComparisonOptions parse(String[] args)
    {
        long events = 1_000_000;
        int days = 90;
        long seed = GeneratorOptions.DEFAULT_SEED;
        LocalDate start = GeneratorOptions.DEFAULT_START;
        List<String> systems = ComparisonOptions.ALL_SYSTEMS;
        int runs = 5;
        int warmups = 2;
        double slowSeconds = 120;
        int firstQueryRuns = 5;
        List<String> firstQueryJvmOptions = List.of("", "-XX:TieredStopAtLevel=1");
        String ingestHeap = "1g";
        Path work = Path.of(System.getProperty("user.home"), ".cache", "tarn-benchmarks");
        Path repository = Path.of("").toAbsolutePath();
        Path results = null;
        String trinoUrl = "jdbc:trino://127.0.0.1:18080";
        int duckDbThreads = Runtime.getRuntime().availableProcessors();
        String duckDbMemory = "4GB";
        boolean keepGoing = false;
        Map<String, Set<String>> systemQueries = new LinkedHashMap<>();
        for (int index = 0; index < args.length; index++) {
            String option = args[index];
            if (option.equals("--help") || option.equals("-h")) {
                System.out.print(usage());
                System.exit(0);
            }
            if (option.equals("--keep-going")) {
                keepGoing = true;
                continue;
            }
            if (index + 1 >= args.length) {
                fail("missing value after " + option);
            }
            String value = args[++index];
            switch (option) {
                case "--events" -> events = Long.parseLong(value.replace("_", ""));
                case "--days" -> days = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--start" -> start = LocalDate.parse(value);
                case "--systems" -> systems = Arrays.asList(value.split(","));
                case "--runs" -> runs = Integer.parseInt(value);
                case "--warmups" -> warmups = Integer.parseInt(value);
                case "--slow-seconds" -> slowSeconds = Double.parseDouble(value);
                case "--first-query-runs" -> firstQueryRuns = Integer.parseInt(value);
                case "--first-query-jvm" -> firstQueryJvmOptions = Arrays.asList(value.split(";", -1));
                case "--ingest-heap" -> ingestHeap = value;
                case "--work" -> work = Path.of(value).toAbsolutePath();
                case "--results" -> results = Path.of(value).toAbsolutePath();
                case "--repository" -> repository = Path.of(value).toAbsolutePath();
                case "--trino-url" -> trinoUrl = value;
                case "--duckdb-threads" -> duckDbThreads = Integer.parseInt(value);
                case "--duckdb-memory" -> duckDbMemory = value;
                case "--system-queries" -> {
                    int equals = value.indexOf('=');
                    if (equals <= 0) {
                        fail("--system-queries takes SYSTEM=ID,ID...: " + value);
                    }
                    systemQueries.put(value.substring(0, equals), new LinkedHashSet<>(Arrays.asList(value.substring(equals + 1).split(","))));
                }
                default -> fail("unknown option " + option);
            }
        }
        if (results == null) {
            results = repository.resolve("benchmarks").resolve("results");
        }
        return new ComparisonOptions(events, days, start, seed, work, repository, results, systems, warmups, runs, slowSeconds, firstQueryRuns, firstQueryJvmOptions, ingestHeap,
                trinoUrl, duckDbThreads, duckDbMemory, keepGoing, systemQueries);
    }

    private static String usage()
    {
        return String.format(USAGE, GeneratorOptions.DEFAULT_SEED, GeneratorOptions.DEFAULT_START, String.join(",", ComparisonOptions.ALL_SYSTEMS));
    }

    private static void fail(String message)
    {
        System.err.println("run-comparison: " + message);
        System.err.print(usage());
        System.exit(2);
    }
}
