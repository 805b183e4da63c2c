package io.tarn.cli;

import io.tarn.storage.Lake;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * A command that works on the lake: opens it, runs, closes it. Subclasses print their result with
 * {@link #out()} in the format {@link #outputFormat()} chose.
 */
public abstract class LakeCommand
        implements Callable<Integer>
{
    @Spec
    private CommandSpec spec;

    @Mixin
    private OutputOptions output;

    @Override
    public final Integer call()
    {
        try (Lake lake = tarn().openLake(createsLake())) {
            run(lake);
        }
        return ExitCodes.SUCCESS;
    }

    /**
     * Whether the command may create the lake when it does not exist yet.
     */
    protected boolean createsLake()
    {
        return false;
    }

    protected abstract void run(Lake lake);

    protected TarnCli tarn()
    {
        return (TarnCli) spec.root().userObject();
    }

    protected CommandLine commandLine()
    {
        return spec.commandLine();
    }

    protected PrintWriter out()
    {
        return spec.commandLine().getOut();
    }

    protected OutputFormat outputFormat()
    {
        return output.format();
    }
}
