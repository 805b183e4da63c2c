package io.tarn.cli.eds;

import io.tarn.cli.CommandGroup;
import picocli.CommandLine.Command;

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
        extends CommandGroup
{
}
