package io.tarn.storage;

import java.nio.file.Path;

/**
 * A lake: a directory (or Hadoop URI) of event data stores and a catalog describing them. Several
 * processes may open one lake at once.
 */
public interface Lake
        extends AutoCloseable
{
    /**
     * Opens the lake, creating it when the location is empty, and cleans up what an interrupted write left
     * behind.
     */
    static Lake open(LakeOptions options)
    {
        return io.tarn.storage.impl.DefaultLake.open(options);
    }

    LakeOptions options();

    String accountId();

    String region();

    /**
     * The local directory holding the catalog database; other layers keep their own metadata files here.
     */
    Path metadataDirectory();

    EventDataStoreCatalog catalog();

    /**
     * The channels through which integrations send events (spec 7).
     */
    ChannelCatalog channels();

    /**
     * Reads the sources and commits their events to the store in one atomic step: afterwards either all of
     * the stored events are visible or, if the process dies first, none are. Bad records are rejected and
     * reported without stopping the rest.
     */
    IngestReport ingest(IngestRequest request);

    StoreScanner scanner();

    FileStore files();

    /**
     * Merges each partition's small files into fewer large ones, keeping events sorted by event time.
     */
    CompactionReport compact(String store);

    /**
     * Deletes files whose events are all past retention, purges stores pending deletion for more than seven
     * days, removes leftovers of interrupted writes, and compacts stores with many small files.
     */
    MaintenanceReport maintain();

    @Override
    void close();
}
