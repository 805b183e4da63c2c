package io.tarn.storage.impl.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import io.tarn.error.TarnException;
import io.tarn.storage.AdvancedEventSelectors;
import io.tarn.storage.BillingMode;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.EventDataStoreStatus;
import io.tarn.storage.EventDataStoreType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static io.tarn.storage.StorageErrorCode.CATALOG_ERROR;

/**
 * Reads and writes rows of the {@code event_data_stores} table. Selectors and tags are stored as JSON
 * (selectors in Lake's own shape); times as epoch milliseconds. Callers run these inside their own
 * transaction.
 */
final class EventDataStoreTable
{
    static final List<String> SCHEMA = List.of(
            """
            CREATE TABLE IF NOT EXISTS event_data_stores (
                store_id TEXT PRIMARY KEY,
                arn TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL UNIQUE,
                store_type TEXT NOT NULL,
                status TEXT NOT NULL,
                status_before_deletion TEXT,
                advanced_event_selectors TEXT NOT NULL,
                multi_region_enabled INTEGER NOT NULL,
                organization_enabled INTEGER NOT NULL,
                billing_mode TEXT NOT NULL,
                retention_period_days INTEGER NOT NULL,
                termination_protection_enabled INTEGER NOT NULL,
                tags TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                deleted_at INTEGER)
            """);

    private static final List<String> COLUMNS = List.of(
            "arn",
            "name",
            "store_type",
            "status",
            "status_before_deletion",
            "advanced_event_selectors",
            "multi_region_enabled",
            "organization_enabled",
            "billing_mode",
            "retention_period_days",
            "termination_protection_enabled",
            "tags",
            "created_at",
            "updated_at",
            "deleted_at");
    private static final String INSERT = "INSERT INTO event_data_stores (" + String.join(", ", COLUMNS) + ", store_id) VALUES ("
            + "?, ".repeat(COLUMNS.size()) + "?)";
    private static final String UPDATE = "UPDATE event_data_stores SET "
            + COLUMNS.stream().map(column -> column + " = ?").collect(Collectors.joining(", ")) + " WHERE store_id = ?";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> TAGS = new TypeReference<>() {};

    private EventDataStoreTable() {}

    /**
     * The store whose id, ARN or name is {@code reference}; an id or ARN wins over a name.
     */
    static Optional<StoredEventDataStore> find(Connection connection, String reference)
            throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT * FROM event_data_stores WHERE store_id = ? OR arn = ? OR name = ? ORDER BY name = ?")) {
            for (int parameter = 1; parameter <= 4; parameter++) {
                statement.setString(parameter, reference);
            }
            return read(statement).stream().findFirst();
        }
    }

    /**
     * Every store, oldest first.
     */
    static List<StoredEventDataStore> all(Connection connection)
            throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM event_data_stores ORDER BY created_at, rowid")) {
            return read(statement);
        }
    }

    /**
     * Stores pending deletion since {@code deletedBefore} or earlier.
     */
    static List<StoredEventDataStore> pendingDeletionSince(Connection connection, Instant deletedBefore)
            throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT * FROM event_data_stores WHERE status = ? AND deleted_at <= ? ORDER BY deleted_at, rowid")) {
            statement.setString(1, EventDataStoreStatus.PENDING_DELETION.name());
            statement.setLong(2, deletedBefore.toEpochMilli());
            return read(statement);
        }
    }

    static int count(Connection connection)
            throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM event_data_stores");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /**
     * Whether another store than {@code storeId} has the name.
     */
    static boolean isNameTaken(Connection connection, String name, Optional<String> storeId)
            throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("SELECT store_id FROM event_data_stores WHERE name = ?")) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return false;
                }
                String owner = rows.getString(1);
                return storeId.map(id -> !id.equals(owner)).orElse(true);
            }
        }
    }

    static void insert(Connection connection, StoredEventDataStore stored)
            throws SQLException
    {
        write(connection, INSERT, stored);
    }

    static void update(Connection connection, StoredEventDataStore stored)
            throws SQLException
    {
        write(connection, UPDATE, stored);
    }

    /**
     * Deletes the row of a store still pending deletion since {@code deletedBefore} or earlier; false when
     * another process purged or restored it first.
     */
    static boolean deletePendingSince(Connection connection, String storeId, Instant deletedBefore)
            throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM event_data_stores WHERE store_id = ? AND status = ? AND deleted_at <= ?")) {
            statement.setString(1, storeId);
            statement.setString(2, EventDataStoreStatus.PENDING_DELETION.name());
            statement.setLong(3, deletedBefore.toEpochMilli());
            return statement.executeUpdate() == 1;
        }
    }

    private static void write(Connection connection, String sql, StoredEventDataStore stored)
            throws SQLException
    {
        EventDataStore store = stored.store();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int parameter = 1;
            statement.setString(parameter++, store.arn());
            statement.setString(parameter++, store.name());
            statement.setString(parameter++, store.type().name());
            statement.setString(parameter++, store.status().name());
            statement.setString(parameter++, stored.statusBeforeDeletion().map(Enum::name).orElse(null));
            statement.setString(parameter++, AdvancedEventSelectors.toJson(store.advancedEventSelectors()));
            statement.setBoolean(parameter++, store.multiRegionEnabled());
            statement.setBoolean(parameter++, store.organizationEnabled());
            statement.setString(parameter++, store.billingMode().name());
            statement.setInt(parameter++, store.retentionPeriodDays());
            statement.setBoolean(parameter++, store.terminationProtectionEnabled());
            statement.setString(parameter++, toJson(store.tags()));
            statement.setLong(parameter++, store.createdTimestamp().toEpochMilli());
            statement.setLong(parameter++, store.updatedTimestamp().toEpochMilli());
            if (store.deletionTimestamp().isPresent()) {
                statement.setLong(parameter++, store.deletionTimestamp().get().toEpochMilli());
            }
            else {
                statement.setNull(parameter++, Types.INTEGER);
            }
            statement.setString(parameter, store.id());
            statement.executeUpdate();
        }
    }

    private static List<StoredEventDataStore> read(PreparedStatement statement)
            throws SQLException
    {
        ImmutableList.Builder<StoredEventDataStore> stores = ImmutableList.builder();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                long deletedAt = rows.getLong("deleted_at");
                Optional<Instant> deletionTimestamp = rows.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(deletedAt));
                EventDataStore store = new EventDataStore(
                        rows.getString("store_id"),
                        rows.getString("arn"),
                        rows.getString("name"),
                        EventDataStoreType.valueOf(rows.getString("store_type")),
                        EventDataStoreStatus.valueOf(rows.getString("status")),
                        AdvancedEventSelectors.parse(rows.getString("advanced_event_selectors")),
                        rows.getBoolean("multi_region_enabled"),
                        rows.getBoolean("organization_enabled"),
                        BillingMode.valueOf(rows.getString("billing_mode")),
                        rows.getInt("retention_period_days"),
                        rows.getBoolean("termination_protection_enabled"),
                        tagsFromJson(rows.getString("tags")),
                        Instant.ofEpochMilli(rows.getLong("created_at")),
                        Instant.ofEpochMilli(rows.getLong("updated_at")),
                        deletionTimestamp);
                Optional<EventDataStoreStatus> statusBeforeDeletion = Optional.ofNullable(rows.getString("status_before_deletion")).map(EventDataStoreStatus::valueOf);
                stores.add(new StoredEventDataStore(store, statusBeforeDeletion));
            }
        }
        return stores.build();
    }

    private static String toJson(Map<String, String> tags)
    {
        try {
            return JSON.writeValueAsString(tags);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("tags cannot be written as JSON", e);
        }
    }

    private static Map<String, String> tagsFromJson(String json)
    {
        try {
            return JSON.readValue(json, TAGS);
        }
        catch (JsonProcessingException e) {
            throw new TarnException(CATALOG_ERROR, "The catalog holds tags that are not valid JSON: " + json, e);
        }
    }
}
