package io.tarn.cli.shell;

import com.google.common.collect.ImmutableMap;

import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * A query's statistics at one moment: time and the numbers Lake bills by, plus how much the scans skipped.
 * A count is {@link #UNKNOWN} when the source does not report it.
 *
 * @param details further counters in the order to show them ({@code FilesRead}, {@code RowGroupsSkipped}, ...)
 */
public record QueryProgress(long elapsedMillis, long bytesScanned, long eventsScanned, long eventsMatched, Map<String, Long> details)
{
    public static final QueryProgress NONE = new QueryProgress(0, 0, 0, 0, Map.of());
    /**
     * A count the source does not report (the Trino protocol has no EventsMatched).
     */
    public static final long UNKNOWN = -1;

    public QueryProgress
    {
        details = ImmutableMap.copyOf(requireNonNull(details, "details is null"));
    }
}
