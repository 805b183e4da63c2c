package io.tarn.cli.queries;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tarn.cli.Converters;
import io.tarn.cli.LocalQueries;
import io.tarn.cli.OutputFormat;
import io.tarn.cli.JsonOutput;
import io.tarn.cli.QueryOutcome;
import io.tarn.cli.ServiceCommand;
import io.tarn.cli.UserException;
import io.tarn.cli.remote.RemoteQuery;
import io.tarn.cli.remote.RestClient;
import io.tarn.engine.service.QueryInfo;
import io.tarn.engine.service.QueryService;
import io.tarn.engine.service.StartQueryRequest;
import io.tarn.storage.Lake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code tarn queries start}: StartQuery (spec 4.2).
 */
@Command(
        name = "start",
        mixinStandardHelpOptions = true,
        description = {
                "Start a query and print its id.",
                "The statement names event data stores by id, name or ARN (FROM audit, FROM EXAMPLE-f852-4e8f-8bd1-bcf6cEXAMPLE). "
                        + "Without a server the query runs inside this command, which waits until it has ended and its results are delivered, "
                        + "then prints the id; read the results with 'tarn queries results ID' for seven days. "
                        + "Exit status 1 when the query failed, timed out or was cancelled (Ctrl-C cancels it)."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  tarn queries start \"SELECT eventID, eventTime FROM audit LIMIT 10\"",
                "  tarn queries start \"SELECT * FROM audit WHERE userIdentity.username = ? AND eventTime > ?\" \\",
                "      --parameter bob --parameter '2023-01-22 00:00:00'",
                "  tarn queries start \"SELECT eventName, count(*) FROM audit GROUP BY 1\" --delivery-location /srv/results --alias daily",
                "  tarn queries start \"SELECT count(*) FROM audit\" --max-bytes-scanned 10GB --output json",
                "  tarn queries start --server http://tarn.internal:8080 \"SELECT count(*) FROM audit\"   prints the id at once"})
final class StartCommand
        extends ServiceCommand
{
    @Parameters(index = "0", paramLabel = "SQL", description = "The statement, at most 10,000 characters.")
    private String statement;

    @Option(names = "--delivery-location", paramLabel = "DIR|URI",
            description = "Also deliver the results there as signed gzipped CSV files (result_N.csv.gz and result_sign.json): a local directory or a Hadoop URI.")
    private String deliveryLocation;

    @Option(names = "--alias", paramLabel = "ALIAS", description = "A name for the query: 'tarn queries describe --alias ALIAS' shows its latest run.")
    private String alias;

    @Option(names = "--parameter", paramLabel = "VALUE", description = "A value for the next ? of the statement, in order (at most 10); cast to the type the query expects.")
    private List<String> parameters = new ArrayList<>();

    @Option(names = "--max-bytes-scanned", paramLabel = "SIZE", converter = Converters.DataSizeConverter.class,
            description = "Stop the query when it has scanned more than this (bytes, or 10GB, 512MB, ...).")
    private Long maxBytesScanned;

    @Override
    protected void run(QueryService service, Lake lake)
    {
        StartQueryRequest request = StartQueryRequest.of(statement).withParameters(new ArrayList<>(parameters));
        if (deliveryLocation != null) {
            request = request.withDeliveryLocation(deliveryLocation);
        }
        if (alias != null) {
            request = request.withAlias(alias);
        }
        if (maxBytesScanned != null) {
            request = request.withMaxBytesScanned(maxBytesScanned);
        }
        QueryInfo info = LocalQueries.run(service, request);
        printQueryId(info.queryId());
        QueryOutcome.check(info);
    }

    /**
     * Starts the query on the server and prints its id at once, as Lake's StartQuery does; follow it with
     * {@code tarn queries describe --server}.
     */
    @Override
    protected void run(RestClient server)
    {
        if (maxBytesScanned != null) {
            throw new UserException("--max-bytes-scanned works on a local lake only; a server applies its own limit");
        }
        ObjectNode body = JsonOutput.object().put("QueryStatement", statement);
        if (deliveryLocation != null) {
            body.put("DeliveryS3Uri", deliveryLocation);
        }
        if (alias != null) {
            body.put("QueryAlias", alias);
        }
        if (!parameters.isEmpty()) {
            ArrayNode values = body.putArray("QueryParameters");
            parameters.forEach(values::add);
        }
        printQueryId(server.post(RemoteQuery.PATH, body).path("QueryId").asText());
    }

    private void printQueryId(String queryId)
    {
        if (outputFormat() == OutputFormat.JSON) {
            JsonOutput.print(out(), JsonOutput.object().put("QueryId", queryId));
        }
        else {
            out().println(queryId);
        }
        out().flush();
    }
}
