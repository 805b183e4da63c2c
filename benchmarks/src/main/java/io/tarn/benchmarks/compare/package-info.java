/**
 * The end-to-end comparison: generate events, ingest them into a Tarn lake, run one query suite on Tarn
 * (embedded and through {@code tarn serve}), Trino over Tarn's ORC files and DuckDB (over the raw log files
 * and over a native table), check that every system gives the same answers, time them side by side and write
 * {@code benchmarks/RESULTS.md}. Entry point: {@link io.tarn.benchmarks.compare.RunComparison}.
 */
package io.tarn.benchmarks.compare;
