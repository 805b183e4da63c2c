package io.tarn.benchmarks.compare;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tarn.benchmarks.compare.ComparisonReport.QueryTimings;
import io.tarn.benchmarks.compare.ComparisonReport.SystemTimings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static java.lang.String.format;

/**
 * Writes a comparison's results: {@code comparison-<label>.json} (everything measured),
 * {@code comparison-<label>.md} (its tables), {@code ratios-<label>.svg} (the chart), and
 * {@code RESULTS.md}, which gathers every comparison of the results directory and the hand-written notes
 * beside them ({@code jmh.md}, {@code findings.md}).
 */
public final class ResultsWriter
{
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final List<String> PEERS = List.of("trino", "duckdb-native", "duckdb-json", "tarn-server");
    private static final double INGESTION_TARGET = 100_000;

    private ResultsWriter() {}

    public static void write(ComparisonReport report, Path directory)
            throws IOException
    {
        Files.createDirectories(directory);
        String label = label(report.dataset().events());
        MAPPER.writeValue(directory.resolve("comparison-" + label + ".json").toFile(), report);
        Files.writeString(directory.resolve("ratios-" + label + ".svg"),
                RatioChart.render(format(Locale.ROOT, "Tarn vs peers, %,d events over %d days", report.dataset().events(), report.dataset().days()),
                        report.queries(), RatioChart.peersIn(report.queries())), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("comparison-" + label + ".md"), markdown(report, "results/"), StandardCharsets.UTF_8);
    }

    /**
     * Rewrites {@code results} (RESULTS.md) from every {@code comparison-*.json} in the directory.
     */
    public static void writeSummary(Path directory, Path results)
            throws IOException
    {
        List<ComparisonReport> reports = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(path -> path.getFileName().toString().matches("comparison-.*\\.json")).toList()) {
                reports.add(MAPPER.readValue(file.toFile(), ComparisonReport.class));
            }
        }
        reports.sort(Comparator.comparingLong(report -> report.dataset().events()));
        StringBuilder text = new StringBuilder();
        text.append("# Benchmark results\n\n");
        text.append("Tarn side by side with Trino 476 (reading Tarn's own ORC files through its Hive connector) and DuckDB (over the gzipped CloudTrail "
                + "log files and over a native table loaded from them), on events from the deterministic generator, on this machine. "
                + "Reproduce with `./benchmarks/run-comparison.sh --events N` (see `benchmarks/README.md`); this file is rewritten from "
                + "`benchmarks/results/comparison-*.json` by every run.\n\n");
        for (ComparisonReport report : reports) {
            text.append(markdown(report, "results/")).append('\n');
        }
        for (String extra : List.of("jmh.md", "findings.md")) {
            Path file = directory.resolve(extra);
            if (Files.exists(file)) {
                text.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        Files.writeString(results, text.toString(), StandardCharsets.UTF_8);
    }

    static String markdown(ComparisonReport report, String chartDirectory)
    {
        StringBuilder text = new StringBuilder();
        ComparisonReport.Dataset data = report.dataset();
        String label = label(data.events());
        text.append(format(Locale.ROOT, "## %,d events over %d days (%s)%n%n", data.events(), data.days(), report.date()));
        ComparisonReport.Machine machine = report.machine();
        text.append(format(Locale.ROOT, "- Machine: %s, %d cores, %.0f GiB, %s; shared with other work: load average (1/5/15 min) %s before, %s after.%n",
                machine.cpu(), machine.cores(), machine.memoryBytes() / (double) (1L << 30), machine.os(), machine.loadBefore(), machine.loadAfter()));
        report.versions().forEach((name, version) -> text.append(format(Locale.ROOT, "- %s: %s%n", name, version)));
        text.append(format(Locale.ROOT, "- Data: %,d generated events (from %s, seed %d) in %,d gzipped CloudTrail log files, %s gzipped, %s of JSON; Tarn's store: %s in %,d ORC files.%n",
                data.events(), data.start(), data.seed(), data.logFiles(), megabytes(data.logBytesGzipped()), megabytes(data.logBytesJson()),
                megabytes(data.storeBytes()), data.storeFiles()));
        report.skippedSystems().forEach((name, reason) -> text.append(format(Locale.ROOT, "- Not run: %s: %s%n", name, reason)));
        if (!report.answerMismatches().isEmpty()) {
            text.append("\n**Answers differed; the run failed:**\n\n");
            report.answerMismatches().forEach(mismatch -> text.append("- ").append(mismatch.replace("\n", " ")).append('\n'));
        }

        ComparisonReport.Ingestion ingestion = report.ingestion();
        text.append("\n### Ingestion: gzipped log files to committed ORC\n\n");
        text.append("| events/s | MB/s gzipped in | MB/s of JSON | wall s | CPU s | events/CPU s | peak heap used | peak live heap (after GC) | heap limit | target ≥ 100,000 events/s |\n");
        text.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        text.append(format(Locale.ROOT, "| %,.0f | %.1f | %.1f | %.1f | %.1f | %,.0f | %s | %s | %s | %s |%n",
                ingestion.eventsPerSecond(), ingestion.megabytesPerSecondIn(), ingestion.jsonMegabytesPerSecond(), ingestion.seconds(), ingestion.cpuSeconds(),
                ingestion.eventsStored() / ingestion.cpuSeconds(), megabytes(ingestion.peakHeapUsedBytes()), megabytes(ingestion.peakHeapAfterGcBytes()),
                megabytes(ingestion.maxHeapBytes()), ingestion.eventsPerSecond() >= INGESTION_TARGET ? "met"
                        : format(Locale.ROOT, "**missed** (%.2fx of target)", ingestion.eventsPerSecond() / INGESTION_TARGET)));
        text.append(format(Locale.ROOT, "%n%,d events read, %,d stored, %,d rejected, from %,d files (%s of JSON) into %,d ORC files (%s out); JVM: `%s`.",
                ingestion.eventsRead(), ingestion.eventsStored(), ingestion.eventsRejected(), ingestion.filesRead(), megabytes(ingestion.bytesIn()),
                ingestion.dataFilesWritten(), megabytes(ingestion.bytesOut()), ingestion.jvmOptions()));
        if (ingestion.gcSeconds() != null) {
            text.append(format(Locale.ROOT, " Garbage collection: %,d collections, %.1f s of pauses (%.0f%% of the wall time).", ingestion.gcCount(), ingestion.gcSeconds(),
                    100 * ingestion.gcSeconds() / ingestion.seconds()));
        }
        if (ingestion.compaction() != null) {
            ComparisonReport.Compaction compaction = ingestion.compaction();
            text.append(format(Locale.ROOT, " Then `Lake.compact` (what `tarn compact` and maintenance run) merged the small files: %,d files became %,d (%s) in %.1f s "
                    + "(%.1f CPU s); the queries below read the compacted store.", compaction.filesBefore(), compaction.filesAfter(), megabytes(compaction.bytesAfter()),
                    compaction.seconds(), compaction.cpuSeconds()));
        }
        if (ingestion.duckDbLoadSeconds() != null) {
            text.append(format(Locale.ROOT, " For scale, DuckDB loaded its native table from the same files in %.1f s (%,.0f events/s).",
                    ingestion.duckDbLoadSeconds(), data.events() / ingestion.duckDbLoadSeconds()));
        }
        text.append("\n");

        text.append("\n### First query in a fresh JVM\n\n");
        if (!report.firstQueries().isEmpty()) {
            text.append(format(Locale.ROOT, "`%s`, each run in a new JVM that opens the lake, makes an engine, plans, runs and reads every row. Medians:%n%n",
                    report.firstQueries().get(0).query()));
            text.append("| JVM options | from JVM start | from `main` | opening the lake | making the engine | planning | running | process CPU | runs (from JVM start) | target < 2,000 ms |\n");
            text.append("|---|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
            for (ComparisonReport.FirstQuery first : report.firstQueries()) {
                text.append(format(Locale.ROOT, "| `%s` | **%.0f ms** | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %s | %s |%n", first.jvmOptions(),
                        first.medianSinceJvmStart(), first.medianSinceMain(), first.medianOpeningLake(), first.medianMakingEngine(), first.medianPlanning(),
                        first.medianRunning(), first.medianProcessCpu(), joinMillis(first.millisSinceJvmStart()),
                        first.medianSinceJvmStart() < 2000 ? "met" : "**missed**"));
            }
        }

        if (report.cliQueries() != null && !report.cliQueries().isEmpty()) {
            text.append("\nThe same query as a user runs it, a new `./tarn query` process on the existing lake, timed from launch to exit (medians):\n\n");
            text.append("| command | class-data-sharing archive | median | runs | rows | target < 2,000 ms |\n|---|---|---:|---|---:|---|\n");
            for (ComparisonReport.CliQuery cli : report.cliQueries()) {
                text.append(format(Locale.ROOT, "| `%s` | %s | **%.0f ms** | %s | %d | %s |%n", cli.command(), cli.classArchive() ? "yes" : "no", cli.medianWallMillis(),
                        joinMillis(cli.wallMillis()), cli.rows(), cli.medianWallMillis() < 2000 ? "met" : "**missed**"));
            }
        }

        List<String> systems = systemsIn(report.queries());
        text.append("\n### Query suite: median ms [min–max]\n\n");
        text.append("| query |");
        systems.forEach(system -> text.append(' ').append(system).append(" |"));
        List<String> peers = PEERS.stream().filter(systems::contains).toList();
        peers.forEach(peer -> text.append(" tarn/").append(peer).append(" |"));
        text.append("\n|---|");
        systems.forEach(system -> text.append("---:|"));
        peers.forEach(peer -> text.append("---:|"));
        text.append('\n');
        for (QueryTimings query : report.queries()) {
            text.append("| ").append(query.id()).append(" |");
            for (String system : systems) {
                SystemTimings timings = query.systems().get(system);
                text.append(timings == null ? " – |" : format(Locale.ROOT, " %s [%s–%s]%s |", millis(timings.median()), millis(timings.min()), millis(timings.max()),
                        timings.note() == null ? "" : " ¹"));
            }
            for (String peer : peers) {
                double ratio = RatioChart.ratio(query, peer);
                text.append(ratio < 0 ? " – |" : format(Locale.ROOT, " %s |", ratio < 1 ? format(Locale.ROOT, "%.2f", ratio) : format(Locale.ROOT, "**%.2f**", ratio)));
            }
            text.append('\n');
        }
        if (report.queries().stream().anyMatch(query -> query.systems().values().stream().anyMatch(timings -> timings.note() != null))) {
            text.append("\n¹ a single run: " + String.join("; ", report.queries().stream().flatMap(query -> query.systems().values().stream())
                    .map(SystemTimings::note).filter(java.util.Objects::nonNull).distinct().toList()) + ".\n");
        }
        text.append(format(Locale.ROOT, "%n![ratios](%sratios-%s.svg)%n", chartDirectory, label));

        text.append("\n### Bytes scanned\n\n| query | tarn | % of store | trino (physicalInputBytes) | tarn/trino |\n|---|---:|---:|---:|---:|\n");
        for (QueryTimings query : report.queries()) {
            Long tarn = bytes(query, "tarn");
            Long trino = bytes(query, "trino");
            text.append(format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", query.id(), tarn == null ? "–" : format(Locale.ROOT, "%,d", tarn),
                    tarn == null ? "–" : format(Locale.ROOT, "%.2f%%", 100.0 * tarn / data.storeBytes()), trino == null ? "–" : format(Locale.ROOT, "%,d", trino),
                    tarn == null || trino == null || trino == 0 ? "–" : format(Locale.ROOT, "%.2f", (double) tarn / trino)));
        }

        text.append("\n### Targets\n\n");
        text.append(format(Locale.ROOT, "- Ingestion ≥ 100,000 events/s: %,.0f events/s, %s.%n", ingestion.eventsPerSecond(),
                ingestion.eventsPerSecond() >= INGESTION_TARGET ? "met" : "**missed**"));
        List<String> slower = new ArrayList<>();
        for (QueryTimings query : report.queries()) {
            double ratio = RatioChart.ratio(query, "trino");
            if (ratio >= 1) {
                slower.add(format(Locale.ROOT, "%s (%.2fx)", query.id(), ratio));
            }
            else if (query.systems().containsKey("trino") && !query.systems().containsKey("tarn")) {
                slower.add(query.id() + " (no answer from Tarn)");
            }
        }
        if (systems.contains("trino")) {
            text.append(format(Locale.ROOT, "- Every query faster in Tarn than in Trino: %s.%n", slower.isEmpty() ? "met" : "**missed** for " + String.join(", ", slower)));
        }
        report.queries().stream().filter(query -> query.id().equals("full_scan_aggregate")).findFirst().ifPresent(query -> {
            double nativeRatio = RatioChart.ratio(query, "duckdb-native");
            double jsonRatio = RatioChart.ratio(query, "duckdb-json");
            if (nativeRatio > 0) {
                text.append(format(Locale.ROOT, "- Full-scan aggregate within 3x of DuckDB's native table: %.2fx, %s.%n", nativeRatio, nativeRatio <= 3 ? "met" : "**missed**"));
            }
            if (jsonRatio > 0) {
                text.append(format(Locale.ROOT, "- Full-scan aggregate at least 10x faster than DuckDB over the raw JSON: %.0fx faster, %s.%n", 1 / jsonRatio,
                        jsonRatio <= 0.1 ? "met" : "**missed**"));
            }
        });
        for (String id : List.of("count_1h", "select_star_limit")) {
            report.queries().stream().filter(query -> query.id().equals(id)).findFirst().map(query -> bytes(query, "tarn")).ifPresent(tarnBytes -> {
                double share = 100.0 * tarnBytes / data.storeBytes();
                text.append(format(Locale.ROOT, "- One-hour window reads < 1%% of the store (%s): %.3f%%, %s.%n", id, share, share < 1 ? "met" : "**missed**"));
            });
        }
        report.firstQueries().stream().mapToDouble(ComparisonReport.FirstQuery::medianSinceJvmStart).min().ifPresent(best -> text.append(format(Locale.ROOT,
                "- First query in a fresh JVM < 2 s: %.0f ms (the best JVM options), %s.%n", best, best < 2000 ? "met" : "**missed**")));
        if (report.cliQueries() != null) {
            report.cliQueries().stream().filter(ComparisonReport.CliQuery::classArchive).findFirst().ifPresent(cli -> text.append(format(Locale.ROOT,
                    "- First query as a new `./tarn query` process < 2 s: %.0f ms, %s.%n", cli.medianWallMillis(), cli.medianWallMillis() < 2000 ? "met" : "**missed**")));
        }

        text.append("\n<details><summary>How answers were checked and times taken; the queries</summary>\n\n");
        text.append(report.answerCheck()).append("\n\n").append(report.timingMethod()).append("\n\n");
        for (QueryTimings query : report.queries()) {
            text.append(format(Locale.ROOT, "- `%s`: %s%n  - Tarn, Trino: `%s`%n", query.id(), query.description(), query.texts().get("trino")));
            if (!query.texts().get("duckdb").equals(query.texts().get("trino"))) {
                text.append(format(Locale.ROOT, "  - DuckDB: `%s`%n", query.texts().get("duckdb")));
            }
        }
        text.append("\n</details>\n");
        return text.toString();
    }

    private static Long bytes(QueryTimings query, String system)
    {
        SystemTimings timings = query.systems().get(system);
        return timings == null ? null : timings.bytesScanned();
    }

    private static List<String> systemsIn(List<QueryTimings> queries)
    {
        List<String> systems = new ArrayList<>();
        for (String name : ComparisonOptions.ALL_SYSTEMS) {
            if (queries.stream().anyMatch(query -> query.systems().containsKey(name))) {
                systems.add(name);
            }
        }
        return systems;
    }

    private static String millis(double value)
    {
        return value >= 100 ? format(Locale.ROOT, "%,.0f", value) : format(Locale.ROOT, "%.1f", value);
    }

    private static String joinMillis(List<Double> values)
    {
        return String.join(", ", values.stream().map(value -> format(Locale.ROOT, "%.0f", value)).toList());
    }

    private static String megabytes(long bytes)
    {
        return format(Locale.ROOT, "%,.1f MB", bytes / 1e6);
    }

    static String label(long events)
    {
        if (events % 1_000_000 == 0) {
            return events / 1_000_000 + "m";
        }
        if (events % 1_000 == 0) {
            return events / 1_000 + "k";
        }
        return Long.toString(events);
    }
}
