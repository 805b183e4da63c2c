package io.tarn.engine.service;

/**
 * Statements over {@link TestingTables} with known timing shapes.
 */
final class TestingQueries
{
    /**
     * Runs for minutes (20,000 x 2,000 x 100 combinations) and returns nothing until the end; each step of
     * its scan is small, so it stops soon after a cancellation.
     */
    static final String SLOW = "SELECT count(*) FROM numbers a "
            + "CROSS JOIN (SELECT n FROM numbers WHERE n <= 2000) b "
            + "CROSS JOIN (SELECT n FROM numbers WHERE n <= 100) c "
            + "WHERE a.n + b.n + c.n = 7";

    /**
     * Runs for seconds and produces its 240 rows (a, b) all along: one pair in 50,000 of 6,000 x 2,000.
     */
    static final String TRICKLE = "SELECT a.n AS a, b.n AS b FROM numbers a "
            + "CROSS JOIN (SELECT n FROM numbers WHERE n <= 2000) b "
            + "WHERE a.n <= 6000 AND (a.n * 2000 + b.n) % 50000 = 0";

    static final long TRICKLE_ROWS = 6000L * 2000 / 50000;

    /**
     * Like {@link #TRICKLE} over all 20,000 numbers: 800 rows over tens of seconds.
     */
    static final String LONG_TRICKLE = "SELECT a.n AS a, b.n AS b FROM numbers a "
            + "CROSS JOIN (SELECT n FROM numbers WHERE n <= 2000) b "
            + "WHERE (a.n * 2000 + b.n) % 50000 = 0";

    private TestingQueries() {}
}
