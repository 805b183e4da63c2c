package io.tarn.engine.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.google.common.collect.ImmutableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A page of GetQueryResults (spec 4.4).
 *
 * @param columns the result columns with their Trino types; empty until the query has been planned
 * @param rows the rows of this page, each a JSON array of typed values ({@link TypedValueEncoder}), which a
 *         Trino-protocol server can send as they are
 * @param totalResultsCount the rows stored so far (all rows once the query has ended)
 * @param nextToken present while more rows may follow: more are stored, or the query still runs
 */
public record QueryResultsPage(
        String queryId,
        QueryStatus status,
        List<QueryColumn> columns,
        List<ArrayNode> rows,
        long totalResultsCount,
        long bytesScanned,
        Optional<String> nextToken,
        Optional<QueryError> error)
{
    public QueryResultsPage
    {
        requireNonNull(queryId, "queryId is null");
        requireNonNull(status, "status is null");
        columns = ImmutableList.copyOf(requireNonNull(columns, "columns is null"));
        rows = ImmutableList.copyOf(requireNonNull(rows, "rows is null"));
        requireNonNull(nextToken, "nextToken is null");
        requireNonNull(error, "error is null");
    }

    /**
     * {@code ResultsCount}: the rows of this page.
     */
    public int resultsCount()
    {
        return rows.size();
    }

    /**
     * The rows with each value as Lake shows it ({@link LakeValueFormatter}); null for SQL NULL.
     */
    public List<List<String>> lakeRows()
    {
        List<TrinoType> types = columns.stream().map(column -> TrinoType.parse(column.type())).toList();
        List<List<String>> result = new ArrayList<>(rows.size());
        for (ArrayNode row : rows) {
            List<String> values = new ArrayList<>(types.size());
            for (int column = 0; column < types.size(); column++) {
                values.add(LakeValueFormatter.format(row.get(column), types.get(column)));
            }
            result.add(values);
        }
        return result;
    }
}
