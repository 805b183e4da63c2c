package io.tarn.cli.queries;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.cli.JsonOutput;
import io.tarn.cli.OutputFormat;
import io.tarn.cli.ServiceCommand;
import io.tarn.cli.remote.RemoteQuery;
import io.tarn.cli.remote.RestClient;
import io.tarn.engine.service.QueryInfo;
import io.tarn.engine.service.QueryService;
import io.tarn.storage.Lake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code tarn queries cancel}: CancelQuery (spec 4.6).
 */
@Command(
        name = "cancel",
        mixinStandardHelpOptions = true,
        description = {
                "Cancel a queued or running query. Its scan stops; the bytes it scanned stay recorded.",
                "A query running in a server stops within a second. A query that has ended cannot be cancelled (INACTIVE_QUERY)."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  tarn queries cancel 0b5b7c3e-9a51-4bd4-8b1e-2a3a27e3e8a2 --output json",
                "  tarn queries cancel 0b5b7c3e-9a51-4bd4-8b1e-2a3a27e3e8a2 --server http://tarn.internal:8080"})
final class CancelCommand
        extends ServiceCommand
{
    @Parameters(index = "0", paramLabel = "QUERY_ID", description = "The query's id.")
    private String queryId;

    @Override
    protected void run(QueryService service, Lake lake)
    {
        QueryInfo info = service.cancelQuery(queryId);
        print(info.queryId(), info.status().name());
    }

    @Override
    protected void run(RestClient server)
    {
        JsonNode answer = server.post(RemoteQuery.queryPath(queryId) + "/cancel");
        print(answer.path("QueryId").asText(), answer.path("QueryStatus").asText());
    }

    private void print(String id, String status)
    {
        if (outputFormat() == OutputFormat.JSON) {
            JsonOutput.print(out(), JsonOutput.object().put("QueryId", id).put("QueryStatus", status));
            return;
        }
        out().println("Query " + id + " " + status);
    }
}
