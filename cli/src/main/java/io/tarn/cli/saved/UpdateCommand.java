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

import java.util.Map;
import java.util.Optional;

/**
 * {@code tarn saved update}.
 */
@Command(
        name = "update",
        mixinStandardHelpOptions = true,
        description = {
                "Change a saved query; only the options given change.",
                "Defaults given replace all defaults; defaults of parameters a new SQL no longer has are dropped. Sample queries cannot be changed."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  tarn saved update denied --name 'Denied calls' --description 'AccessDenied and UnauthorizedOperation'",
                "  tarn saved update denied --sql \"SELECT * FROM :eds WHERE errorCode = :code\" --default code=AccessDenied",
                "  tarn saved update denied --description 'Denied calls' --server http://tarn.internal:8080"})
final class UpdateCommand
        extends ServiceCommand
{
    @Parameters(index = "0", paramLabel = "NAME", description = "The saved query's name or id.")
    private String reference;

    @Option(names = "--name", paramLabel = "NAME", description = "A new name.")
    private String name;

    @Mixin
    private SqlOptions sql;

    @Option(names = "--description", paramLabel = "TEXT", description = "A new description.")
    private String description;

    @Option(names = "--default", paramLabel = "NAME=VALUE", description = "The defaults, replacing all others; repeat for more.")
    private Map<String, String> defaults;

    @Option(names = "--clear-defaults", description = "Remove all defaults.")
    private boolean clearDefaults;

    @Override
    protected void run(QueryService service, Lake lake)
    {
        checkDefaults();
        SavedQueryRequest request = SavedQueryRequest.change();
        if (name != null) {
            request = request.withName(name);
        }
        Optional<String> statement = sql.sql();
        if (statement.isPresent()) {
            request = request.withSql(statement.get());
        }
        if (description != null) {
            request = request.withDescription(description);
        }
        if (defaults != null || clearDefaults) {
            request = request.withDefaults(defaults == null ? Map.of() : defaults);
        }
        SavedQueryPrinter.printSaved(out(), outputFormat(), service.savedQueries().update(reference, request));
    }

    @Override
    protected void run(RestClient server)
    {
        checkDefaults();
        ObjectNode body = JsonOutput.object();
        if (name != null) {
            body.put("Name", name);
        }
        sql.sql().ifPresent(statement -> body.put("QueryString", statement));
        if (description != null) {
            body.put("Description", description);
        }
        if (defaults != null || clearDefaults) {
            ObjectNode values = body.putObject("Defaults");
            if (defaults != null) {
                defaults.forEach(values::put);
            }
        }
        SavedQueryPrinter.printSaved(out(), outputFormat(), server.patch("/saved-queries/" + RestClient.segment(reference), body));
    }

    private void checkDefaults()
    {
        if (clearDefaults && defaults != null) {
            throw new UserException("Give --default or --clear-defaults, not both");
        }
    }
}
