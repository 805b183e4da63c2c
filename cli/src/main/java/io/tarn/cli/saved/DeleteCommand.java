package io.tarn.cli.saved;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.cli.OutputFormat;
import io.tarn.cli.ServiceCommand;
import io.tarn.cli.remote.RestClient;
import io.tarn.engine.service.QueryService;
import io.tarn.engine.service.SavedQuery;
import io.tarn.server.api.SavedQueryJson;
import io.tarn.storage.Lake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code tarn saved delete}.
 */
@Command(
        name = "delete",
        mixinStandardHelpOptions = true,
        description = "Delete a saved query. Sample queries cannot be deleted.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  tarn saved delete denied",
                "  tarn saved delete denied --server http://tarn.internal:8080"})
final class DeleteCommand
        extends ServiceCommand
{
    @Parameters(index = "0", paramLabel = "NAME", description = "The saved query's name or id.")
    private String reference;

    @Override
    protected void run(QueryService service, Lake lake)
    {
        SavedQuery deleted = service.savedQueries().delete(reference);
        print(SavedQueryJson.saved(deleted));
    }

    @Override
    protected void run(RestClient server)
    {
        print(server.delete("/saved-queries/" + RestClient.segment(reference)));
    }

    private void print(JsonNode deleted)
    {
        if (outputFormat() == OutputFormat.JSON) {
            SavedQueryPrinter.printSaved(out(), outputFormat(), deleted);
            return;
        }
        out().println("Deleted saved query '" + deleted.path("Name").asText() + "'");
    }
}
