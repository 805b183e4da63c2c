package io.tarn.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * A command that only groups subcommands ({@code tarn eds}, {@code tarn queries}): run alone, it is a usage
 * error naming the subcommands.
 */
public abstract class CommandGroup
        implements Callable<Integer>
{
    @Spec
    private CommandSpec spec;

    @Override
    public final Integer call()
    {
        throw new ParameterException(spec.commandLine(), "Missing command: give one of " + String.join(", ", spec.subcommands().keySet()));
    }
}
