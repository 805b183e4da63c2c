package io.tarn.benchmarks.compare;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * What to compare and how.
 *
 * @param work where generated logs, lakes and DuckDB databases are kept between runs
 * @param repository the Tarn repository (for {@code ./tarn serve} and the commit id)
 * @param results where {@code comparison-<events>.json}, its Markdown and chart go
 * @param systems the systems to run, by name
 * @param warmups unmeasured runs per query and system before the measured ones (the answer check is one)
 * @param runs measured runs per query and system
 * @param slowSeconds a query run slower than this gets no further warm-up and a single measured run
 * @param firstQueryRuns fresh JVMs for the first-query measurement
 * @param firstQueryJvmOptions extra JVM options of each first-query variant (empty for the defaults)
 * @param ingestHeap the {@code -Xmx} of the ingestion JVM
 * @param trinoUrl the Trino peer's JDBC URL
 * @param keepGoing whether to time queries whose answers differ (the report marks them) instead of stopping
 * @param systemQueries for a system named here, the only suite queries it runs (by id); every other system runs
 *         the whole suite
 */
public record ComparisonOptions(
        long events,
        int days,
        LocalDate start,
        long seed,
        Path work,
        Path repository,
        Path results,
        List<String> systems,
        int warmups,
        int runs,
        double slowSeconds,
        int firstQueryRuns,
        List<String> firstQueryJvmOptions,
        String ingestHeap,
        String trinoUrl,
        int duckDbThreads,
        String duckDbMemory,
        boolean keepGoing,
        Map<String, Set<String>> systemQueries)
{
    public static final List<String> ALL_SYSTEMS = List.of("tarn", "tarn-server", "trino", "duckdb-native", "duckdb-json");

    public ComparisonOptions
    {
        requireNonNull(start, "start is null");
        requireNonNull(work, "work is null");
        requireNonNull(repository, "repository is null");
        requireNonNull(results, "results is null");
        systems = ImmutableList.copyOf(systems);
        firstQueryJvmOptions = ImmutableList.copyOf(firstQueryJvmOptions);
        requireNonNull(ingestHeap, "ingestHeap is null");
        requireNonNull(trinoUrl, "trinoUrl is null");
        requireNonNull(duckDbMemory, "duckDbMemory is null");
        for (String system : systems) {
            if (!ALL_SYSTEMS.contains(system)) {
                throw new IllegalArgumentException("unknown system " + system + "; known: " + ALL_SYSTEMS);
            }
        }
        systemQueries = systemQueries.entrySet().stream().collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, entry -> ImmutableSet.copyOf(entry.getValue())));
        for (String system : systemQueries.keySet()) {
            if (!ALL_SYSTEMS.contains(system)) {
                throw new IllegalArgumentException("unknown system " + system + "; known: " + ALL_SYSTEMS);
            }
        }
        if (runs < 1 || warmups < 1) {
            throw new IllegalArgumentException("runs and warmups must be positive");
        }
    }

    /**
     * Whether the system runs the query: DuckDB over the raw JSON rereads every log file for every query, so on
     * large data sets a run may give it only a few of the queries.
     */
    public boolean runs(String system, String queryId)
    {
        Set<String> queries = systemQueries.get(system);
        return queries == null || queries.contains(queryId);
    }

    /**
     * {@code 1m}, {@code 10m}, {@code 250k}...: names the data set's files and tables.
     */
    public String label()
    {
        return ResultsWriter.label(events);
    }
}
