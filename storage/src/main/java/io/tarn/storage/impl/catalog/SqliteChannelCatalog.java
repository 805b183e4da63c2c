package io.tarn.storage.impl.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tarn.error.TarnException;
import io.tarn.storage.Channel;
import io.tarn.storage.ChannelCatalog;
import io.tarn.storage.CreateChannelRequest;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.EventDataStoreStatus;
import io.tarn.storage.EventDataStoreType;
import io.tarn.storage.UpdateChannelRequest;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static io.tarn.storage.StorageErrorCode.CATALOG_ERROR;
import static io.tarn.storage.StorageErrorCode.CHANNEL_ALREADY_EXISTS;
import static io.tarn.storage.StorageErrorCode.CHANNEL_MAX_LIMIT_EXCEEDED;
import static io.tarn.storage.StorageErrorCode.CHANNEL_NOT_FOUND;
import static io.tarn.storage.StorageErrorCode.EVENT_DATA_STORE_NOT_FOUND;
import static io.tarn.storage.StorageErrorCode.INACTIVE_EVENT_DATA_STORE;
import static io.tarn.storage.StorageErrorCode.INVALID_EVENT_DATA_STORE_CATEGORY;
import static io.tarn.storage.StorageErrorCode.INVALID_PARAMETER;
import static java.util.Objects.requireNonNull;

/**
 * Channels in the lake's catalog database: tables {@code channels} and {@code channel_destinations} (one row
 * per destination store, in order), created when a lake is opened, so a lake made before channels existed
 * gains them on its next open. Every operation is one SQLite transaction in which the destinations are
 * checked against the {@code event_data_stores} table, so a store cannot be deleted between the check and the
 * commit. It is also the catalog's {@link ChannelDirectory}: a store that a channel delivers to cannot be
 * deleted.
 */
public final class SqliteChannelCatalog
        implements ChannelCatalog, ChannelDirectory
{
    static final List<String> SCHEMA = List.of(
            """
            CREATE TABLE IF NOT EXISTS channels (
                channel_id TEXT PRIMARY KEY,
                arn TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL UNIQUE,
                source TEXT NOT NULL,
                tags TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                last_event_at INTEGER)""",
            """
            CREATE TABLE IF NOT EXISTS channel_destinations (
                channel_id TEXT NOT NULL REFERENCES channels (channel_id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                store_id TEXT NOT NULL,
                PRIMARY KEY (channel_id, store_id))""",
            "CREATE INDEX IF NOT EXISTS channel_destinations_by_store ON channel_destinations (store_id)");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CatalogDatabase database;
    private final LakeProperties properties;
    private final Clock clock;

    public SqliteChannelCatalog(CatalogDatabase database, LakeProperties properties, Clock clock)
    {
        this.database = requireNonNull(database, "database is null");
        this.properties = requireNonNull(properties, "properties is null");
        this.clock = requireNonNull(clock, "clock is null");
        database.ensureTables(SCHEMA);
    }

    @Override
    public Channel create(CreateChannelRequest request)
    {
        EventDataStoreRules.checkName("Channel", request.name());
        if (!SOURCES.contains(request.source())) {
            throw new TarnException(INVALID_PARAMETER, "Unknown channel source '" + request.source() + "'; use one of " + String.join(", ", SOURCES));
        }
        EventDataStoreRules.checkTags(request.tags());
        Instant now = now();
        String id = UUID.randomUUID().toString();
        return database.inTransaction(connection -> {
            List<String> destinations = resolveDestinations(connection, request.destinations());
            if (!select(connection, "WHERE name = ?", request.name()).isEmpty()) {
                throw new TarnException(CHANNEL_ALREADY_EXISTS, "A channel named '" + request.name() + "' already exists");
            }
            if (!request.source().equals(CUSTOM_SOURCE)) {
                List<Channel> sameSource = select(connection, "WHERE source = ?", request.source());
                if (!sameSource.isEmpty()) {
                    throw new TarnException(CHANNEL_ALREADY_EXISTS, "Source '" + request.source() + "' already has channel '" + sameSource.get(0).name()
                            + "'; a partner source can have only one channel");
                }
            }
            int count = count(connection);
            if (count >= MAX_CHANNELS) {
                throw new TarnException(CHANNEL_MAX_LIMIT_EXCEEDED, "Cannot create channel '" + request.name() + "': the lake already has " + count
                        + " channels, the most it allows");
            }
            Channel channel = new Channel(id, properties.channelArn(id), request.name(), request.source(), destinations, request.tags(), now, now, Optional.empty());
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO channels (channel_id, arn, name, source, tags, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                statement.setString(1, channel.id());
                statement.setString(2, channel.arn());
                statement.setString(3, channel.name());
                statement.setString(4, channel.source());
                statement.setString(5, toJson(channel.tags()));
                statement.setLong(6, now.toEpochMilli());
                statement.setLong(7, now.toEpochMilli());
                statement.executeUpdate();
            }
            writeDestinations(connection, id, destinations);
            return channel;
        });
    }

    @Override
    public List<Channel> list()
    {
        return database.inTransaction(connection -> select(connection, "", null));
    }

    @Override
    public Optional<Channel> find(String reference)
    {
        return database.inTransaction(connection -> find(connection, reference));
    }

    @Override
    public Channel get(String reference)
    {
        return find(reference).orElseThrow(() -> notFound(reference));
    }

    @Override
    public Channel update(String reference, UpdateChannelRequest request)
    {
        request.name().ifPresent(name -> EventDataStoreRules.checkName("Channel", name));
        return database.inTransaction(connection -> {
            Channel current = find(connection, reference).orElseThrow(() -> notFound(reference));
            String name = request.name().orElse(current.name());
            if (!name.equals(current.name()) && !select(connection, "WHERE name = ?", name).isEmpty()) {
                throw new TarnException(CHANNEL_ALREADY_EXISTS, "A channel named '" + name + "' already exists");
            }
            List<String> destinations = current.destinationStoreIds();
            if (request.destinations().isPresent()) {
                destinations = resolveDestinations(connection, request.destinations().get());
                try (PreparedStatement statement = connection.prepareStatement("DELETE FROM channel_destinations WHERE channel_id = ?")) {
                    statement.setString(1, current.id());
                    statement.executeUpdate();
                }
                writeDestinations(connection, current.id(), destinations);
            }
            Instant now = now();
            try (PreparedStatement statement = connection.prepareStatement("UPDATE channels SET name = ?, updated_at = ? WHERE channel_id = ?")) {
                statement.setString(1, name);
                statement.setLong(2, now.toEpochMilli());
                statement.setString(3, current.id());
                statement.executeUpdate();
            }
            return new Channel(current.id(), current.arn(), name, current.source(), destinations, current.tags(), current.createdTimestamp(), now, current.lastEventReceived());
        });
    }

    @Override
    public Channel delete(String reference)
    {
        return database.inTransaction(connection -> {
            Channel current = find(connection, reference).orElseThrow(() -> notFound(reference));
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM channels WHERE channel_id = ?")) {
                statement.setString(1, current.id());
                statement.executeUpdate();
            }
            return current;
        });
    }

    @Override
    public void recordEventsReceived(String channelId, Instant time)
    {
        database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE channels SET last_event_at = MAX(COALESCE(last_event_at, 0), ?) WHERE channel_id = ?")) {
                statement.setLong(1, time.toEpochMilli());
                statement.setString(2, channelId);
                statement.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<String> channelsDeliveringTo(Connection connection, String storeId)
            throws SQLException
    {
        List<String> arns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT c.arn FROM channels c JOIN channel_destinations d ON d.channel_id = c.channel_id WHERE d.store_id = ? ORDER BY c.created_at, c.channel_id")) {
            statement.setString(1, storeId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    arns.add(rows.getString(1));
                }
            }
        }
        return arns;
    }

    private static List<String> resolveDestinations(Connection connection, List<String> references)
            throws SQLException
    {
        if (references.isEmpty() || references.size() > MAX_DESTINATIONS) {
            throw new TarnException(INVALID_PARAMETER, "A channel needs 1 to " + MAX_DESTINATIONS + " destinations, not " + references.size());
        }
        Set<String> storeIds = new LinkedHashSet<>();
        for (String reference : references) {
            EventDataStore store = EventDataStoreTable.find(connection, reference)
                    .orElseThrow(() -> new TarnException(EVENT_DATA_STORE_NOT_FOUND, "Event data store '" + reference + "' not found"))
                    .store();
            if (store.type() != EventDataStoreType.ACTIVITY_AUDIT_LOG) {
                throw new TarnException(INVALID_EVENT_DATA_STORE_CATEGORY, "Event data store '" + store.name() + "' holds " + AdvancedEventSelectorValidator.describe(store.type())
                        + "; a channel delivers only to stores of ActivityAuditLog events");
            }
            if (store.status() == EventDataStoreStatus.PENDING_DELETION) {
                throw new TarnException(INACTIVE_EVENT_DATA_STORE, "Event data store '" + store.name() + "' is pending deletion");
            }
            if (!storeIds.add(store.id())) {
                throw new TarnException(INVALID_PARAMETER, "Event data store '" + store.name() + "' is given twice as a destination");
            }
        }
        return List.copyOf(storeIds);
    }

    private static void writeDestinations(Connection connection, String channelId, List<String> storeIds)
            throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO channel_destinations (channel_id, position, store_id) VALUES (?, ?, ?)")) {
            for (int position = 0; position < storeIds.size(); position++) {
                statement.setString(1, channelId);
                statement.setInt(2, position);
                statement.setString(3, storeIds.get(position));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static Optional<Channel> find(Connection connection, String reference)
            throws SQLException
    {
        // An id or ARN wins over a name, as for stores
        List<Channel> byId = select(connection, "WHERE channel_id = ?1 OR arn = ?1", reference);
        if (!byId.isEmpty()) {
            return Optional.of(byId.get(0));
        }
        return select(connection, "WHERE name = ?", reference).stream().findFirst();
    }

    private static int count(Connection connection)
            throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM channels");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static List<Channel> select(Connection connection, String condition, String value)
            throws SQLException
    {
        List<Channel> channels = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT channel_id, arn, name, source, tags, created_at, updated_at, last_event_at FROM channels " + condition + " ORDER BY created_at, channel_id")) {
            if (value != null) {
                statement.setString(1, value);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long lastEvent = rows.getLong("last_event_at");
                    Optional<Instant> lastEventReceived = rows.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(lastEvent));
                    channels.add(new Channel(
                            rows.getString("channel_id"),
                            rows.getString("arn"),
                            rows.getString("name"),
                            rows.getString("source"),
                            List.of(),
                            tagsFromJson(rows.getString("tags")),
                            Instant.ofEpochMilli(rows.getLong("created_at")),
                            Instant.ofEpochMilli(rows.getLong("updated_at")),
                            lastEventReceived));
                }
            }
        }
        List<Channel> withDestinations = new ArrayList<>(channels.size());
        for (Channel channel : channels) {
            withDestinations.add(new Channel(channel.id(), channel.arn(), channel.name(), channel.source(), destinations(connection, channel.id()), channel.tags(),
                    channel.createdTimestamp(), channel.updatedTimestamp(), channel.lastEventReceived()));
        }
        return withDestinations;
    }

    private static List<String> destinations(Connection connection, String channelId)
            throws SQLException
    {
        List<String> storeIds = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT store_id FROM channel_destinations WHERE channel_id = ? ORDER BY position")) {
            statement.setString(1, channelId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    storeIds.add(rows.getString(1));
                }
            }
        }
        return storeIds;
    }

    private Instant now()
    {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static TarnException notFound(String reference)
    {
        return new TarnException(CHANNEL_NOT_FOUND, "Channel '" + reference + "' not found");
    }

    private static String toJson(Map<String, String> tags)
    {
        try {
            return JSON.writeValueAsString(tags);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write tags", e);
        }
    }

    private static Map<String, String> tagsFromJson(String json)
    {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {});
        }
        catch (JsonProcessingException e) {
            throw new TarnException(CATALOG_ERROR, "The catalog holds invalid channel tags: " + json, e);
        }
    }
}
