package io.tarn.cli.saved;

import io.tarn.cli.OutputOptions;
import io.tarn.engine.service.SampleQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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
        footer = "  tarn samples list --output json")
final class SampleListCommand
        implements Callable<Integer>
{
    @Spec
    private CommandSpec spec;

    @Mixin
    private OutputOptions output;

    @Override
    public Integer call()
    {
        SavedQueryPrinter.printSampleList(spec.commandLine().getOut(), output.format(), SampleQueries.all());
        return 0;
    }
}
