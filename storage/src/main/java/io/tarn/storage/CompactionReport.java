package io.tarn.storage;

import static java.util.Objects.requireNonNull;

/**
 * What compacting one store did: small files of each partition merged into fewer large ones, events still
 * sorted by event time.
 */
public record CompactionReport(String storeId, int partitionsCompacted, int filesBefore, int filesAfter, long bytesBefore, long bytesAfter, long events)
{
    public CompactionReport
    {
        requireNonNull(storeId, "storeId is null");
    }
}
