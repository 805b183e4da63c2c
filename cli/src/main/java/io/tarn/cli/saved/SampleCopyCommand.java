package io.tarn.cli.saved;

import io.tarn.cli.JsonOutput;
import io.tarn.cli.ServiceCommand;
import io.tarn.cli.remote.RestClient;
import io.tarn.engine.service.QueryService;
import io.tarn.storage.Lake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code tarn samples copy}: saves a sample as a new saved query.
 */
@Command(
        name = "copy",
        mixinStandardHelpOptions = true,
        description = "Save a sample as a new saved query, which can then be changed.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  tarn samples copy user-actions 'My user actions'",
                "  tarn samples copy user-actions 'My user actions' --server http://tarn.internal:8080"})
final class SampleCopyCommand
        extends ServiceCommand
{
    @Parameters(index = "0", paramLabel = "SAMPLE", description = "The sample's id or name.")
    private String sample;

    @Parameters(index = "1", paramLabel = "NAME", description = "The new saved query's name.")
    private String name;

    @Override
    protected void run(QueryService service, Lake lake)
    {
        SavedQueryPrinter.printSaved(out(), outputFormat(), service.savedQueries().copySample(sample, name));
    }

    @Override
    protected void run(RestClient server)
    {
        SavedQueryPrinter.printSaved(out(), outputFormat(), server.post("/sample-queries/" + RestClient.segment(sample) + "/copy", JsonOutput.object().put("Name", name)));
    }
}
