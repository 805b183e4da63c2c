package io.tarn.benchmarks.compare;

import com.google.common.collect.ImmutableList;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;

import static java.util.Objects.requireNonNull;

/**
 * What one run of a query returned: its column names, its rows (values as the system gave them, null for
 * SQL NULL) and, when the system reports it, the bytes it read from storage.
 */
public record QueryResult(List<String> columns, List<List<Object>> rows, OptionalLong bytesScanned)
{
    public QueryResult
    {
        columns = ImmutableList.copyOf(requireNonNull(columns, "columns is null"));
        // rows may hold nulls, so no ImmutableList
        rows = Collections.unmodifiableList(new ArrayList<>(requireNonNull(rows, "rows is null")));
        requireNonNull(bytesScanned, "bytesScanned is null");
    }
}
