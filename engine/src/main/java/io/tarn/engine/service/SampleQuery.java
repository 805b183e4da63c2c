package io.tarn.engine.service;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.tarn.storage.EventDataStoreType;

import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * A read-only sample query shipped with Tarn (spec 4.7): one of the guide's examples or a common
 * investigation.
 *
 * @param source where it comes from: a guide example ({@code guide Q7 [L10420-10434]}) or {@code Tarn}
 * @param storeTypes the type of store each table parameter needs ({@code eds} -> {@code CLOUDTRAIL})
 */
public record SampleQuery(
        String id,
        String name,
        String description,
        String source,
        String sql,
        List<String> parameters,
        Map<String, EventDataStoreType> storeTypes,
        Map<String, String> defaults)
{
    public SampleQuery
    {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(description, "description is null");
        requireNonNull(source, "source is null");
        requireNonNull(sql, "sql is null");
        parameters = ImmutableList.copyOf(requireNonNull(parameters, "parameters is null"));
        storeTypes = ImmutableMap.copyOf(requireNonNull(storeTypes, "storeTypes is null"));
        defaults = ImmutableMap.copyOf(requireNonNull(defaults, "defaults is null"));
    }
}
