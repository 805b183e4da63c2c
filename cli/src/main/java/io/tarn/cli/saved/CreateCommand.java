package io.tarn.cli.saved;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tarn.cli.JsonOutput;
import io.tarn.cli.ServiceCommand;
import io.tarn.cli.UserException;
import io.tarn.cli.remote.RestClient;
import io.tarn.engine.service.QueryService;
import io.tarn.engine.service.SavedQueryRequest;
import io.tarn.storage.Lake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code tarn saved create}.
 */
@Command(
        name = "create",
        mixinStandardHelpOptions = true,
        description = "Save a query.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  tarn saved create 'Root activity' --sql \"SELECT eventTime, eventName FROM :eds WHERE userIdentity.type = 'Root'\"",
                "  tarn saved create errors --sql-file errors.sql --description 'Errors by code' --default start='2024-01-01 00:00:00'",
                "  tarn saved create errors --sql-file errors.sql --server http://tarn.internal:8080"})
final class CreateCommand
        extends ServiceCommand
{
    @Parameters(index = "0", paramLabel = "NAME", description = "A unique name (ignoring case), up to 128 characters.")
    private String name;

    @Mixin
    private SqlOptions sql;

    @Option(names = "--description", paramLabel = "TEXT", description = "What the query is for.")
    private String description;

    @Option(names = "--default", paramLabel = "NAME=VALUE", description = "A parameter's default value; repeat for more.")
    private Map<String, String> defaults = new LinkedHashMap<>();

    @Override
    protected void run(QueryService service, Lake lake)
    {
        String statement = sql.sql().orElseThrow(() -> new UserException("Give the query's SQL with --sql or --sql-file"));
        SavedQueryRequest request = SavedQueryRequest.create(name, statement).withDefaults(defaults);
        if (description != null) {
            request = request.withDescription(description);
        }
        SavedQueryPrinter.printSaved(out(), outputFormat(), service.savedQueries().create(request));
    }

    @Override
    protected void run(RestClient server)
    {
        ObjectNode body = JsonOutput.object()
                .put("Name", name)
                .put("QueryString", sql.sql().orElseThrow(() -> new UserException("Give the query's SQL with --sql or --sql-file")));
        if (description != null) {
            body.put("Description", description);
        }
        ObjectNode values = body.putObject("Defaults");
        defaults.forEach(values::put);
        SavedQueryPrinter.printSaved(out(), outputFormat(), server.post("/saved-queries", body));
    }
}
