package io.tarn.benchmarks.compare;

import io.tarn.benchmarks.generator.EventGenerator;
import io.tarn.benchmarks.generator.GeneratorOptions;
import io.tarn.benchmarks.jmh.BenchmarkEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the whole suite on DuckDB over generated log files and over a native table loaded from them: both
 * read the same records, so their answers must agree, and the counts must match the records themselves.
 */
class TestDuckDbSystem
{
    @TempDir
    Path directory;

    @Test
    void testBothDuckDbSystemsAnswerTheSuiteAlike()
            throws Exception
    {
        GeneratorOptions options = GeneratorOptions.of(3000, 2).withStart(LocalDate.of(2025, 1, 1)).withThreads(1);
        Path logs = directory.resolve("logs");
        new EventGenerator(options).generate(logs);
        // the suite's windows fall on 2025-01-01, a Wednesday, the first day
        List<BenchmarkQuery> suite = QuerySuite.create(options.start(), options.days());
        long dayEvents = new EventGenerator(options).records().stream()
                .map(BenchmarkEvents::parse)
                .map(record -> LocalDateTime.ofInstant(java.time.Instant.parse(record.get("eventTime").asText()), ZoneOffset.UTC))
                .filter(time -> time.toLocalDate().equals(LocalDate.of(2025, 1, 1)))
                .count();

        try (DuckDbSystem json = DuckDbSystem.overJson(logs, 1, "1GB");
                DuckDbSystem table = DuckDbSystem.nativeTable(directory.resolve("duck.db"), logs, 3000, 1, "1GB")) {
            assertThat(table.loadTime()).isPositive();
            for (BenchmarkQuery query : suite) {
                QueryResult fromJson = json.run(query);
                QueryResult fromTable = table.run(query);
                if (query.check() == BenchmarkQuery.AnswerCheck.EXACT_ROWS) {
                    assertThat(AnswerNormalizer.normalize(fromTable.rows())).as(query.id()).isEqualTo(AnswerNormalizer.normalize(fromJson.rows()));
                }
                else {
                    assertThat(fromJson.rows()).hasSize(10);
                    assertThat(fromTable.rows()).hasSize(10);
                }
                if (query.id().equals("count_1d")) {
                    assertThat(fromJson.rows().get(0).get(0)).isEqualTo(dayEvents);
                }
                if (query.id().equals("full_scan_aggregate")) {
                    assertThat(fromJson.rows().stream().mapToLong(row -> ((Number) row.get(1)).longValue()).sum()).isEqualTo(3000);
                }
            }
        }
        // a second open finds the table loaded and does not load it again
        try (DuckDbSystem table = DuckDbSystem.nativeTable(directory.resolve("duck.db"), logs, 3000, 1, "1GB")) {
            assertThat(table.loadTime()).isZero();
        }
    }
}
