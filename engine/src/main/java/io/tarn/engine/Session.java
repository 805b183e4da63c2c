package io.tarn.engine;

import com.google.common.collect.ImmutableMap;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Who runs statements and in what settings: user, current catalog and schema, time zone (UTC unless the
 * client says otherwise: Lake's times are UTC), session properties and prepared statements (which the
 * Trino protocol keeps on the client side and sends with every request).
 */
public record Session(
        String user,
        Optional<String> catalog,
        Optional<String> schema,
        ZoneId timeZone,
        Map<String, String> properties,
        Map<String, String> preparedStatements)
{
    public Session
    {
        requireNonNull(user, "user is null");
        requireNonNull(catalog, "catalog is null");
        requireNonNull(schema, "schema is null");
        requireNonNull(timeZone, "timeZone is null");
        properties = ImmutableMap.copyOf(requireNonNull(properties, "properties is null"));
        preparedStatements = ImmutableMap.copyOf(requireNonNull(preparedStatements, "preparedStatements is null"));
    }

    public static Session defaults()
    {
        return new Session("tarn", Optional.of("tarn"), Optional.of("default"), ZoneOffset.UTC, Map.of(), Map.of());
    }

    public Session withTimeZone(ZoneId value)
    {
        return new Session(user, catalog, schema, value, properties, preparedStatements);
    }

    public Session withUser(String value)
    {
        return new Session(value, catalog, schema, timeZone, properties, preparedStatements);
    }

    public Session withCatalogAndSchema(Optional<String> newCatalog, Optional<String> newSchema)
    {
        return new Session(user, newCatalog, newSchema, timeZone, properties, preparedStatements);
    }

    public Session withProperties(Map<String, String> value)
    {
        return new Session(user, catalog, schema, timeZone, value, preparedStatements);
    }

    public Session withPreparedStatements(Map<String, String> value)
    {
        return new Session(user, catalog, schema, timeZone, properties, value);
    }
}
