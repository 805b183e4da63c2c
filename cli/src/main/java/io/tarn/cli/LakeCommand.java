package io.tarn.cli;

import io.tarn.cli.remote.RestClient;
import io.tarn.cli.shell.TrinoShellClient;
import io.tarn.storage.Lake;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * A command that works on the lake: opens it, runs, closes it. Subclasses print their result with
 * {@link #out()} in the format {@link #outputFormat()} chose. With {@code --server URL} the command acts on a
 * running server through its REST API instead ({@link #run(RestClient)}); a command that only works on a
 * local lake refuses it.
 */
public abstract class LakeCommand
        implements Callable<Integer>
{
    @Spec
    private CommandSpec spec;

    @Mixin
    private OutputOptions output;

    @Option(names = "--server", paramLabel = "URL",
            description = "Act on a running 'tarn serve' at this URL instead of a local lake; a bearer token is taken from $"
                    + TrinoShellClient.TOKEN_VARIABLE + ".")
    private String server;

    @Override
    public final Integer call()
    {
        if (server != null) {
            run(RestClient.connect(server, tarn()));
            return ExitCodes.SUCCESS;
        }
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

    /**
     * Runs the command on a server; by default refuses, for commands that need the lake's files.
     */
    protected void run(RestClient server)
    {
        throw new UserException("'" + spec.qualifiedName() + "' works on a local lake only and cannot act on a server; drop --server");
    }

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
