package io.tarn.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tarn.storage.CompactionReport;
import io.tarn.storage.MaintenanceReport;

import java.util.ArrayList;
import java.util.List;

/**
 * What compaction and maintenance did, in JSON. Compaction: {@code EventDataStoreId},
 * {@code PartitionsCompacted}, {@code FilesBefore}, {@code FilesAfter}, {@code BytesBefore}, {@code BytesAfter},
 * {@code Events}; maintenance: {@code ExpiredFilesDeleted}, {@code ExpiredEventsDeleted}, {@code StoresPurged},
 * {@code LeftoverFilesRemoved} and {@code Compactions}. Read back into the reports by a client.
 */
public final class MaintenanceJson
{
    private MaintenanceJson() {}

    public static ObjectNode compaction(CompactionReport report)
    {
        ObjectNode node = LakeJson.MAPPER.createObjectNode();
        node.put("EventDataStoreId", report.storeId());
        node.put("PartitionsCompacted", report.partitionsCompacted());
        node.put("FilesBefore", report.filesBefore());
        node.put("FilesAfter", report.filesAfter());
        node.put("BytesBefore", report.bytesBefore());
        node.put("BytesAfter", report.bytesAfter());
        node.put("Events", report.events());
        return node;
    }

    public static ObjectNode maintenance(MaintenanceReport report)
    {
        ObjectNode node = LakeJson.MAPPER.createObjectNode();
        node.put("ExpiredFilesDeleted", report.expiredFilesDeleted());
        node.put("ExpiredEventsDeleted", report.expiredEventsDeleted());
        ArrayNode purged = node.putArray("StoresPurged");
        report.storesPurged().forEach(purged::add);
        node.put("LeftoverFilesRemoved", report.leftoverFilesRemoved());
        ArrayNode compactions = node.putArray("Compactions");
        report.compactions().forEach(compaction -> compactions.add(compaction(compaction)));
        return node;
    }

    public static CompactionReport compactionReport(JsonNode node)
    {
        return new CompactionReport(node.path("EventDataStoreId").asText(), node.path("PartitionsCompacted").asInt(), node.path("FilesBefore").asInt(),
                node.path("FilesAfter").asInt(), node.path("BytesBefore").asLong(), node.path("BytesAfter").asLong(), node.path("Events").asLong());
    }

    public static MaintenanceReport maintenanceReport(JsonNode node)
    {
        List<String> purged = new ArrayList<>();
        node.path("StoresPurged").forEach(store -> purged.add(store.asText()));
        List<CompactionReport> compactions = new ArrayList<>();
        node.path("Compactions").forEach(compaction -> compactions.add(compactionReport(compaction)));
        return new MaintenanceReport(node.path("ExpiredFilesDeleted").asInt(), node.path("ExpiredEventsDeleted").asLong(), purged,
                node.path("LeftoverFilesRemoved").asInt(), compactions);
    }
}
