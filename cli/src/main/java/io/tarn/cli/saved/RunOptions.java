package io.tarn.cli.saved;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tarn.cli.JsonOutput;
import io.tarn.cli.LocalQueries;
import io.tarn.cli.OutputFormat;
import io.tarn.cli.QueryOutcome;
import io.tarn.cli.ResultsPrinter;
import io.tarn.cli.remote.RemoteQuery;
import io.tarn.cli.remote.RestClient;
import io.tarn.engine.service.QueryInfo;
import io.tarn.engine.service.QueryService;
import io.tarn.engine.service.QueryStatus;
import io.tarn.engine.service.StartQueryRequest;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Options of running a saved or sample query: parameter values, where to deliver the results, how to print
 * them. The query runs to its end in this process and all its rows are printed.
 */
final class RunOptions
{
    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A parameter's value; repeat for each. A table parameter (FROM :eds) takes a store's id, name or ARN.")
    private Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, csv or json (default: table; json with --output json).")
    private ResultsPrinter.Format format;

    @Option(names = "--delivery-location", paramLabel = "DIR|URI", description = "Also deliver the results there as signed gzipped CSV files.")
    private String deliveryLocation;

    Map<String, String> parameters()
    {
        return parameters;
    }

    void run(QueryService service, StartQueryRequest prepared, PrintWriter out, OutputFormat outputFormat)
    {
        StartQueryRequest request = deliveryLocation == null ? prepared : prepared.withDeliveryLocation(deliveryLocation);
        QueryInfo info = LocalQueries.run(service, request);
        if (info.status() == QueryStatus.FINISHED) {
            ResultsPrinter.printAll(out, chosenFormat(outputFormat), service, info);
            out.flush();
        }
        QueryOutcome.check(info);
    }

    /**
     * Runs the query on a server ({@code POST <path>/run}), waits for its end and prints all its rows.
     */
    void run(RestClient server, String path, PrintWriter out, OutputFormat outputFormat)
    {
        ObjectNode body = JsonOutput.object();
        ObjectNode values = body.putObject("Parameters");
        parameters.forEach(values::put);
        if (deliveryLocation != null) {
            body.put("DeliveryS3Uri", deliveryLocation);
        }
        String queryId = server.post(path + "/run", body).path("QueryId").asText();
        RemoteQuery.awaitFinished(server, queryId);
        ResultsPrinter.printAll(out, chosenFormat(outputFormat), token -> RemoteQuery.resultsPage(server, queryId, token));
    }

    private ResultsPrinter.Format chosenFormat(OutputFormat outputFormat)
    {
        return format != null ? format : outputFormat == OutputFormat.JSON ? ResultsPrinter.Format.JSON : ResultsPrinter.Format.TABLE;
    }
}
