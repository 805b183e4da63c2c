package io.tarn.cli.ingest;

import io.tarn.cli.LakeCommand;
import io.tarn.cli.remote.RestClient;
import io.tarn.storage.Lake;
import picocli.CommandLine.Command;

/**
 * {@code tarn maintain}: the lake's housekeeping, which a deployment runs from cron or a timer.
 */
@Command(
        name = "maintain",
        mixinStandardHelpOptions = true,
        description = {
                "Do the lake's housekeeping: delete files whose events are all past their store's retention, purge "
                        + "stores pending deletion for more than seven days, remove what interrupted writes left "
                        + "behind, and compact stores with many small files.",
                "Queries never return expired events, whether or not this has run; it only frees the space."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  tarn maintain",
                "  tarn --lake /srv/tarn/lake maintain --output json      (from cron or a systemd timer)",
                "  tarn maintain --server http://tarn.internal:8080        (the server does it in its process)"})
public final class MaintainCommand
        extends LakeCommand
{
    @Override
    protected void run(Lake lake)
    {
        MaintenancePrinter.printMaintenance(out(), outputFormat(), lake.maintain());
    }

    @Override
    protected void run(RestClient server)
    {
        MaintenancePrinter.printMaintenance(out(), outputFormat(), server.post("/maintenance"));
    }
}
