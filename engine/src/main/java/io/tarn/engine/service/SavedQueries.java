package io.tarn.engine.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tarn.error.TarnException;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.Lake;
import io.tarn.storage.impl.CatalogDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import static io.tarn.engine.service.QueryErrorCode.INVALID_SAVED_QUERY;
import static io.tarn.engine.service.QueryErrorCode.SAMPLE_QUERY_READ_ONLY;
import static io.tarn.engine.service.QueryErrorCode.SAVED_QUERY_ALREADY_EXISTS;
import static io.tarn.engine.service.QueryErrorCode.SAVED_QUERY_NOT_FOUND;
import static java.util.Objects.requireNonNull;

/**
 * Saved queries, kept in the {@code saved_queries} table of {@code queries.db} so every client of the lake
 * sees them: create, list, get, update, delete, copy a sample, and turn one (or a sample) into a
 * {@link StartQueryRequest} with parameter values ({@link NamedParameters}). A saved query is named by its id
 * or its name; names are unique ignoring case. Samples ({@link SampleQueries}) cannot be changed or
 * deleted.
 */
public final class SavedQueries
{
    public static final int MAX_NAME_LENGTH = 128;
    public static final int MAX_DESCRIPTION_LENGTH = 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CatalogDatabase database;
    private final Lake lake;
    private final Clock clock;

    SavedQueries(CatalogDatabase database, Lake lake, Clock clock)
    {
        this.database = requireNonNull(database, "database is null");
        this.lake = requireNonNull(lake, "lake is null");
        this.clock = requireNonNull(clock, "clock is null");
        database.ensureTables(List.of("""
                CREATE TABLE IF NOT EXISTS saved_queries (
                    id TEXT PRIMARY KEY,
                    name TEXT NOT NULL,
                    name_key TEXT NOT NULL UNIQUE,
                    description TEXT NOT NULL,
                    statement TEXT NOT NULL,
                    defaults TEXT NOT NULL,
                    created_at INTEGER NOT NULL,
                    updated_at INTEGER NOT NULL)"""));
    }

    public SavedQuery create(SavedQueryRequest request)
    {
        String name = checkName(request.name().orElseThrow(() -> new TarnException(INVALID_SAVED_QUERY, "A saved query needs a name")));
        String sql = checkSql(request.sql().orElseThrow(() -> new TarnException(INVALID_SAVED_QUERY, "A saved query needs SQL")));
        String description = checkDescription(request.description().orElse(""));
        Map<String, String> defaults = NamedParameters.checkDefaults(sql, request.defaults().orElse(Map.of()));
        Instant now = now();
        SavedQuery query = new SavedQuery(UUID.randomUUID().toString(), name, description, sql, NamedParameters.names(sql), defaults, now, now);
        database.inTransaction(connection -> {
            checkNameFree(connection, name, Optional.empty());
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO saved_queries (id, name, name_key, description, statement, defaults, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                statement.setString(1, query.id());
                statement.setString(2, query.name());
                statement.setString(3, nameKey(query.name()));
                statement.setString(4, query.description());
                statement.setString(5, query.sql());
                statement.setString(6, toJson(query.defaults()));
                statement.setLong(7, now.toEpochMilli());
                statement.setLong(8, now.toEpochMilli());
                statement.executeUpdate();
            }
            return null;
        });
        return query;
    }

    /**
     * Every saved query, by name.
     */
    public List<SavedQuery> list()
    {
        return database.inTransaction(connection -> select(connection, "ORDER BY name_key", List.of()));
    }

    public Optional<SavedQuery> find(String reference)
    {
        return database.inTransaction(connection -> find(connection, reference));
    }

    public SavedQuery get(String reference)
    {
        return find(reference).orElseThrow(() -> notFound(reference));
    }

    public SavedQuery update(String reference, SavedQueryRequest request)
    {
        Optional<String> name = request.name().map(SavedQueries::checkName);
        Optional<String> sql = request.sql().map(SavedQueries::checkSql);
        Optional<String> description = request.description().map(SavedQueries::checkDescription);
        return database.inTransaction(connection -> {
            SavedQuery current = find(connection, reference).orElseThrow(() -> notChangeable(reference));
            String newName = name.orElse(current.name());
            String newSql = sql.orElse(current.sql());
            Map<String, String> defaults = request.defaults().orElse(current.defaults());
            if (request.defaults().isEmpty()) {
                // Defaults of parameters the new SQL no longer has are dropped
                defaults = new LinkedHashMap<>(defaults);
                defaults.keySet().retainAll(NamedParameters.names(newSql));
            }
            NamedParameters.checkDefaults(newSql, defaults);
            checkNameFree(connection, newName, Optional.of(current.id()));
            Instant now = now();
            SavedQuery updated = new SavedQuery(current.id(), newName, description.orElse(current.description()), newSql, NamedParameters.names(newSql), defaults,
                    current.createdTime(), now);
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE saved_queries SET name = ?, name_key = ?, description = ?, statement = ?, defaults = ?, updated_at = ? WHERE id = ?")) {
                statement.setString(1, updated.name());
                statement.setString(2, nameKey(updated.name()));
                statement.setString(3, updated.description());
                statement.setString(4, updated.sql());
                statement.setString(5, toJson(updated.defaults()));
                statement.setLong(6, now.toEpochMilli());
                statement.setString(7, updated.id());
                statement.executeUpdate();
            }
            return updated;
        });
    }

    public SavedQuery delete(String reference)
    {
        return database.inTransaction(connection -> {
            SavedQuery current = find(connection, reference).orElseThrow(() -> notChangeable(reference));
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM saved_queries WHERE id = ?")) {
                statement.setString(1, current.id());
                statement.executeUpdate();
            }
            return current;
        });
    }

    /**
     * Saves a sample as a new saved query (with its SQL, description and defaults), which can then be changed.
     */
    public SavedQuery copySample(String sampleReference, String name)
    {
        SampleQuery sample = SampleQueries.get(sampleReference);
        return create(SavedQueryRequest.create(name, sample.sql())
                .withDescription(sample.description())
                .withDefaults(sample.defaults()));
    }

    /**
     * A request to run the saved query with the values (over its defaults); the query's alias is
     * {@code saved:<id>}, so DescribeQuery by alias finds its latest run.
     */
    public StartQueryRequest prepare(String reference, Map<String, String> values)
    {
        return bind(get(reference), values, lake.catalog()::find);
    }

    /**
     * A request to run a saved query with the values, wherever the query was read from (a client of a server
     * reads it over the REST API); {@code stores} finds a table parameter's store by id, name or ARN.
     */
    public static StartQueryRequest bind(SavedQuery query, Map<String, String> values, Function<String, Optional<EventDataStore>> stores)
    {
        NamedParameters.Bound bound = NamedParameters.bind(query.sql(), values, query.defaults(), Map.of(), stores);
        return StartQueryRequest.of(bound.sql()).withParameters(bound.parameters()).withAlias("saved:" + query.id());
    }

    /**
     * A request to run the sample with the values; table parameters must name stores of the sample's types.
     */
    public StartQueryRequest prepareSample(String reference, Map<String, String> values)
    {
        return bindSample(SampleQueries.get(reference), values, lake.catalog()::find);
    }

    /**
     * A request to run a sample with the values, as {@link #bind} does for a saved query.
     */
    public static StartQueryRequest bindSample(SampleQuery sample, Map<String, String> values, Function<String, Optional<EventDataStore>> stores)
    {
        NamedParameters.Bound bound = NamedParameters.bind(sample.sql(), values, sample.defaults(), sample.storeTypes(), stores);
        return StartQueryRequest.of(bound.sql()).withParameters(bound.parameters()).withAlias("sample:" + sample.id());
    }

    private static Optional<SavedQuery> find(Connection connection, String reference)
            throws SQLException
    {
        List<SavedQuery> byId = select(connection, "WHERE id = ?", List.of(reference));
        if (!byId.isEmpty()) {
            return Optional.of(byId.get(0));
        }
        return select(connection, "WHERE name_key = ?", List.of(nameKey(reference))).stream().findFirst();
    }

    private static void checkNameFree(Connection connection, String name, Optional<String> except)
            throws SQLException
    {
        Optional<SavedQuery> existing = select(connection, "WHERE name_key = ?", List.of(nameKey(name))).stream().findFirst();
        if (existing.isPresent() && !existing.get().id().equals(except.orElse(""))) {
            throw new TarnException(SAVED_QUERY_ALREADY_EXISTS, "A saved query named '" + existing.get().name() + "' already exists");
        }
    }

    private static List<SavedQuery> select(Connection connection, String condition, List<Object> values)
            throws SQLException
    {
        List<SavedQuery> queries = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, name, description, statement, defaults, created_at, updated_at FROM saved_queries " + condition)) {
            for (int index = 0; index < values.size(); index++) {
                statement.setObject(index + 1, values.get(index));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String sql = rows.getString("statement");
                    queries.add(new SavedQuery(rows.getString("id"), rows.getString("name"), rows.getString("description"), sql, NamedParameters.names(sql),
                            fromJson(rows.getString("defaults")), Instant.ofEpochMilli(rows.getLong("created_at")), Instant.ofEpochMilli(rows.getLong("updated_at"))));
                }
            }
        }
        return queries;
    }

    private static String checkName(String name)
    {
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH || !name.equals(name.strip()) || name.chars().anyMatch(Character::isISOControl)) {
            throw new TarnException(INVALID_SAVED_QUERY, "Invalid saved query name '" + name + "': 1 to " + MAX_NAME_LENGTH
                    + " characters without control characters or surrounding spaces");
        }
        return name;
    }

    private static String checkSql(String sql)
    {
        if (sql.isBlank()) {
            throw new TarnException(INVALID_SAVED_QUERY, "The SQL of a saved query is empty");
        }
        if (sql.length() > QueryService.MAX_STATEMENT_LENGTH) {
            throw new TarnException(INVALID_SAVED_QUERY, "The SQL has " + sql.length() + " characters; the maximum is " + QueryService.MAX_STATEMENT_LENGTH);
        }
        NamedParameters.uses(sql);
        return sql;
    }

    private static String checkDescription(String description)
    {
        if (description.length() > MAX_DESCRIPTION_LENGTH) {
            throw new TarnException(INVALID_SAVED_QUERY, "The description has " + description.length() + " characters; the maximum is " + MAX_DESCRIPTION_LENGTH);
        }
        return description;
    }

    private static String nameKey(String name)
    {
        return name.toLowerCase(Locale.ROOT);
    }

    private TarnException notChangeable(String reference)
    {
        if (SampleQueries.find(reference).isPresent()) {
            return new TarnException(SAMPLE_QUERY_READ_ONLY, "'" + reference + "' is a sample query, which cannot be changed or deleted; "
                    + "copy it into a saved query first");
        }
        return notFound(reference);
    }

    private static TarnException notFound(String reference)
    {
        return new TarnException(SAVED_QUERY_NOT_FOUND, "Saved query '" + reference + "' not found");
    }

    private Instant now()
    {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String toJson(Map<String, String> value)
    {
        try {
            return JSON.writeValueAsString(value);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static Map<String, String> fromJson(String json)
    {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {});
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("the saved queries hold invalid JSON: " + json, e);
        }
    }
}
