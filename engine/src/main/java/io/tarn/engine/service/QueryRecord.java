package io.tarn.engine.service;

import com.google.common.collect.ImmutableList;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A query as the history keeps it: what DescribeQuery shows, the result columns once known, how much of the
 * results is stored, and which process runs it.
 *
 * @param owner the process running the query while it is queued or running ({@link ProcessOwner})
 */
record QueryRecord(QueryInfo info, Optional<List<QueryColumn>> columns, ResultProgress results, String owner)
{
    QueryRecord
    {
        requireNonNull(info, "info is null");
        columns = requireNonNull(columns, "columns is null").map(ImmutableList::copyOf);
        requireNonNull(results, "results is null");
        requireNonNull(owner, "owner is null");
    }
}
