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
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code tarn samples list}; needs no lake.
 */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List the sample queries and the stores they need.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  tarn samples list --output json",
                "  tarn samples list --server http://tarn.internal:8080"})
final class SampleListCommand
        implements Callable<Integer>
{
    @Spec
    private CommandSpec spec;

    @Mixin
    private OutputOptions output;

    @Option(names = "--server", paramLabel = "URL",
            description = "Ask a running 'tarn serve' at this URL; a bearer token is taken from $" + TrinoShellClient.TOKEN_VARIABLE + ".")
    private String server;

    @Override
    public Integer call()
    {
        if (server != null) {
            SavedQueryPrinter.printSampleList(spec.commandLine().getOut(), output.format(),
                    RestClient.connect(server, (TarnCli) spec.root().userObject()).get("/sample-queries"));
            return 0;
        }
        SavedQueryPrinter.printSampleList(spec.commandLine().getOut(), output.format(), SampleQueries.all());
        return 0;
    }
}
