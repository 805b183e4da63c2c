package io.tarn.server.trino;

import io.tarn.engine.SessionUpdates;
import io.tarn.error.TarnException;

import java.time.Duration;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A statement that failed before it ran: a syntax error, an unknown table, a malformed session header.
 */
final class FailedQuery
        implements ProtocolQuery
{
    private final QueryFailure failure;

    FailedQuery(TarnException exception)
    {
        this.failure = QueryFailure.of(requireNonNull(exception, "exception is null"));
    }

    @Override
    public ResultPage nextPage(Duration maxWait)
    {
        return new ResultPage(QueryState.FAILED, Optional.empty(), "", Optional.of(failure), Optional.empty(), SessionUpdates.NONE, ResultPage.Progress.NONE);
    }

    @Override
    public void cancel() {}
}
