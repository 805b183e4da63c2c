package io.tarn.cli.saved;

import io.tarn.cli.CommandGroup;
import picocli.CommandLine.Command;

/**
 * {@code tarn samples}: the read-only sample queries shipped with Tarn.
 */
@Command(
        name = "samples",
        mixinStandardHelpOptions = true,
        description = {
                "The sample queries shipped with Tarn: the SQL examples of the CloudTrail User Guide and common investigations of CloudTrail events.",
                "Samples cannot be changed; copy one into a saved query to change it."},
        subcommands = {
                SampleListCommand.class,
                SampleShowCommand.class,
                SampleCopyCommand.class,
                SampleRunCommand.class},
        footerHeading = "%nA sample is named by its id or its name.%n%nExamples:%n",
        footer = {
                "  tarn samples list",
                "  tarn samples show console-changes",
                "  tarn samples run console-changes -p eds=audit -p start='2024-03-01 00:00:00' -p end='2024-03-02 00:00:00'",
                "  tarn samples copy user-actions 'My user actions'"})
public final class SamplesCommand
        extends CommandGroup
{
}
