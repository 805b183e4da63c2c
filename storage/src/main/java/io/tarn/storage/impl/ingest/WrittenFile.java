package io.tarn.storage.impl.ingest;

import io.tarn.storage.impl.DataFile;
import io.tarn.storage.impl.orc.OrcColumnSizes;

import static java.util.Objects.requireNonNull;

/**
 * A data file written to staging, with what the catalog will record about it.
 */
record WrittenFile(String partition, String relativePath, long rowCount, long sizeBytes, long minEventTimeMillis, long maxEventTimeMillis, OrcColumnSizes columnSizes)
{
    WrittenFile
    {
        requireNonNull(partition, "partition is null");
        requireNonNull(relativePath, "relativePath is null");
        requireNonNull(columnSizes, "columnSizes is null");
    }

    DataFile toDataFile(String storeId, String transactionId)
    {
        return new DataFile(storeId, partition, relativePath, rowCount, sizeBytes, minEventTimeMillis, maxEventTimeMillis, columnSizes.columnBytes(), columnSizes.metadataBytes(), transactionId);
    }
}
