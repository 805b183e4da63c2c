package io.tarn.cli.ingest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tarn.cli.JsonOutput;
import io.tarn.cli.OutputFormat;
import io.tarn.engine.service.DataSizes;
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
        switch (format) {
            case TEXT -> printCompactionText(out, report);
            case JSON -> JsonOutput.print(out, compactionJson(report));
        }
    }

    static void printMaintenance(PrintWriter out, OutputFormat format, MaintenanceReport report)
    {
        switch (format) {
            case TEXT -> {
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
            case JSON -> {
                ObjectNode node = JsonOutput.object();
                node.put("ExpiredFilesDeleted", report.expiredFilesDeleted());
                node.put("ExpiredEventsDeleted", report.expiredEventsDeleted());
                ArrayNode purged = node.putArray("StoresPurged");
                report.storesPurged().forEach(purged::add);
                node.put("LeftoverFilesRemoved", report.leftoverFilesRemoved());
                ArrayNode compactions = node.putArray("Compactions");
                report.compactions().forEach(compaction -> compactions.add(compactionJson(compaction)));
                JsonOutput.print(out, node);
            }
        }
    }

    private static void printCompactionText(PrintWriter out, CompactionReport report)
    {
        out.printf(Locale.ROOT, "Compacted %s: %,d partition%s, %,d files (%s) into %,d (%s), %,d events%n",
                report.storeId(), report.partitionsCompacted(), plural(report.partitionsCompacted()),
                report.filesBefore(), DataSizes.format(report.bytesBefore()), report.filesAfter(), DataSizes.format(report.bytesAfter()), report.events());
    }

    private static ObjectNode compactionJson(CompactionReport report)
    {
        ObjectNode node = JsonOutput.object();
        node.put("EventDataStoreId", report.storeId());
        node.put("PartitionsCompacted", report.partitionsCompacted());
        node.put("FilesBefore", report.filesBefore());
        node.put("FilesAfter", report.filesAfter());
        node.put("BytesBefore", report.bytesBefore());
        node.put("BytesAfter", report.bytesAfter());
        node.put("Events", report.events());
        return node;
    }

    private static String plural(long count)
    {
        return count == 1 ? "" : "s";
    }
}
