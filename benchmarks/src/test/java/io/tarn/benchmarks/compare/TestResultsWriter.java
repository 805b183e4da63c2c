package io.tarn.benchmarks.compare;

import io.tarn.benchmarks.compare.ComparisonReport.QueryTimings;
import io.tarn.benchmarks.compare.ComparisonReport.SystemTimings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TestResultsWriter
{
    @TempDir
    Path directory;

    @Test
    void testWritesTablesRatiosTargetsAndAChart()
            throws Exception
    {
        ComparisonReport report = new ComparisonReport("2026-11-21 03:00 UTC",
                new ComparisonReport.Machine("Test CPU", 2, 24L << 30, "Linux", "1.00 1.00 1.00", "2.00 2.00 2.00"),
                Map.of("tarn", "commit abc"),
                new ComparisonReport.Dataset(1_000_000, 90, "2025-01-01", 1, 5000, 250_000_000, 1_500_000_000, 400_000_000, 90, "/lake/data"),
                new ComparisonReport.Ingestion(1_000_000, 1_000_000, 0, 5000, 1_500_000_000, 400_000_000, 90, 8, 125_000, 31.25, 187.5, 15,
                        800_000_000, 300_000_000, 1_000_000_000, "-Xmx1g", 3.0, 40L, 100.0,
                        new ComparisonReport.Compaction(12.5, 11.0, 2623, 90, 380_000_000)),
                List.of(new ComparisonReport.FirstQuery("SELECT 1", "-Xmx2g", List.of(1500.0, 1700.0), List.of(1400.0, 1600.0), List.of(1800.0, 1900.0),
                        1600, 1500, 300, 200, 600, 400, 2500)),
                List.of(new ComparisonReport.CliQuery("./tarn query", true, List.of(1900.0, 2100.0, 2300.0), 2100, 10)),
                List.of(
                        new QueryTimings("count_1h", "Events in one hour", Map.of("trino", "SELECT 1", "duckdb", "SELECT 1"), Map.of(
                                "tarn", new SystemTimings(List.of(10.0, 12.0, 11.0), 11, 10, 12, 40_000L, 1, null),
                                "trino", new SystemTimings(List.of(100.0, 120.0, 110.0), 110, 100, 120, 50_000L, 1, null))),
                        new QueryTimings("full_scan_aggregate", "Calls per service", Map.of("trino", "SELECT 2", "duckdb", "SELECT 2"), Map.of(
                                "tarn", new SystemTimings(List.of(300.0), 300, 300, 300, 4_000_000L, 43, null),
                                "trino", new SystemTimings(List.of(200.0), 200, 200, 200, 5_000_000L, 43, null),
                                "duckdb-native", new SystemTimings(List.of(50.0), 50, 50, 50, null, 43, null),
                                "duckdb-json", new SystemTimings(List.of(6000.0), 6000, 6000, 6000, null, 43, "slower than 120 s: one run, no warm-up"))),
                        new QueryTimings("self_join", "A join Tarn fails", Map.of("trino", "SELECT 3", "duckdb", "SELECT 3"), Map.of(
                                "trino", new SystemTimings(List.of(900.0), 900, 900, 900, 7_000_000L, 10, null)))),
                Map.of("tarn-server", "`tarn serve` does not exist yet"), List.of(), "checked", "timed");
        Path results = directory.resolve("results");
        ResultsWriter.write(report, results);
        ResultsWriter.writeSummary(results, directory.resolve("RESULTS.md"));

        String markdown = Files.readString(directory.resolve("RESULTS.md"));
        assertThat(markdown)
                .contains("## 1,000,000 events over 90 days")
                .contains("| 125,000 | 31.3 | 187.5 |")
                .contains("Garbage collection: 40 collections, 3.0 s of pauses (38% of the wall time).")
                .contains("merged the small files: 2,623 files became 90 (380.0 MB) in 12.5 s (11.0 CPU s)")
                .contains("| count_1h | 11.0 [10.0–12.0] | 110 [100–120] | – | – | 0.10 | – | – |")
                .contains("| full_scan_aggregate | 300 [300–300] | 200 [200–200] | 50.0 [50.0–50.0] | 6,000 [6,000–6,000] ¹ | **1.50** | **6.00** | 0.05 |")
                .contains("- Every query faster in Tarn than in Trino: **missed** for full_scan_aggregate (1.50x), self_join (no answer from Tarn).")
                .contains("- Full-scan aggregate within 3x of DuckDB's native table: 6.00x, **missed**.")
                .contains("- Full-scan aggregate at least 10x faster than DuckDB over the raw JSON: 20x faster, met.")
                .contains("- One-hour window reads < 1% of the store (count_1h): 0.010%, met.")
                .contains("| `./tarn query` | yes | **2100 ms** | 1900, 2100, 2300 | 10 | **missed** |")
                .contains("- First query as a new `./tarn query` process < 2 s: 2100 ms, **missed**.")
                .contains("- Not run: tarn-server: `tarn serve` does not exist yet")
                .contains("![ratios](results/ratios-1m.svg)");
        // the chart is well-formed XML with one bar per ratio
        org.w3c.dom.Document chart = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(results.resolve("ratios-1m.svg").toFile());
        assertThat(chart.getElementsByTagName("title").getLength()).isEqualTo(4);
        assertThat(Files.exists(results.resolve("comparison-1m.json"))).isTrue();
    }
}
