package io.tarn.engine.service;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * A query as ListQueries shows it (spec 4.5).
 */
public record QuerySummary(String queryId, QueryStatus status, Instant creationTime)
{
    public QuerySummary
    {
        requireNonNull(queryId, "queryId is null");
        requireNonNull(status, "status is null");
        requireNonNull(creationTime, "creationTime is null");
    }
}
