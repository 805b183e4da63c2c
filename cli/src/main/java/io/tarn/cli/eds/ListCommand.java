package io.tarn.cli.eds;

import io.tarn.cli.LakeCommand;
import io.tarn.cli.remote.RestClient;
import io.tarn.storage.Lake;
import picocli.CommandLine.Command;

/**
 * {@code tarn eds list}: every store, oldest first, including those pending deletion.
 */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List the event data stores, oldest first, including those pending deletion.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  tarn eds list",
                "  tarn --lake /var/lib/tarn eds list --output json",
                "  tarn eds list --server http://tarn.internal:8080"})
final class ListCommand
        extends LakeCommand
{
    @Override
    protected void run(Lake lake)
    {
        EventDataStorePrinter.printList(out(), outputFormat(), lake.catalog().list());
    }

    @Override
    protected void run(RestClient server)
    {
        EventDataStorePrinter.printList(out(), outputFormat(), server.get(RemoteStores.PATH));
    }
}
