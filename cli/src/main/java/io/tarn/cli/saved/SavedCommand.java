package io.tarn.cli.saved;

import io.tarn.cli.CommandGroup;
import picocli.CommandLine.Command;

/**
 * {@code tarn saved}: the lake's saved queries.
 */
@Command(
        name = "saved",
        mixinStandardHelpOptions = true,
        description = {
                "Manage and run saved queries: named SQL with :name parameters, kept in the lake for everyone who uses it.",
                "Values are bound as typed values, never pasted into the SQL; a table parameter (FROM :eds) must name an event data store."},
        subcommands = {
                CreateCommand.class,
                ListCommand.class,
                ShowCommand.class,
                UpdateCommand.class,
                DeleteCommand.class,
                RunCommand.class},
        footerHeading = "%nA saved query is named by its name or its id.%n%nExamples:%n",
        footer = {
                "  tarn saved create denied --sql \"SELECT eventTime, eventName FROM :eds WHERE errorCode = :code AND eventTime > :start\" \\",
                "      --description 'Access denied calls' --default code=AccessDenied",
                "  tarn saved run denied --param eds=audit --param start='2024-03-01 00:00:00'",
                "  tarn saved list"})
public final class SavedCommand
        extends CommandGroup
{
}
