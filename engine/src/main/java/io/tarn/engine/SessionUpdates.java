package io.tarn.engine;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * What a statement changes in the client's session (USE, SET SESSION, PREPARE, ...), which the Trino
 * protocol returns as response headers.
 */
public record SessionUpdates(
        Optional<String> catalog,
        Optional<String> schema,
        Map<String, String> setProperties,
        Set<String> resetProperties,
        Map<String, String> addedPreparedStatements,
        Set<String> deallocatedPreparedStatements)
{
    public static final SessionUpdates NONE = new SessionUpdates(Optional.empty(), Optional.empty(), Map.of(), Set.of(), Map.of(), Set.of());

    public SessionUpdates
    {
        requireNonNull(catalog, "catalog is null");
        requireNonNull(schema, "schema is null");
        setProperties = ImmutableMap.copyOf(setProperties);
        resetProperties = ImmutableSet.copyOf(resetProperties);
        addedPreparedStatements = ImmutableMap.copyOf(addedPreparedStatements);
        deallocatedPreparedStatements = ImmutableSet.copyOf(deallocatedPreparedStatements);
    }

    /**
     * The session as it is after these updates.
     */
    public Session applyTo(Session session)
    {
        Session result = session;
        if (catalog.isPresent() || schema.isPresent()) {
            result = result.withCatalogAndSchema(catalog.or(session::catalog), schema.or(session::schema));
        }
        if (!setProperties.isEmpty() || !resetProperties.isEmpty()) {
            Map<String, String> properties = new java.util.HashMap<>(session.properties());
            properties.putAll(setProperties);
            resetProperties.forEach(properties::remove);
            result = result.withProperties(properties);
        }
        if (!addedPreparedStatements.isEmpty() || !deallocatedPreparedStatements.isEmpty()) {
            Map<String, String> prepared = new java.util.HashMap<>(session.preparedStatements());
            prepared.putAll(addedPreparedStatements);
            deallocatedPreparedStatements.forEach(prepared::remove);
            result = result.withPreparedStatements(prepared);
        }
        return result;
    }
}
