package io.tarn.cli.saved;

import io.tarn.cli.ServiceCommand;
import io.tarn.cli.remote.RestClient;
import io.tarn.engine.service.QueryService;
import io.tarn.storage.Lake;
import picocli.CommandLine.Command;

/**
 * {@code tarn saved list}.
 */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List the saved queries by name.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  tarn saved list --output json",
                "  tarn saved list --server http://tarn.internal:8080"})
final class ListCommand
        extends ServiceCommand
{
    @Override
    protected void run(QueryService service, Lake lake)
    {
        SavedQueryPrinter.printSavedList(out(), outputFormat(), service.savedQueries().list());
    }

    @Override
    protected void run(RestClient server)
    {
        SavedQueryPrinter.printSavedList(out(), outputFormat(), server.get("/saved-queries"));
    }
}
