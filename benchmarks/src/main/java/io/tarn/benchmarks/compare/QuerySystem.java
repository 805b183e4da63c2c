package io.tarn.benchmarks.compare;

/**
 * One system of the comparison, ready to run queries.
 */
public interface QuerySystem
        extends AutoCloseable
{
    /**
     * A short name for tables and charts, e.g. {@code tarn}, {@code trino}, {@code duckdb-native}.
     */
    String name();

    /**
     * What it is, with its version, for the results' header.
     */
    String description();

    Dialect dialect();

    /**
     * Runs a query of the suite, in this system's dialect, and reads all its rows.
     */
    default QueryResult run(BenchmarkQuery query)
            throws Exception
    {
        return runSql(query.texts().get(dialect()));
    }

    /**
     * Runs SQL of this system's dialect (with {@code {table}} standing for its table) and reads all rows.
     */
    QueryResult runSql(String sql)
            throws Exception;

    @Override
    void close()
            throws Exception;
}
