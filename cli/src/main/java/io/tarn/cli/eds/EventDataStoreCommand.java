package io.tarn.cli.eds;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code tarn eds}: the event data stores of the lake.
 */
@Command(
        name = "eds",
        mixinStandardHelpOptions = true,
        description = "Manage event data stores: the collections of events that queries read.",
        subcommands = {
                CreateCommand.class,
                ListCommand.class,
                ShowCommand.class,
                UpdateCommand.class,
                StopIngestionCommand.class,
                StartIngestionCommand.class,
                DeleteCommand.class,
                RestoreCommand.class},
        footerHeading = "%nA STORE is named by its id, its ARN or its name.%n")
public final class EventDataStoreCommand
        implements Callable<Integer>
{
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call()
    {
        throw new ParameterException(spec.commandLine(), "Missing command: give one of " + String.join(", ", spec.subcommands().keySet()));
    }
}
