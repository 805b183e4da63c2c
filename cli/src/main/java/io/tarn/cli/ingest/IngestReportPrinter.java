package io.tarn.cli.ingest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tarn.cli.JsonOutput;
import io.tarn.cli.OutputFormat;
import io.tarn.engine.service.DataSizes;
import io.tarn.storage.IngestReport;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Prints what an ingestion did. JSON names every count of {@link IngestReport} in Lake's style
 * ({@code EventsRead}, {@code EventsStored}, ...), with all file notices and the first rejections.
 */
public final class IngestReportPrinter
{
    private IngestReportPrinter() {}

    public static void print(PrintWriter out, OutputFormat format, String storeName, IngestReport report)
    {
        switch (format) {
            case TEXT -> printText(out, storeName, report);
            case JSON -> JsonOutput.print(out, toJson(storeName, report));
        }
    }

    private static void printText(PrintWriter out, String storeName, IngestReport report)
    {
        double seconds = report.elapsed().toNanos() / 1e9;
        out.printf(Locale.ROOT, "Ingested into %s (%s) in %.1f s%n", storeName, report.storeId(), seconds);
        out.printf(Locale.ROOT, "  files   %,d read, %,d skipped, %,d failed%n", report.filesRead(), report.filesSkipped(), report.filesFailed());
        out.printf(Locale.ROOT, "  events  %,d read, %,d stored, %,d filtered by selectors, %,d outside the time range, %,d rejected%n",
                report.eventsRead(), report.eventsStored(), report.eventsFilteredBySelectors(), report.eventsOutsideTimeRange(), report.eventsRejected());
        out.printf(Locale.ROOT, "  bytes   %s read, %s written in %,d data file%s%n",
                DataSizes.format(report.bytesIn()), DataSizes.format(report.bytesOut()), report.dataFilesWritten(), report.dataFilesWritten() == 1 ? "" : "s");
        for (IngestReport.FileNotice notice : report.fileNotices()) {
            out.printf(Locale.ROOT, "%s: %s: %s%n", noticeLabel(notice.kind()), notice.source(), notice.detail());
        }
        for (IngestReport.Rejection rejection : report.rejections()) {
            out.printf(Locale.ROOT, "rejected: %s:%d:%d (record %,d): %s%n",
                    rejection.source(), rejection.line(), rejection.column(), rejection.recordNumber(), rejection.reason());
        }
        long unlisted = report.eventsRejected() - report.rejections().size();
        if (unlisted > 0) {
            out.printf(Locale.ROOT, "... and %,d more rejections%n", unlisted);
        }
        report.rejectsFile().ifPresent(file -> out.printf(Locale.ROOT, "All rejected records are in %s%n", file));
    }

    private static String noticeLabel(IngestReport.FileNotice.Kind kind)
    {
        return switch (kind) {
            case SKIPPED_DIGEST, SKIPPED_OTHER -> "skipped";
            case UNREADABLE -> "unreadable";
            case TRUNCATED -> "truncated";
        };
    }

    private static ObjectNode toJson(String storeName, IngestReport report)
    {
        ObjectNode node = JsonOutput.object();
        node.put("IngestId", report.ingestId());
        node.put("EventDataStoreId", report.storeId());
        node.put("EventDataStoreName", storeName);
        node.put("FilesRead", report.filesRead());
        node.put("FilesSkipped", report.filesSkipped());
        node.put("FilesFailed", report.filesFailed());
        node.put("EventsRead", report.eventsRead());
        node.put("EventsStored", report.eventsStored());
        node.put("EventsFilteredBySelectors", report.eventsFilteredBySelectors());
        node.put("EventsOutsideTimeRange", report.eventsOutsideTimeRange());
        node.put("EventsRejected", report.eventsRejected());
        node.put("BytesIn", report.bytesIn());
        node.put("BytesOut", report.bytesOut());
        node.put("DataFilesWritten", report.dataFilesWritten());
        node.put("ElapsedTimeInMillis", report.elapsed().toMillis());
        ArrayNode notices = node.putArray("FileNotices");
        for (IngestReport.FileNotice notice : report.fileNotices()) {
            notices.addObject()
                    .put("Source", notice.source())
                    .put("Kind", notice.kind().name())
                    .put("Detail", notice.detail());
        }
        ArrayNode rejections = node.putArray("Rejections");
        for (IngestReport.Rejection rejection : report.rejections()) {
            rejections.addObject()
                    .put("Source", rejection.source())
                    .put("RecordNumber", rejection.recordNumber())
                    .put("Line", rejection.line())
                    .put("Column", rejection.column())
                    .put("Reason", rejection.reason());
        }
        report.rejectsFile().ifPresent(file -> node.put("RejectsFile", file));
        return node;
    }
}
