package io.tarn.server.trino;

import com.google.common.collect.ImmutableList;
import io.tarn.engine.SessionUpdates;
import io.tarn.engine.service.QueryColumn;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What one poll of a statement yields: its state, its columns once known, the rows produced since the last
 * poll (a JSON text of comma-separated row arrays in the protocol's value encoding, without brackets), its
 * failure, and what it changes in the session.
 *
 * @param rows the rows as {@code [v1, v2],[v1, v2]}; empty when there are none
 */
record ResultPage(
        QueryState state,
        Optional<List<QueryColumn>> columns,
        String rows,
        Optional<QueryFailure> failure,
        Optional<String> updateType,
        SessionUpdates sessionUpdates,
        Progress progress)
{
    ResultPage
    {
        requireNonNull(state, "state is null");
        columns = requireNonNull(columns, "columns is null").map(ImmutableList::copyOf);
        requireNonNull(rows, "rows is null");
        requireNonNull(failure, "failure is null");
        requireNonNull(updateType, "updateType is null");
        requireNonNull(sessionUpdates, "sessionUpdates is null");
        requireNonNull(progress, "progress is null");
        if (state == QueryState.FAILED && failure.isEmpty()) {
            throw new IllegalArgumentException("a failed page needs a failure");
        }
    }

    /**
     * The statistics the protocol reports: time queued and running, and what the scan read
     * ({@code processedRows} = events scanned, {@code processedBytes} = {@code physicalInputBytes} = Lake's
     * BytesScanned).
     */
    record Progress(long queuedMillis, long runningMillis, long processedRows, long processedBytes)
    {
        static final Progress NONE = new Progress(0, 0, 0, 0);
    }
}
