package io.tarn.cli.saved;

import io.tarn.cli.OutputOptions;
import io.tarn.cli.TarnCli;
import io.tarn.cli.remote.RestClient;
import io.tarn.cli.shell.TrinoShellClient;
import io.tarn.engine.service.SampleQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code tarn samples show}; needs no lake.
 */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = "Show a sample query: its SQL, parameters and the store types it needs.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  tarn samples show guide-q7",
                "  tarn samples show 'Investigate user actions' --output json",
                "  tarn samples show guide-q7 --server http://tarn.internal:8080"})
final class SampleShowCommand
        implements Callable<Integer>
{
    @Spec
    private CommandSpec spec;

    @Mixin
    private OutputOptions output;

    @Parameters(index = "0", paramLabel = "SAMPLE", description = "The sample's id or name.")
    private String reference;

    @Option(names = "--server", paramLabel = "URL",
            description = "Ask a running 'tarn serve' at this URL; a bearer token is taken from $" + TrinoShellClient.TOKEN_VARIABLE + ".")
    private String server;

    @Override
    public Integer call()
    {
        if (server != null) {
            SavedQueryPrinter.printSample(spec.commandLine().getOut(), output.format(),
                    RestClient.connect(server, (TarnCli) spec.root().userObject()).get("/sample-queries/" + RestClient.segment(reference)));
            return 0;
        }
        SavedQueryPrinter.printSample(spec.commandLine().getOut(), output.format(), SampleQueries.get(reference));
        return 0;
    }
}
