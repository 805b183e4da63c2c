package io.tarn.storage;

import com.google.common.collect.ImmutableList;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The files a scan will read, decided from the catalog alone (no data file is opened), and an estimate of
 * the bytes it will read: the sizes of the requested columns' streams in the chosen files, plus footers.
 */
public record ScanPlan(
        ScanRequest request,
        EventDataStore store,
        List<ScanSplit> splits,
        int partitionsTotal,
        int partitionsSelected,
        int filesTotal,
        int filesSelected,
        long estimatedBytes)
{
    public ScanPlan
    {
        requireNonNull(request, "request is null");
        requireNonNull(store, "store is null");
        splits = ImmutableList.copyOf(requireNonNull(splits, "splits is null"));
    }
}
