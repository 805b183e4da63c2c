package io.tarn.engine.service;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * A saved query: a named statement with named parameters ({@code :start}, {@code :eds}) and defaults for
 * some of them, kept by the server for everyone (in Lake they lived in one browser, spec 4.7).
 *
 * @param parameters the parameter names in order of first use in the statement
 */
public record SavedQuery(
        String id,
        String name,
        String description,
        String sql,
        List<String> parameters,
        Map<String, String> defaults,
        Instant createdTime,
        Instant updatedTime)
{
    public SavedQuery
    {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(description, "description is null");
        requireNonNull(sql, "sql is null");
        parameters = ImmutableList.copyOf(requireNonNull(parameters, "parameters is null"));
        defaults = ImmutableMap.copyOf(requireNonNull(defaults, "defaults is null"));
        requireNonNull(createdTime, "createdTime is null");
        requireNonNull(updatedTime, "updatedTime is null");
    }
}
