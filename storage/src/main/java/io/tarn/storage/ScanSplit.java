package io.tarn.storage;

import static java.util.Objects.requireNonNull;

/**
 * One data file to read, with what the catalog knows about it. Splits of one plan may be read in
 * parallel, each by its own {@link BatchReader}.
 *
 * @param partition the partition directory, e.g. {@code eventdate=2023-07-10}
 */
public record ScanSplit(String storeId, String path, String partition, long minEventTimeMillis, long maxEventTimeMillis, long rowCount, long sizeBytes)
{
    public ScanSplit
    {
        requireNonNull(storeId, "storeId is null");
        requireNonNull(path, "path is null");
        requireNonNull(partition, "partition is null");
    }
}
