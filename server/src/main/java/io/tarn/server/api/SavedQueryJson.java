package io.tarn.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tarn.engine.service.SampleQuery;
import io.tarn.engine.service.SavedQuery;

import java.util.List;
import java.util.Map;

/**
 * Saved and sample queries in JSON: {@code Id}, {@code Name}, {@code Description}, {@code QueryString},
 * {@code Parameters}, {@code Defaults}, and {@code CreatedTime} and {@code UpdatedTime} for saved queries,
 * {@code Source} and {@code EventDataStoreTypes} (the store type each table parameter needs) for samples;
 * lists are {@code {"SavedQueries": [...]}} and {@code {"SampleQueries": [...]}}.
 */
public final class SavedQueryJson
{
    private SavedQueryJson() {}

    public static ObjectNode saved(SavedQuery query)
    {
        ObjectNode node = definition(query.id(), query.name(), query.description(), query.sql(), query.parameters(), query.defaults());
        node.put("CreatedTime", LakeJson.time(query.createdTime()));
        node.put("UpdatedTime", LakeJson.time(query.updatedTime()));
        return node;
    }

    public static ObjectNode savedList(List<SavedQuery> queries)
    {
        ObjectNode node = LakeJson.MAPPER.createObjectNode();
        ArrayNode array = node.putArray("SavedQueries");
        queries.forEach(query -> array.add(saved(query)));
        return node;
    }

    public static ObjectNode sample(SampleQuery sample)
    {
        ObjectNode node = definition(sample.id(), sample.name(), sample.description(), sample.sql(), sample.parameters(), sample.defaults());
        node.put("Source", sample.source());
        ObjectNode types = node.putObject("EventDataStoreTypes");
        sample.storeTypes().forEach((name, type) -> types.put(name, type.name()));
        return node;
    }

    public static ObjectNode sampleList(List<SampleQuery> samples)
    {
        ObjectNode node = LakeJson.MAPPER.createObjectNode();
        ArrayNode array = node.putArray("SampleQueries");
        samples.forEach(sample -> array.add(sample(sample)));
        return node;
    }

    private static ObjectNode definition(String id, String name, String description, String sql, List<String> parameterNames, Map<String, String> defaultValues)
    {
        ObjectNode node = LakeJson.MAPPER.createObjectNode();
        node.put("Id", id);
        node.put("Name", name);
        node.put("Description", description);
        node.put("QueryString", sql);
        ArrayNode parameters = node.putArray("Parameters");
        parameterNames.forEach(parameters::add);
        ObjectNode defaults = node.putObject("Defaults");
        defaultValues.forEach(defaults::put);
        return node;
    }
}
