package io.tarn.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tarn.storage.IngestReport;

/**
 * What an ingestion did, in JSON: every count of {@link IngestReport} in Lake's style ({@code EventsRead},
 * {@code EventsStored}, ...), with all file notices and the first rejections.
 */
public final class IngestReportJson
{
    private IngestReportJson() {}

    public static ObjectNode toJson(String storeName, IngestReport report)
    {
        ObjectNode node = LakeJson.MAPPER.createObjectNode();
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
