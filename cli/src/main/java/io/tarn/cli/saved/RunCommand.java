package io.tarn.cli.saved;

import io.tarn.cli.ServiceCommand;
import io.tarn.cli.remote.RestClient;
import io.tarn.engine.service.QueryService;
import io.tarn.storage.Lake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code tarn saved run}.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
                "Run a saved query with parameter values and print all its rows.",
                "The query runs in this command (recorded like any query, alias saved:<id>); exit status 1 when it fails."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  tarn saved run denied --param eds=audit --param start='2024-03-01 00:00:00'",
                "  tarn saved run denied -p eds=audit -p start=2024-03-01 --format csv > denied.csv",
                "  tarn saved run denied -p eds=audit --format json",
                "  tarn saved run denied -p eds=audit --server http://tarn.internal:8080"})
final class RunCommand
        extends ServiceCommand
{
    @Parameters(index = "0", paramLabel = "NAME", description = "The saved query's name or id.")
    private String reference;

    @Mixin
    private RunOptions run;

    @Override
    protected void run(QueryService service, Lake lake)
    {
        run.run(service, service.savedQueries().prepare(reference, run.parameters()), out(), outputFormat());
    }

    @Override
    protected void run(RestClient server)
    {
        run.run(server, "/saved-queries/" + RestClient.segment(reference), out(), outputFormat());
    }
}
