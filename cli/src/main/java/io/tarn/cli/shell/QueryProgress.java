package io.tarn.cli.shell;

import com.google.common.collect.ImmutableMap;

import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * A query's statistics at one moment: time and the numbers Lake bills by, plus how much the scans skipped.
 *
 * @param details further counters in the order to show them ({@code FilesRead}, {@code RowGroupsSkipped}, ...)
 */
public record QueryProgress(long elapsedMillis, long bytesScanned, long eventsScanned, long eventsMatched, Map<String, Long> details)
{
    public static final QueryProgress NONE = new QueryProgress(0, 0, 0, 0, Map.of());

    public QueryProgress
    {
        details = ImmutableMap.copyOf(requireNonNull(details, "details is null"));
    }
}
