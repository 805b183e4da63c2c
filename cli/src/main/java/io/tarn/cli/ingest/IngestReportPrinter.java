package io.tarn.cli.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tarn.cli.JsonOutput;
import io.tarn.cli.OutputFormat;
import io.tarn.engine.service.DataSizes;
import io.tarn.server.api.IngestReportJson;
import io.tarn.storage.IngestReport;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Prints what an ingestion did. JSON names every count of {@link IngestReport} in Lake's style
 * ({@code EventsRead}, {@code EventsStored}, ...), with all file notices and the first rejections.
 */
public final class IngestReportPrinter
{
    private static final int OUTSIDE_RANGE_NOTICES_SHOWN = 5;

    private IngestReportPrinter() {}

    public static void print(PrintWriter out, OutputFormat format, String storeName, IngestReport report)
    {
        switch (format) {
            case TEXT -> printText(out, storeName, report);
            case JSON -> JsonOutput.print(out, IngestReportJson.toJson(storeName, report));
        }
    }

    /**
     * Prints what uploads to a server did, one ingestion each, as one report totalling them with the files
     * skipped here unread (as a local ingestion of the same files reports), over the given wall-clock time; in
     * JSON the total has the uploads' own reports under {@code Uploads} when there are several.
     */
    public static void printTotal(PrintWriter out, OutputFormat format, List<JsonNode> reports, List<IngestReport.FileNotice> skippedHere, Duration elapsed)
    {
        String storeName = reports.get(0).path("EventDataStoreName").asText();
        List<IngestReport> parts = reports.stream().map(IngestReportPrinter::report).toList();
        IngestReport total = total(parts, skippedHere, elapsed);
        switch (format) {
            case TEXT -> printText(out, storeName, total);
            case JSON -> {
                ObjectNode node = IngestReportJson.toJson(storeName, total);
                if (reports.size() > 1) {
                    ArrayNode uploads = node.putArray("Uploads");
                    reports.forEach(uploads::add);
                }
                JsonOutput.print(out, node);
            }
        }
    }

    /**
     * The report of an ingestion that read nothing, into the store the server describes.
     */
    public static JsonNode emptyReport(JsonNode store)
    {
        return IngestReportJson.toJson(store.path("Name").asText(), new IngestReport("", store.path("EventDataStoreId").asText(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                Duration.ZERO, List.of(), List.of(), Optional.empty()));
    }

    private static IngestReport total(List<IngestReport> reports, List<IngestReport.FileNotice> skippedHere, Duration elapsed)
    {
        List<IngestReport.FileNotice> notices = new ArrayList<>(skippedHere);
        List<IngestReport.Rejection> rejections = new ArrayList<>();
        List<String> rejectsFiles = new ArrayList<>();
        for (IngestReport report : reports) {
            notices.addAll(report.fileNotices());
            rejections.addAll(report.rejections());
            report.rejectsFile().ifPresent(rejectsFiles::add);
        }
        // a directory passed over for the time range is noted, but only files count as skipped
        return new IngestReport(
                reports.stream().map(IngestReport::ingestId).filter(id -> !id.isEmpty()).collect(Collectors.joining(",")),
                reports.get(0).storeId(),
                reports.stream().mapToInt(IngestReport::filesRead).sum(),
                reports.stream().mapToInt(IngestReport::filesSkipped).sum() + (int) skippedHere.stream().filter(notice -> !Files.isDirectory(Path.of(notice.source()))).count(),
                reports.stream().mapToInt(IngestReport::filesFailed).sum(),
                reports.stream().mapToLong(IngestReport::eventsRead).sum(),
                reports.stream().mapToLong(IngestReport::eventsStored).sum(),
                reports.stream().mapToLong(IngestReport::eventsFilteredBySelectors).sum(),
                reports.stream().mapToLong(IngestReport::eventsOutsideTimeRange).sum(),
                reports.stream().mapToLong(IngestReport::eventsRejected).sum(),
                reports.stream().mapToLong(IngestReport::bytesIn).sum(),
                reports.stream().mapToLong(IngestReport::bytesOut).sum(),
                reports.stream().mapToInt(IngestReport::dataFilesWritten).sum(),
                elapsed,
                notices,
                rejections,
                rejectsFiles.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", rejectsFiles)));
    }

    /**
     * A report as the server's JSON ({@link IngestReportJson}) describes it.
     */
    private static IngestReport report(JsonNode node)
    {
        List<IngestReport.FileNotice> notices = new ArrayList<>();
        node.path("FileNotices").forEach(notice -> notices.add(new IngestReport.FileNotice(notice.path("Source").asText(),
                IngestReport.FileNotice.Kind.valueOf(notice.path("Kind").asText()), notice.path("Detail").asText())));
        List<IngestReport.Rejection> rejections = new ArrayList<>();
        node.path("Rejections").forEach(rejection -> rejections.add(new IngestReport.Rejection(rejection.path("Source").asText(),
                rejection.path("RecordNumber").asLong(), rejection.path("Line").asLong(), rejection.path("Column").asLong(), rejection.path("Reason").asText())));
        return new IngestReport(
                node.path("IngestId").asText(),
                node.path("EventDataStoreId").asText(),
                node.path("FilesRead").asInt(),
                node.path("FilesSkipped").asInt(),
                node.path("FilesFailed").asInt(),
                node.path("EventsRead").asLong(),
                node.path("EventsStored").asLong(),
                node.path("EventsFilteredBySelectors").asLong(),
                node.path("EventsOutsideTimeRange").asLong(),
                node.path("EventsRejected").asLong(),
                node.path("BytesIn").asLong(),
                node.path("BytesOut").asLong(),
                node.path("DataFilesWritten").asInt(),
                Duration.ofMillis(node.path("ElapsedTimeInMillis").asLong()),
                notices,
                rejections,
                node.hasNonNull("RejectsFile") ? Optional.of(node.path("RejectsFile").asText()) : Optional.empty());
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
        int outsideRange = 0;
        for (IngestReport.FileNotice notice : report.fileNotices()) {
            // a trail import of a narrow range passes over every other day of every account-region: name a few
            if (notice.kind() == IngestReport.FileNotice.Kind.OUTSIDE_TIME_RANGE && ++outsideRange > OUTSIDE_RANGE_NOTICES_SHOWN) {
                continue;
            }
            out.printf(Locale.ROOT, "%s: %s: %s%n", noticeLabel(notice.kind()), notice.source(), notice.detail());
        }
        if (outsideRange > OUTSIDE_RANGE_NOTICES_SHOWN) {
            out.printf(Locale.ROOT, "... and %,d more files or directories outside the time range (--output json lists them)%n", outsideRange - OUTSIDE_RANGE_NOTICES_SHOWN);
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
            case SKIPPED_DIGEST, SKIPPED_OTHER, OUTSIDE_TIME_RANGE -> "skipped";
            case UNREADABLE -> "unreadable";
            case TRUNCATED -> "truncated";
        };
    }
}
