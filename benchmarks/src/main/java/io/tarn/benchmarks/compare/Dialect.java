package io.tarn.benchmarks.compare;

/**
 * The SQL dialects of the suite: Tarn and Trino share Trino's; DuckDB has its own.
 */
public enum Dialect
{
    TRINO,
    DUCKDB,
}
