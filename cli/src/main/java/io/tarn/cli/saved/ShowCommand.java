package io.tarn.cli.saved;

import io.tarn.cli.ServiceCommand;
import io.tarn.cli.remote.RestClient;
import io.tarn.engine.service.QueryService;
import io.tarn.storage.Lake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code tarn saved show}.
 */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = "Show a saved query: its SQL, parameters and defaults.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  tarn saved show denied",
                "  tarn saved show denied --server http://tarn.internal:8080"})
final class ShowCommand
        extends ServiceCommand
{
    @Parameters(index = "0", paramLabel = "NAME", description = "The saved query's name or id.")
    private String reference;

    @Override
    protected void run(QueryService service, Lake lake)
    {
        SavedQueryPrinter.printSaved(out(), outputFormat(), service.savedQueries().get(reference));
    }

    @Override
    protected void run(RestClient server)
    {
        SavedQueryPrinter.printSaved(out(), outputFormat(), server.get("/saved-queries/" + RestClient.segment(reference)));
    }
}
