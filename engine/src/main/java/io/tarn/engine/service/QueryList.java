package io.tarn.engine.service;

import com.google.common.collect.ImmutableList;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A page of ListQueries: the queries, newest first, and the token of the next page when there is one.
 */
public record QueryList(List<QuerySummary> queries, Optional<String> nextToken)
{
    public QueryList
    {
        queries = ImmutableList.copyOf(requireNonNull(queries, "queries is null"));
        requireNonNull(nextToken, "nextToken is null");
    }
}
