package io.tarn.engine.service;

import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;

import static java.util.Objects.requireNonNull;

/**
 * Limits and settings of a {@link QueryService}.
 *
 * @param maxConcurrentQueries queued and running queries allowed at once in the lake (all processes together);
 *         Lake allows 10 (spec 12.1) and refuses more with {@code MaxConcurrentQueriesException}
 * @param runningQueries queries of this service that run at the same time; the others wait {@code QUEUED}
 * @param queryTimeout how long a query may run before it ends {@code TIMED_OUT} (Lake: one hour, spec 4.1)
 * @param maxResultBytes the most bytes of stored results a query may write; a query that produces more fails
 *         with {@link QueryErrorCode#QUERY_RESULTS_TOO_LARGE}, keeping what it wrote
 * @param maxBytesScanned a limit on the bytes any one query may scan, or empty for none; a request may set a
 *         lower one
 * @param maxDeliveryFileBytes the most bytes of one delivered {@code result_N.csv.gz} file (Lake: 1 TB, spec 4.8)
 * @param progressInterval how often a running query's statistics and result count are written to the query
 *         history, for other processes to see
 * @param clock the time of creation, completion and retention (a test clock moves the 7-day purge)
 */
public record QueryServiceOptions(
        int maxConcurrentQueries,
        int runningQueries,
        Duration queryTimeout,
        long maxResultBytes,
        OptionalLong maxBytesScanned,
        long maxDeliveryFileBytes,
        Duration progressInterval,
        Clock clock)
{
    public static final int DEFAULT_MAX_CONCURRENT_QUERIES = 10;
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofHours(1);
    public static final long DEFAULT_MAX_RESULT_BYTES = 1L << 30;
    public static final long DEFAULT_MAX_DELIVERY_FILE_BYTES = 1L << 40;

    public QueryServiceOptions
    {
        if (maxConcurrentQueries < 1) {
            throw new IllegalArgumentException("maxConcurrentQueries must be positive");
        }
        if (runningQueries < 1) {
            throw new IllegalArgumentException("runningQueries must be positive");
        }
        requireNonNull(queryTimeout, "queryTimeout is null");
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("queryTimeout must be positive");
        }
        if (maxResultBytes < 1) {
            throw new IllegalArgumentException("maxResultBytes must be positive");
        }
        requireNonNull(maxBytesScanned, "maxBytesScanned is null");
        if (maxDeliveryFileBytes < 1024) {
            throw new IllegalArgumentException("maxDeliveryFileBytes must be at least 1024");
        }
        requireNonNull(progressInterval, "progressInterval is null");
        requireNonNull(clock, "clock is null");
    }

    /**
     * Lake's limits; queries run on up to as many threads as there are cores (at least two).
     */
    public static QueryServiceOptions defaults()
    {
        int running = Math.min(DEFAULT_MAX_CONCURRENT_QUERIES, Math.max(2, Runtime.getRuntime().availableProcessors()));
        return new QueryServiceOptions(DEFAULT_MAX_CONCURRENT_QUERIES, running, DEFAULT_QUERY_TIMEOUT, DEFAULT_MAX_RESULT_BYTES, OptionalLong.empty(),
                DEFAULT_MAX_DELIVERY_FILE_BYTES, Duration.ofSeconds(1), Clock.systemUTC());
    }

    public QueryServiceOptions withMaxConcurrentQueries(int value)
    {
        return new QueryServiceOptions(value, Math.min(runningQueries, value), queryTimeout, maxResultBytes, maxBytesScanned, maxDeliveryFileBytes, progressInterval, clock);
    }

    public QueryServiceOptions withRunningQueries(int value)
    {
        return new QueryServiceOptions(maxConcurrentQueries, value, queryTimeout, maxResultBytes, maxBytesScanned, maxDeliveryFileBytes, progressInterval, clock);
    }

    public QueryServiceOptions withQueryTimeout(Duration value)
    {
        return new QueryServiceOptions(maxConcurrentQueries, runningQueries, value, maxResultBytes, maxBytesScanned, maxDeliveryFileBytes, progressInterval, clock);
    }

    public QueryServiceOptions withMaxResultBytes(long value)
    {
        return new QueryServiceOptions(maxConcurrentQueries, runningQueries, queryTimeout, value, maxBytesScanned, maxDeliveryFileBytes, progressInterval, clock);
    }

    public QueryServiceOptions withMaxBytesScanned(long value)
    {
        return new QueryServiceOptions(maxConcurrentQueries, runningQueries, queryTimeout, maxResultBytes, OptionalLong.of(value), maxDeliveryFileBytes, progressInterval, clock);
    }

    public QueryServiceOptions withMaxDeliveryFileBytes(long value)
    {
        return new QueryServiceOptions(maxConcurrentQueries, runningQueries, queryTimeout, maxResultBytes, maxBytesScanned, value, progressInterval, clock);
    }

    public QueryServiceOptions withProgressInterval(Duration value)
    {
        return new QueryServiceOptions(maxConcurrentQueries, runningQueries, queryTimeout, maxResultBytes, maxBytesScanned, maxDeliveryFileBytes, value, clock);
    }

    public QueryServiceOptions withClock(Clock value)
    {
        return new QueryServiceOptions(maxConcurrentQueries, runningQueries, queryTimeout, maxResultBytes, maxBytesScanned, maxDeliveryFileBytes, progressInterval, value);
    }
}
