package io.tarn.cli.saved;

import io.tarn.cli.OutputOptions;
import io.tarn.engine.service.SampleQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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
                "  tarn samples show 'Investigate user actions' --output json"})
final class SampleShowCommand
        implements Callable<Integer>
{
    @Spec
    private CommandSpec spec;

    @Mixin
    private OutputOptions output;

    @Parameters(index = "0", paramLabel = "SAMPLE", description = "The sample's id or name.")
    private String reference;

    @Override
    public Integer call()
    {
        SavedQueryPrinter.printSample(spec.commandLine().getOut(), output.format(), SampleQueries.get(reference));
        return 0;
    }
}
