package io.tarn.storage.impl.ingest;

/**
 * When files count as small and how they are merged.
 *
 * @param smallFileBytes files below this size are merged
 * @param targetFileBytes merged files are cut at about this size
 * @param maxFilesPerMerge at most this many files are merged at once (each open input holds a stripe and a
 *         batch in memory)
 * @param maintenanceThreshold maintenance compacts a store when a partition has this many small files
 */
public record CompactionSettings(long smallFileBytes, long targetFileBytes, int maxFilesPerMerge, int maintenanceThreshold)
{
    public CompactionSettings
    {
        if (smallFileBytes <= 0 || targetFileBytes <= 0 || maxFilesPerMerge < 2 || maintenanceThreshold < 2) {
            throw new IllegalArgumentException("invalid compaction settings");
        }
    }

    /**
     * Files under 64 MiB are small; merges make files of about 128 MiB from at most 16 inputs; maintenance
     * steps in at 4 small files in a partition.
     */
    public static CompactionSettings defaults()
    {
        return new CompactionSettings(64L << 20, 128L << 20, 16, 4);
    }
}
