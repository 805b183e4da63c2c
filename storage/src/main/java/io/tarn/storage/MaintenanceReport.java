package io.tarn.storage;

import com.google.common.collect.ImmutableList;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * What a maintenance run did: files whose events had all passed the retention period, stores purged after
 * their seven days pending deletion, leftovers of interrupted writes, and compactions.
 */
public record MaintenanceReport(
        int expiredFilesDeleted,
        long expiredEventsDeleted,
        List<String> storesPurged,
        int leftoverFilesRemoved,
        List<CompactionReport> compactions)
{
    public MaintenanceReport
    {
        storesPurged = ImmutableList.copyOf(requireNonNull(storesPurged, "storesPurged is null"));
        compactions = ImmutableList.copyOf(requireNonNull(compactions, "compactions is null"));
    }
}
