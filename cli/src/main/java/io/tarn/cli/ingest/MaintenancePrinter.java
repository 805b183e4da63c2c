package io.tarn.cli.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.cli.JsonOutput;
import io.tarn.cli.OutputFormat;
import io.tarn.engine.service.DataSizes;
import io.tarn.server.api.MaintenanceJson;
import io.tarn.storage.CompactionReport;
import io.tarn.storage.MaintenanceReport;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Prints what compaction and maintenance did.
 */
final class MaintenancePrinter
{
    private MaintenancePrinter() {}

    static void printCompaction(PrintWriter out, OutputFormat format, CompactionReport report)
    {
        printCompaction(out, format, MaintenanceJson.compaction(report));
    }

    /**
     * Prints a compaction as its JSON describes it, from the lake or from a server.
     */
    static void printCompaction(PrintWriter out, OutputFormat format, JsonNode report)
    {
        switch (format) {
            case TEXT -> printCompactionText(out, MaintenanceJson.compactionReport(report));
            case JSON -> JsonOutput.print(out, report);
        }
    }

    static void printMaintenance(PrintWriter out, OutputFormat format, MaintenanceReport report)
    {
        printMaintenance(out, format, MaintenanceJson.maintenance(report));
    }

    /**
     * Prints what maintenance did as its JSON describes it, from the lake or from a server.
     */
    static void printMaintenance(PrintWriter out, OutputFormat format, JsonNode node)
    {
        switch (format) {
            case TEXT -> {
                MaintenanceReport report = MaintenanceJson.maintenanceReport(node);
                out.printf(Locale.ROOT, "Deleted %,d expired file%s (%,d events)%n", report.expiredFilesDeleted(), plural(report.expiredFilesDeleted()),
                        report.expiredEventsDeleted());
                out.printf(Locale.ROOT, "Purged %,d store%s pending deletion%s%n", report.storesPurged().size(), plural(report.storesPurged().size()),
                        report.storesPurged().isEmpty() ? "" : ": " + String.join(", ", report.storesPurged()));
                out.printf(Locale.ROOT, "Removed %,d file%s left by interrupted writes%n", report.leftoverFilesRemoved(), plural(report.leftoverFilesRemoved()));
                if (report.compactions().isEmpty()) {
                    out.println("No store needed compaction");
                }
                report.compactions().forEach(compaction -> printCompactionText(out, compaction));
            }
            case JSON -> JsonOutput.print(out, node);
        }
    }

    private static void printCompactionText(PrintWriter out, CompactionReport report)
    {
        out.printf(Locale.ROOT, "Compacted %s: %,d partition%s, %,d files (%s) into %,d (%s), %,d events%n",
                report.storeId(), report.partitionsCompacted(), plural(report.partitionsCompacted()),
                report.filesBefore(), DataSizes.format(report.bytesBefore()), report.filesAfter(), DataSizes.format(report.bytesAfter()), report.events());
    }

    private static String plural(long count)
    {
        return count == 1 ? "" : "s";
    }
}
