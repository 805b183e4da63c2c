package io.tarn.engine.service;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

import static java.util.Objects.requireNonNull;

/**
 * A ListQueries request (spec 4.5): the queries of the last seven days that read a store, optionally only
 * those with a status or created within a time range, a page at a time.
 *
 * @param eventDataStore the store's id, ARN or name
 * @param startTime only queries created at or after this time
 * @param endTime only queries created at or before this time
 * @param maxResults queries per page, 1 to {@value QueryService#MAX_RESULTS_PER_PAGE} (default {@value QueryService#MAX_RESULTS_PER_PAGE})
 */
public record ListQueriesRequest(
        String eventDataStore,
        Optional<QueryStatus> status,
        Optional<Instant> startTime,
        Optional<Instant> endTime,
        OptionalInt maxResults,
        Optional<String> nextToken)
{
    public ListQueriesRequest
    {
        requireNonNull(eventDataStore, "eventDataStore is null");
        requireNonNull(status, "status is null");
        requireNonNull(startTime, "startTime is null");
        requireNonNull(endTime, "endTime is null");
        requireNonNull(maxResults, "maxResults is null");
        requireNonNull(nextToken, "nextToken is null");
    }

    public static ListQueriesRequest of(String eventDataStore)
    {
        return new ListQueriesRequest(eventDataStore, Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty());
    }

    public ListQueriesRequest withStatus(QueryStatus value)
    {
        return new ListQueriesRequest(eventDataStore, Optional.of(value), startTime, endTime, maxResults, nextToken);
    }

    public ListQueriesRequest withTimeRange(Optional<Instant> start, Optional<Instant> end)
    {
        return new ListQueriesRequest(eventDataStore, status, start, end, maxResults, nextToken);
    }

    public ListQueriesRequest withMaxResults(int value)
    {
        return new ListQueriesRequest(eventDataStore, status, startTime, endTime, OptionalInt.of(value), nextToken);
    }

    public ListQueriesRequest withNextToken(Optional<String> value)
    {
        return new ListQueriesRequest(eventDataStore, status, startTime, endTime, maxResults, value);
    }
}
