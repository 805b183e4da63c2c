package io.tarn.cli.ingest;

import io.tarn.cli.LakeCommand;
import io.tarn.cli.eds.RemoteStores;
import io.tarn.cli.eds.StoreArgument;
import io.tarn.cli.remote.RestClient;
import io.tarn.storage.CompactionReport;
import io.tarn.storage.Lake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code tarn compact}: merges a store's small files, partition by partition.
 */
@Command(
        name = "compact",
        mixinStandardHelpOptions = true,
        description = {
                "Merge the small files of an event data store into fewer large ones.",
                "Each ingestion commits at least one file per day it touches; many small ingestions leave many small "
                        + "files, and every file costs a query a footer read. Readers keep seeing a consistent set of "
                        + "files while compaction runs."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  tarn compact audit",
                "  tarn compact arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/EXAMPLE-f852-4e8f-8bd1-bcf6cEXAMPLE",
                "  tarn compact audit --output json",
                "  tarn compact audit --server http://tarn.internal:8080"})
public final class CompactCommand
        extends LakeCommand
{
    @Mixin
    private StoreArgument store;

    @Override
    protected void run(Lake lake)
    {
        CompactionReport report = lake.compact(store.reference());
        MaintenancePrinter.printCompaction(out(), outputFormat(), report);
    }

    @Override
    protected void run(RestClient server)
    {
        MaintenancePrinter.printCompaction(out(), outputFormat(), server.post(RemoteStores.storePath(store.reference()) + "/compact"));
    }
}
