package io.tarn.engine.service;

import com.google.common.collect.ImmutableMap;

import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Creates a saved query, or changes one: for an update, absent fields keep their values.
 */
public record SavedQueryRequest(Optional<String> name, Optional<String> description, Optional<String> sql, Optional<Map<String, String>> defaults)
{
    public SavedQueryRequest
    {
        requireNonNull(name, "name is null");
        requireNonNull(description, "description is null");
        requireNonNull(sql, "sql is null");
        defaults = requireNonNull(defaults, "defaults is null").map(ImmutableMap::copyOf);
    }

    public static SavedQueryRequest create(String name, String sql)
    {
        return new SavedQueryRequest(Optional.of(name), Optional.empty(), Optional.of(sql), Optional.empty());
    }

    public static SavedQueryRequest change()
    {
        return new SavedQueryRequest(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public SavedQueryRequest withName(String value)
    {
        return new SavedQueryRequest(Optional.of(value), description, sql, defaults);
    }

    public SavedQueryRequest withDescription(String value)
    {
        return new SavedQueryRequest(name, Optional.of(value), sql, defaults);
    }

    public SavedQueryRequest withSql(String value)
    {
        return new SavedQueryRequest(name, description, Optional.of(value), defaults);
    }

    public SavedQueryRequest withDefaults(Map<String, String> value)
    {
        return new SavedQueryRequest(name, description, sql, Optional.of(value));
    }
}
