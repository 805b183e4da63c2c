package io.tarn.cli.saved;

import io.tarn.cli.ServiceCommand;
import io.tarn.cli.remote.RestClient;
import io.tarn.engine.service.QueryService;
import io.tarn.storage.Lake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code tarn samples run}.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
                "Run a sample query with parameter values and print all its rows.",
                "Its table parameters need stores of the sample's types ('tarn samples show' lists them)."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  tarn samples run guide-q9 -p eds=audit",
                "  tarn samples run access-denied -p eds=audit -p start='2023-07-10 00:00:00' -p end='2023-07-11 00:00:00' --format csv",
                "  tarn samples run guide-q9 -p eds=audit --server http://tarn.internal:8080"})
final class SampleRunCommand
        extends ServiceCommand
{
    @Parameters(index = "0", paramLabel = "SAMPLE", description = "The sample's id or name.")
    private String sample;

    @Mixin
    private RunOptions run;

    @Override
    protected void run(QueryService service, Lake lake)
    {
        run.run(service, service.savedQueries().prepareSample(sample, run.parameters()), out(), outputFormat());
    }

    @Override
    protected void run(RestClient server)
    {
        run.run(server, "/sample-queries/" + RestClient.segment(sample), out(), outputFormat());
    }
}
