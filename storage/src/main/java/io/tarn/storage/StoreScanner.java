package io.tarn.storage;

import java.io.IOException;

/**
 * Plans and reads scans of event data stores.
 */
public interface StoreScanner
{
    /**
     * Chooses the files to read from the catalog's partition and per-file event time statistics, without
     * opening any data file. Refused for a store pending deletion.
     */
    ScanPlan plan(ScanRequest request);

    /**
     * Opens one split of a plan. The reader counts into {@code statistics}, skips stripes and row groups
     * whose event times miss the plan's ranges, and returns only rows inside them.
     */
    BatchReader open(ScanPlan plan, ScanSplit split, ScanStatistics statistics)
            throws IOException;
}
