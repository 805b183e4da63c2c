package io.tarn.storage.impl;

import com.google.common.collect.ImmutableMap;

import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * A committed data file as the catalog records it.
 *
 * @param relativePath path below the store's data directory, e.g. {@code eventdate=2023-07-10/part-x-0.orc}
 * @param columnBytes compressed bytes of each top-level column's streams in the file, for byte estimates
 * @param metadataBytes bytes of the file that belong to no column: footer, postscript, indexes of the root
 * @param transactionId the transaction that made the file live
 */
public record DataFile(
        String storeId,
        String partition,
        String relativePath,
        long rowCount,
        long sizeBytes,
        long minEventTimeMillis,
        long maxEventTimeMillis,
        Map<String, Long> columnBytes,
        long metadataBytes,
        String transactionId)
{
    public DataFile
    {
        requireNonNull(storeId, "storeId is null");
        requireNonNull(partition, "partition is null");
        requireNonNull(relativePath, "relativePath is null");
        columnBytes = ImmutableMap.copyOf(requireNonNull(columnBytes, "columnBytes is null"));
        requireNonNull(transactionId, "transactionId is null");
        if (minEventTimeMillis > maxEventTimeMillis) {
            throw new IllegalArgumentException("minimum event time is after maximum");
        }
    }
}
