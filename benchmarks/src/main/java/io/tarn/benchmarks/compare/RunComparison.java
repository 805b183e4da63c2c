package io.tarn.benchmarks.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tarn.benchmarks.compare.ComparisonReport.CliQuery;
import io.tarn.benchmarks.compare.ComparisonReport.Dataset;
import io.tarn.benchmarks.compare.ComparisonReport.FirstQuery;
import io.tarn.benchmarks.compare.ComparisonReport.Ingestion;
import io.tarn.benchmarks.compare.ComparisonReport.Machine;
import io.tarn.benchmarks.compare.ComparisonReport.QueryTimings;
import io.tarn.benchmarks.compare.ComparisonReport.SystemTimings;
import io.tarn.benchmarks.generator.EventGenerator;
import io.tarn.benchmarks.generator.GenerationReport;
import io.tarn.benchmarks.generator.GeneratorOptions;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.Lake;
import io.tarn.storage.LakeOptions;
import io.tarn.storage.impl.DataFile;
import io.tarn.storage.impl.DefaultLake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import static java.lang.String.format;

/**
 * The comparison: generates the events (or reuses them), ingests them into a Tarn lake in a JVM of its own
 * (or reuses the lake), measures the first query in fresh JVMs, then runs the query suite on every system,
 * checks that all answers agree, times the systems side by side and writes the results. See
 * {@code benchmarks/README.md}.
 */
public final class RunComparison
{
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ComparisonOptions options;

    public RunComparison(ComparisonOptions options)
    {
        this.options = Objects.requireNonNull(options, "options is null");
    }

    public static void main(String[] args)
            throws Exception
    {
        ComparisonOptions options = ComparisonCommandLine.parse(args);
        ComparisonReport report = new RunComparison(options).run();
        System.exit(report.answerMismatches().isEmpty() ? 0 : 1);
    }

    public ComparisonReport run()
            throws Exception
    {
        String loadBefore = loadAverage();
        log("load average before: %s", loadBefore);
        Files.createDirectories(options.work());
        String label = options.label();
        String dataName = label + "-" + options.days() + "d-seed" + options.seed();

        Path logDirectory = options.work().resolve("events-" + dataName);
        GenerationReport generation = generate(logDirectory);
        Path lakeDirectory = options.work().resolve("lake-" + dataName);
        String storeName = "cloudtrail_" + label;
        Ingestion ingestion = ingest(lakeDirectory, storeName, logDirectory);

        Dataset dataset;
        try (Lake lake = Lake.open(LakeOptions.at(lakeDirectory.toString()))) {
            EventDataStore store = lake.catalog().find(storeName).orElseThrow();
            List<DataFile> files = ((DefaultLake) lake).dataFiles().liveFiles(store.id());
            dataset = new Dataset(generation.events(), options.days(), options.start().toString(), options.seed(), generation.files(),
                    generation.compressedBytes(), generation.uncompressedBytes(), files.stream().mapToLong(DataFile::sizeBytes).sum(), files.size(),
                    new org.apache.hadoop.fs.Path(((DefaultLake) lake).layout().dataDirectory(store.id())).toUri().getPath());
        }
        log("store %s: %,d bytes in %,d ORC files", storeName, dataset.storeBytes(), dataset.storeFiles());

        List<BenchmarkQuery> suite = QuerySuite.create(options.start(), options.days());
        String firstSql = suite.stream().filter(query -> query.id().equals("top_events_1d")).findFirst().orElseThrow().text(Dialect.TRINO, storeName);
        List<FirstQuery> firstQueries = new ArrayList<>();
        List<CliQuery> cliQueries = List.of();
        // With zero runs there is no median to report: --first-query-runs 0 leaves the measurement out
        if (options.firstQueryRuns() > 0) {
            for (String variant : options.firstQueryJvmOptions()) {
                firstQueries.add(firstQuery(lakeDirectory, firstSql, variant));
            }
            cliQueries = cliQueries(lakeDirectory, firstSql);
        }

        Map<String, String> skipped = new LinkedHashMap<>();
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        versions.put("tarn commit", tarnVersion());
        Double duckDbLoadSeconds = null;
        List<QuerySystem> systems = new ArrayList<>();
        try {
            for (String name : options.systems()) {
                try {
                    QuerySystem system = open(name, lakeDirectory, storeName, logDirectory, dataset, skipped);
                    if (system != null) {
                        systems.add(system);
                        versions.put(system.name(), system.description());
                        if (system instanceof DuckDbSystem duckDb && !duckDb.loadTime().isZero()) {
                            duckDbLoadSeconds = duckDb.loadTime().toNanos() / 1e9;
                            saveDuckDbLoad(dataName, duckDbLoadSeconds);
                        }
                        else if (system instanceof DuckDbSystem) {
                            duckDbLoadSeconds = savedDuckDbLoad(dataName);
                        }
                    }
                }
                catch (Exception e) {
                    skipped.put(name, "could not start: " + e);
                    log("skipping %s: %s", name, e);
                }
            }
            ingestion = withDuckDbLoad(ingestion, duckDbLoadSeconds);

            List<String> mismatches = new ArrayList<>();
            Map<String, Map<String, List<Double>>> millis = new LinkedHashMap<>();
            Map<String, Map<String, QueryResult>> lastResults = new LinkedHashMap<>();
            Map<String, Set<String>> slow = new LinkedHashMap<>();
            Map<String, Map<String, Double>> checkMillis = new LinkedHashMap<>();
            Set<String> hourIds = hourEventIds(systems, suite, mismatches);
            for (BenchmarkQuery query : suite) {
                millis.put(query.id(), new LinkedHashMap<>());
                lastResults.put(query.id(), new LinkedHashMap<>());
                slow.put(query.id(), new HashSet<>());
                checkMillis.put(query.id(), new LinkedHashMap<>());
                verify(query, systems, hourIds, millis.get(query.id()), lastResults.get(query.id()), slow.get(query.id()), checkMillis.get(query.id()), mismatches);
            }
            boolean timed = mismatches.isEmpty() || options.keepGoing();
            if (!timed) {
                log("answers differ; not timing (use --keep-going to time anyway):%n  %s", String.join("\n  ", mismatches));
                // report the answer checks' times, marked as such
                checkMillis.forEach((query, bySystem) -> bySystem.forEach((system, elapsed) -> millis.get(query).put(system, new ArrayList<>(List.of(elapsed)))));
            }
            else {
                for (BenchmarkQuery query : suite) {
                    time(query, systems, millis.get(query.id()), lastResults.get(query.id()), slow.get(query.id()));
                }
            }

            List<QueryTimings> timings = new ArrayList<>();
            for (BenchmarkQuery query : suite) {
                Map<String, SystemTimings> bySystem = new LinkedHashMap<>();
                for (QuerySystem system : systems) {
                    List<Double> runs = millis.get(query.id()).get(system.name());
                    QueryResult last = lastResults.get(query.id()).get(system.name());
                    if (runs == null || runs.isEmpty() || last == null) {
                        continue;
                    }
                    String note = !timed ? "answer check only (not timed: answers differ)"
                            : slow.get(query.id()).contains(system.name()) ? "slower than " + (int) options.slowSeconds() + " s: one run, no warm-up" : null;
                    bySystem.put(system.name(), new SystemTimings(runs, Measurements.median(runs), Measurements.min(runs), Measurements.max(runs),
                            last.bytesScanned().isPresent() ? last.bytesScanned().getAsLong() : null, last.rows().size(), note));
                }
                Map<String, String> texts = new LinkedHashMap<>();
                texts.put("trino", query.texts().get(Dialect.TRINO));
                texts.put("duckdb", query.texts().get(Dialect.DUCKDB));
                timings.add(new QueryTimings(query.id(), query.description(), texts, bySystem));
            }
            String loadAfter = loadAverage();
            log("load average after: %s", loadAfter);
            ComparisonReport report = new ComparisonReport(
                    ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16) + " UTC",
                    machine(loadBefore, loadAfter), versions, dataset, ingestion, firstQueries, cliQueries, timings, skipped, mismatches, ANSWER_CHECK, TIMING_METHOD);
            ResultsWriter.write(report, options.results());
            ResultsWriter.writeSummary(options.results(), options.results().resolveSibling("RESULTS.md"));
            log("results written to %s and %s", options.results(), options.results().resolveSibling("RESULTS.md"));
            return report;
        }
        finally {
            for (QuerySystem system : systems) {
                try {
                    system.close();
                }
                catch (Exception e) {
                    log("closing %s failed: %s", system.name(), e);
                }
            }
        }
    }

    static final String ANSWER_CHECK = "Before any timing, every query runs once on every system and the answers are compared with the first system's "
            + "(Tarn embedded): counts and other integers as digits (DuckDB's HUGEINT included), other numbers to 9 significant digits, strings as they "
            + "are, NULL as NULL, rows in order (every compared query orders its rows completely, ties broken by name). `select_star_limit` has no "
            + "ORDER BY, so any ten rows of the hour are right: it checks the row count and that every row's eventid is one of the hour's "
            + "(the hour's ids are read from every system and must agree as sets). A difference fails the run.";

    static final String TIMING_METHOD = "Wall time in the harness from sending the query to reading its last row (JDBC for Trino, tarn serve and DuckDB, "
            + "the Engine API for Tarn embedded). Per query: the answer check is the first warm-up, then more warm-ups, then measured rounds; each round "
            + "runs every system once, in an order rotated from round to round so that drift of the shared machine hits all systems alike. "
            + "Median and min-max of the measured runs; ratio = Tarn's median / the peer's median (below 1: Tarn is faster).";

    private GenerationReport generate(Path logDirectory)
            throws IOException
    {
        GeneratorOptions generatorOptions = GeneratorOptions.of(options.events(), options.days()).withStart(options.start()).withSeed(options.seed());
        Path marker = generationMarker(logDirectory);
        if (Files.exists(marker)) {
            JsonNode saved = MAPPER.readTree(marker.toFile());
            log("reusing %,d generated events in %s", saved.get("events").asLong(), logDirectory);
            return new GenerationReport(generatorOptions, saved.get("events").asLong(), saved.get("files").asInt(), saved.get("compressedBytes").asLong(),
                    saved.get("uncompressedBytes").asLong(), java.time.Duration.ofMillis(saved.get("millis").asLong()));
        }
        deleteRecursively(logDirectory);
        log("generating %,d events over %d days into %s", options.events(), options.days(), logDirectory);
        GenerationReport report = new EventGenerator(generatorOptions).generate(logDirectory);
        Map<String, Object> saved = new LinkedHashMap<>();
        saved.put("events", report.events());
        saved.put("files", report.files());
        saved.put("compressedBytes", report.compressedBytes());
        saved.put("uncompressedBytes", report.uncompressedBytes());
        saved.put("millis", report.elapsed().toMillis());
        MAPPER.writeValue(marker.toFile(), saved);
        log("generated %,d events in %,d files (%,d bytes gzipped, %,d bytes of JSON) in %.1f s", report.events(), report.files(), report.compressedBytes(),
                report.uncompressedBytes(), report.elapsed().toNanos() / 1e9);
        return report;
    }

    /**
     * What a generation wrote, kept beside its directory (not in it: ingestion and DuckDB read the directory).
     */
    private static Path generationMarker(Path logDirectory)
    {
        return logDirectory.resolveSibling(logDirectory.getFileName() + ".json");
    }

    private Ingestion ingest(Path lakeDirectory, String storeName, Path logDirectory)
            throws Exception
    {
        Path marker = lakeDirectory.resolve("ingestion.json");
        JsonNode result;
        if (Files.exists(marker)) {
            log("reusing the lake in %s and its ingestion measurement", lakeDirectory);
            result = MAPPER.readTree(marker.toFile());
        }
        else {
            deleteRecursively(lakeDirectory);
            Files.createDirectories(lakeDirectory);
            log("ingesting %s into %s (a JVM of its own, -Xmx%s)", logDirectory, lakeDirectory, options.ingestHeap());
            List<String> jvm = List.of("-Xmx" + options.ingestHeap(), "-XX:+UseParallelGC", "-Duser.timezone=UTC");
            result = ChildJvm.run(jvm, IngestionRun.class, List.of(lakeDirectory.toString(), storeName, logDirectory.toString())).result();
            MAPPER.writeValue(marker.toFile(), result);
        }
        double seconds = result.get("seconds").asDouble();
        long eventsStored = result.get("eventsStored").asLong();
        // bytesIn counts the JSON read (decompressed); the gzipped size is the generator's
        long gzippedBytes = MAPPER.readTree(generationMarker(logDirectory).toFile()).get("compressedBytes").asLong();
        Ingestion ingestion = new Ingestion(result.get("eventsRead").asLong(), eventsStored, result.get("eventsRejected").asLong(), result.get("filesRead").asInt(),
                result.get("bytesIn").asLong(), result.get("bytesOut").asLong(), result.get("dataFilesWritten").asInt(), seconds, eventsStored / seconds,
                gzippedBytes / 1e6 / seconds, result.get("bytesIn").asLong() / 1e6 / seconds, result.get("cpuSeconds").asDouble(),
                result.get("peakHeapUsedBytes").asLong(), result.get("peakHeapAfterGcBytes").asLong(), result.get("maxHeapBytes").asLong(),
                result.get("jvmOptions").asText(), result.has("gcSeconds") ? result.get("gcSeconds").asDouble() : null,
                result.has("gcCount") ? result.get("gcCount").asLong() : null, null, compaction(result));
        log("ingestion: %,d events stored (%,d rejected) in %.1f s: %,.0f events/s, %.1f MB/s gzipped in, %.1f MB/s of JSON; %.1f CPU s; peak heap %,.0f MB used, %,.0f MB after GC, of %,.0f MB",
                eventsStored, ingestion.eventsRejected(), seconds, ingestion.eventsPerSecond(), ingestion.megabytesPerSecondIn(), ingestion.jsonMegabytesPerSecond(),
                ingestion.cpuSeconds(), ingestion.peakHeapUsedBytes() / 1e6, ingestion.peakHeapAfterGcBytes() / 1e6, ingestion.maxHeapBytes() / 1e6);
        return ingestion;
    }

    private static ComparisonReport.Compaction compaction(JsonNode result)
    {
        if (!result.has("compactionSeconds")) {
            return null;
        }
        return new ComparisonReport.Compaction(result.get("compactionSeconds").asDouble(), result.get("compactionCpuSeconds").asDouble(),
                result.get("compactionFilesBefore").asInt(), result.get("filesAfterCompaction").asInt(), result.get("bytesAfterCompaction").asLong());
    }

    private FirstQuery firstQuery(Path lakeDirectory, String sql, String extraOptions)
            throws Exception
    {
        List<String> jvm = new ArrayList<>(List.of("-Xmx2g", "-XX:+UseParallelGC", "-Duser.timezone=UTC"));
        if (!extraOptions.isBlank()) {
            jvm.addAll(List.of(extraOptions.strip().split("\\s+")));
        }
        Map<String, List<Double>> values = new LinkedHashMap<>();
        List<Double> processWall = new ArrayList<>();
        for (int run = 0; run < options.firstQueryRuns(); run++) {
            ChildJvm.Outcome outcome = ChildJvm.run(jvm, FirstQueryRun.class, List.of(lakeDirectory.toString(), sql));
            outcome.result().fields().forEachRemaining(field -> values.computeIfAbsent(field.getKey(), key -> new ArrayList<>()).add(field.getValue().asDouble()));
            processWall.add(outcome.wallMillis());
        }
        FirstQuery result = new FirstQuery(sql, String.join(" ", jvm), values.get("millisSinceJvmStart"), values.get("millisSinceMain"), processWall,
                Measurements.median(values.get("millisSinceJvmStart")), Measurements.median(values.get("millisSinceMain")),
                Measurements.median(values.get("millisOpeningLake")), Measurements.median(values.get("millisMakingEngine")),
                Measurements.median(values.get("millisPlanning")), Measurements.median(values.get("millisRunning")), Measurements.median(values.get("processCpuMillis")));
        log("first query in a fresh JVM (%s): median %.0f ms from JVM start (lake %.0f, engine %.0f, planning %.0f, running %.0f; %.0f ms CPU), runs %s",
                result.jvmOptions(), result.medianSinceJvmStart(), result.medianOpeningLake(), result.medianMakingEngine(), result.medianPlanning(), result.medianRunning(),
                result.medianProcessCpu(), result.millisSinceJvmStart());
        return result;
    }

    private List<CliQuery> cliQueries(Path lakeDirectory, String sql)
    {
        CliQueryRun cli = new CliQueryRun(options.repository(), lakeDirectory);
        java.util.Optional<String> reason = cli.unavailableReason();
        if (reason.isPresent()) {
            log("not timing ./tarn query: %s", reason.get());
            return List.of();
        }
        List<CliQuery> results = new ArrayList<>();
        for (boolean classArchive : List.of(true, false)) {
            try {
                CliQuery result = cli.measure(sql, classArchive, options.firstQueryRuns());
                log("first query as a new ./tarn query process (%s class archive): median %.0f ms, runs %s, %d rows", classArchive ? "with" : "without",
                        result.medianWallMillis(), result.wallMillis(), result.rows());
                results.add(result);
            }
            catch (Exception e) {
                log("./tarn query failed: %s", e);
            }
        }
        return results;
    }

    private QuerySystem open(String name, Path lakeDirectory, String storeName, Path logDirectory, Dataset dataset, Map<String, String> skipped)
            throws Exception
    {
        log("starting %s", name);
        switch (name) {
            case "tarn":
                return new TarnEmbeddedSystem(Lake.open(LakeOptions.at(lakeDirectory.toString())), storeName);
            case "tarn-server": {
                java.util.Optional<String> reason = TarnServerSystem.unavailableReason(options.repository());
                if (reason.isPresent()) {
                    skipped.put(name, reason.get());
                    log("skipping tarn-server: %s", reason.get());
                    return null;
                }
                return TarnServerSystem.start(options.repository(), lakeDirectory, storeName);
            }
            case "trino": {
                String schema = "tarn_bench";
                TrinoSystem.createHiveTable(options.trinoUrl(), schema, storeName, dataset.storeDirectory());
                return TrinoSystem.connect("trino", options.trinoUrl() + "/hive/" + schema, storeName);
            }
            case "duckdb-native": {
                Path database = options.work().resolve("duckdb-" + options.label() + "-" + options.days() + "d-seed" + options.seed() + ".db");
                return DuckDbSystem.nativeTable(database, logDirectory, dataset.events(), options.duckDbThreads(), options.duckDbMemory());
            }
            case "duckdb-json":
                return DuckDbSystem.overJson(logDirectory, options.duckDbThreads(), options.duckDbMemory());
            default:
                throw new IllegalArgumentException("unknown system " + name);
        }
    }

    /**
     * The event ids of the hour {@code select_star_limit} reads, from every system; they must agree.
     */
    private Set<String> hourEventIds(List<QuerySystem> systems, List<BenchmarkQuery> suite, List<String> mismatches)
    {
        String sql = QuerySuite.hourEventIds(suite);
        Set<String> reference = null;
        for (QuerySystem system : systems) {
            if (!options.runs(system.name(), QuerySuite.SELECT_STAR_LIMIT)) {
                continue;
            }
            try {
                Set<String> ids = new HashSet<>();
                for (List<Object> row : system.runSql(sql).rows()) {
                    ids.add((String) row.get(0));
                }
                if (reference == null) {
                    reference = ids;
                }
                else if (!reference.equals(ids)) {
                    mismatches.add(format("hour event ids: %s has %,d ids, %s has %,d, %,d in common", systems.get(0).name(), reference.size(), system.name(), ids.size(),
                            ids.stream().filter(reference::contains).count()));
                }
            }
            catch (Exception e) {
                mismatches.add("hour event ids: " + system.name() + " failed: " + e);
            }
        }
        return reference == null ? Set.of() : reference;
    }

    private void verify(BenchmarkQuery query, List<QuerySystem> systems, Set<String> hourIds, Map<String, List<Double>> millis,
            Map<String, QueryResult> lastResults, Set<String> slow, Map<String, Double> checkMillis, List<String> mismatches)
    {
        List<List<String>> reference = null;
        String referenceSystem = null;
        for (QuerySystem system : systems) {
            millis.put(system.name(), new ArrayList<>());
            if (!options.runs(system.name(), query.id())) {
                continue;
            }
            QueryResult result;
            double elapsed;
            try {
                long start = System.nanoTime();
                result = system.run(query);
                elapsed = (System.nanoTime() - start) / 1e6;
            }
            catch (Exception | OutOfMemoryError e) {
                // a query that exhausts the harness's heap fails on that system only; what it held is garbage by now
                mismatches.add(query.id() + ": " + system.name() + " failed: " + e);
                log("%-22s %-14s FAILED: %s", query.id(), system.name(), e);
                continue;
            }
            lastResults.put(system.name(), result);
            checkMillis.put(system.name(), elapsed);
            if (elapsed > options.slowSeconds() * 1000) {
                // too slow to repeat: the answer check's run is its one measurement
                slow.add(system.name());
                millis.get(system.name()).add(elapsed);
            }
            log("%-22s %-14s answer check %9.1f ms, %d rows", query.id(), system.name(), elapsed, result.rows().size());
            switch (query.check()) {
                case EXACT_ROWS -> {
                    List<List<String>> normalized = AnswerNormalizer.normalize(result.rows());
                    if (reference == null) {
                        reference = normalized;
                        referenceSystem = system.name();
                        if (normalized.isEmpty()) {
                            mismatches.add(query.id() + ": " + system.name() + " returned no rows; the suite expects some");
                        }
                    }
                    else if (!reference.equals(normalized)) {
                        mismatches.add(query.id() + ": " + system.name() + " differs from " + referenceSystem + ":\n      " + referenceSystem + ": " + reference
                                + "\n      " + system.name() + ": " + normalized);
                    }
                }
                case ANY_MATCHING_ROWS -> {
                    int idColumn = -1;
                    for (int column = 0; column < result.columns().size(); column++) {
                        if (result.columns().get(column).equalsIgnoreCase("eventid")) {
                            idColumn = column;
                        }
                    }
                    if (result.rows().size() != 10 || idColumn < 0) {
                        mismatches.add(query.id() + ": " + system.name() + " returned " + result.rows().size() + " rows" + (idColumn < 0 ? " without an eventid column" : ""));
                        continue;
                    }
                    for (List<Object> row : result.rows()) {
                        if (!hourIds.contains(String.valueOf(row.get(idColumn)))) {
                            mismatches.add(query.id() + ": " + system.name() + " returned event " + row.get(idColumn) + ", which is not in the hour");
                        }
                    }
                }
            }
        }
    }

    private void time(BenchmarkQuery query, List<QuerySystem> systems, Map<String, List<Double>> millis, Map<String, QueryResult> lastResults, Set<String> slow)
    {
        List<QuerySystem> active = systems.stream().filter(system -> lastResults.containsKey(system.name())).toList();
        for (int warmup = 1; warmup < options.warmups(); warmup++) {
            for (QuerySystem system : active) {
                if (!slow.contains(system.name())) {
                    double elapsed = runTimed(query, system, lastResults);
                    if (elapsed > options.slowSeconds() * 1000) {
                        slow.add(system.name());
                    }
                }
            }
        }
        for (int round = 0; round < options.runs(); round++) {
            List<QuerySystem> order = new ArrayList<>(active);
            Collections.rotate(order, -round);
            for (QuerySystem system : order) {
                List<Double> runs = millis.get(system.name());
                if (slow.contains(system.name()) && !runs.isEmpty()) {
                    continue;
                }
                runs.add(runTimed(query, system, lastResults));
            }
        }
        StringBuilder line = new StringBuilder(format("%-22s", query.id()));
        for (QuerySystem system : active) {
            line.append(format(Locale.ROOT, "  %s %.1f ms", system.name(), Measurements.median(millis.get(system.name()))));
        }
        log("%s", line);
    }

    private static double runTimed(BenchmarkQuery query, QuerySystem system, Map<String, QueryResult> lastResults)
    {
        try {
            long start = System.nanoTime();
            QueryResult result = system.run(query);
            double elapsed = (System.nanoTime() - start) / 1e6;
            lastResults.put(system.name(), result);
            return elapsed;
        }
        catch (Exception e) {
            throw new IllegalStateException(query.id() + " failed on " + system.name() + " after it had answered: " + e, e);
        }
    }

    private static Ingestion withDuckDbLoad(Ingestion ingestion, Double duckDbLoadSeconds)
    {
        return new Ingestion(ingestion.eventsRead(), ingestion.eventsStored(), ingestion.eventsRejected(), ingestion.filesRead(), ingestion.bytesIn(), ingestion.bytesOut(),
                ingestion.dataFilesWritten(), ingestion.seconds(), ingestion.eventsPerSecond(), ingestion.megabytesPerSecondIn(), ingestion.jsonMegabytesPerSecond(),
                ingestion.cpuSeconds(), ingestion.peakHeapUsedBytes(), ingestion.peakHeapAfterGcBytes(), ingestion.maxHeapBytes(), ingestion.jvmOptions(), ingestion.gcSeconds(),
                ingestion.gcCount(), duckDbLoadSeconds, ingestion.compaction());
    }

    private void saveDuckDbLoad(String dataName, double seconds)
            throws IOException
    {
        MAPPER.writeValue(options.work().resolve("duckdb-" + dataName + ".json").toFile(), Map.of("loadSeconds", seconds));
    }

    private Double savedDuckDbLoad(String dataName)
            throws IOException
    {
        Path saved = options.work().resolve("duckdb-" + dataName + ".json");
        return Files.exists(saved) ? MAPPER.readTree(saved.toFile()).get("loadSeconds").asDouble() : null;
    }

    private String tarnVersion()
    {
        try {
            Process git = new ProcessBuilder("git", "-C", options.repository().toString(), "describe", "--always", "--dirty").redirectErrorStream(true).start();
            String commit = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 ? "commit " + commit : "unknown commit";
        }
        catch (IOException e) {
            return "unknown commit";
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown commit";
        }
    }

    private static Machine machine(String loadBefore, String loadAfter)
    {
        String cpu = "unknown";
        long memory = 0;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("unknown");
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal:")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024).orElse(0L);
        }
        catch (IOException ignored) {
            // not Linux: leave unknown
        }
        return new Machine(cpu, Runtime.getRuntime().availableProcessors(), memory, System.getProperty("os.name") + " " + System.getProperty("os.version"), loadBefore, loadAfter);
    }

    static String loadAverage()
    {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).strip().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        }
        catch (IOException e) {
            return "unknown";
        }
    }

    private static void deleteRecursively(Path directory)
            throws IOException
    {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    static void log(String message, Object... arguments)
    {
        System.err.printf(Locale.ROOT, "[%s] %s%n", java.time.LocalTime.now().withNano(0), format(Locale.ROOT, message, arguments));
    }

    static LocalDate defaultStart()
    {
        return GeneratorOptions.DEFAULT_START;
    }
}
