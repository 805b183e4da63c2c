package io.tarn.cli.saved;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.cli.remote.RestClient;
import io.tarn.engine.service.SampleQuery;
import io.tarn.engine.service.SavedQuery;
import io.tarn.storage.EventDataStoreType;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Saved and sample queries read from a server's REST API ({@code /api/v1/saved-queries},
 * {@code /api/v1/sample-queries}) back into their records, as {@code SavedQueryJson} wrote them.
 */
public final class RemoteSavedQueries
{
    public static final String SAVED_PATH = "/saved-queries";
    public static final String SAMPLE_PATH = "/sample-queries";

    private RemoteSavedQueries() {}

    public static List<SavedQuery> savedQueries(RestClient server)
    {
        List<SavedQuery> queries = new ArrayList<>();
        server.get(SAVED_PATH).path("SavedQueries").forEach(node -> queries.add(savedQuery(node)));
        return queries;
    }

    public static SavedQuery savedQuery(RestClient server, String reference)
    {
        return savedQuery(server.get(SAVED_PATH + "/" + RestClient.segment(reference)));
    }

    public static List<SampleQuery> sampleQueries(RestClient server)
    {
        List<SampleQuery> samples = new ArrayList<>();
        server.get(SAMPLE_PATH).path("SampleQueries").forEach(node -> samples.add(sampleQuery(node)));
        return samples;
    }

    public static SampleQuery sampleQuery(RestClient server, String reference)
    {
        return sampleQuery(server.get(SAMPLE_PATH + "/" + RestClient.segment(reference)));
    }

    static SavedQuery savedQuery(JsonNode node)
    {
        return new SavedQuery(node.path("Id").asText(), node.path("Name").asText(), node.path("Description").asText(), node.path("QueryString").asText(),
                texts(node.path("Parameters")), textMap(node.path("Defaults")), time(node.path("CreatedTime")), time(node.path("UpdatedTime")));
    }

    static SampleQuery sampleQuery(JsonNode node)
    {
        Map<String, EventDataStoreType> storeTypes = new LinkedHashMap<>();
        textMap(node.path("EventDataStoreTypes")).forEach((name, type) -> storeTypes.put(name, EventDataStoreType.valueOf(type)));
        return new SampleQuery(node.path("Id").asText(), node.path("Name").asText(), node.path("Description").asText(), node.path("Source").asText(),
                node.path("QueryString").asText(), texts(node.path("Parameters")), storeTypes, textMap(node.path("Defaults")));
    }

    private static List<String> texts(JsonNode array)
    {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static Map<String, String> textMap(JsonNode object)
    {
        Map<String, String> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> entries = object.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            values.put(entry.getKey(), entry.getValue().asText());
        }
        return values;
    }

    private static Instant time(JsonNode node)
    {
        return OffsetDateTime.parse(node.asText()).toInstant();
    }
}
