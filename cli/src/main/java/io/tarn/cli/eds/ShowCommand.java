package io.tarn.cli.eds;

import io.tarn.cli.LakeCommand;
import io.tarn.cli.remote.RestClient;
import io.tarn.storage.Lake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code tarn eds show}: GetEventDataStore.
 */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = "Show an event data store: its settings, status and advanced event selectors.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  tarn eds show audit",
                "  tarn eds show arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/EXAMPLE-f852-4e8f-8bd1-bcf6cEXAMPLE --output json",
                "  tarn eds show audit --server http://tarn.internal:8080"})
final class ShowCommand
        extends LakeCommand
{
    @Mixin
    private StoreArgument store;

    @Override
    protected void run(Lake lake)
    {
        EventDataStorePrinter.printStore(out(), outputFormat(), lake.catalog().get(store.reference()));
    }

    @Override
    protected void run(RestClient server)
    {
        EventDataStorePrinter.printStore(out(), outputFormat(), server.get(RemoteStores.storePath(store.reference())));
    }
}
