package io.tarn.cli.queries;

import io.tarn.cli.CommandGroup;
import picocli.CommandLine.Command;

/**
 * {@code tarn queries}: Lake's query API (spec 4).
 */
@Command(
        name = "queries",
        mixinStandardHelpOptions = true,
        description = {
                "Run SQL queries on event data stores and read their results, as CloudTrail Lake's query API does.",
                "Queries are kept for seven days after they end, with their results."},
        subcommands = {
                StartCommand.class,
                DescribeCommand.class,
                ResultsCommand.class,
                ListCommand.class,
                CancelCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
                "  id=$(tarn queries start \"SELECT eventName, count(*) AS calls FROM audit GROUP BY eventName\")",
                "  tarn queries describe $id",
                "  tarn queries results $id --format csv",
                "  tarn queries list --event-data-store audit --status FINISHED"})
public final class QueriesCommand
        extends CommandGroup
{
}
