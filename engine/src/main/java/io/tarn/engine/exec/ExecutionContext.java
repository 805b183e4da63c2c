package io.tarn.engine.exec;

import io.tarn.error.TarnException;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static io.tarn.engine.StandardErrorCode.USER_CANCELED;
import static java.util.Objects.requireNonNull;

/**
 * What expressions and operators of one query need to know: the session's time zone, user, catalog and
 * schema, the query's start time (every {@code now()} in a query returns it, as in Trino), and whether the
 * query was cancelled.
 */
public final class ExecutionContext
{
    private static final String DEFAULT_USER = "tarn";

    private final ZoneId timeZone;
    private final Instant start;
    private final String user;
    private final Optional<String> catalog;
    private final Optional<String> schema;
    private final AtomicReference<TarnException> cancellation = new AtomicReference<>();

    public ExecutionContext(ZoneId timeZone, Instant start)
    {
        this(timeZone, start, DEFAULT_USER, Optional.empty(), Optional.empty());
    }

    /**
     * A context that also knows the session's user, catalog and schema, for {@code current_user},
     * {@code current_catalog} and {@code current_schema}.
     */
    public ExecutionContext(ZoneId timeZone, Instant start, String user, Optional<String> catalog, Optional<String> schema)
    {
        this.timeZone = requireNonNull(timeZone, "timeZone is null");
        this.start = requireNonNull(start, "start is null");
        this.user = requireNonNull(user, "user is null");
        this.catalog = requireNonNull(catalog, "catalog is null");
        this.schema = requireNonNull(schema, "schema is null");
    }

    public String user()
    {
        return user;
    }

    public Optional<String> catalog()
    {
        return catalog;
    }

    public Optional<String> schema()
    {
        return schema;
    }

    public ZoneId timeZone()
    {
        return timeZone;
    }

    public Instant start()
    {
        return start;
    }

    /**
     * Stops the query at the next batch boundary with the given error (cancellation, time limit, scan limit).
     */
    public void cancel(TarnException reason)
    {
        cancellation.compareAndSet(null, requireNonNull(reason, "reason is null"));
    }

    public void cancel()
    {
        cancel(new TarnException(USER_CANCELED, "Query was canceled"));
    }

    public boolean isCancelled()
    {
        return cancellation.get() != null;
    }

    /**
     * Throws the cancellation reason if the query was stopped; operators call this between batches.
     */
    public void checkCancelled()
    {
        TarnException reason = cancellation.get();
        if (reason != null) {
            // A fresh exception per thread that observes the stop, with the reason's code and message.
            throw new TarnException(reason::getErrorCode, reason.getRawMessage());
        }
    }
}
