package io.tarn.engine.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tarn.error.ErrorCode;
import io.tarn.error.ErrorType;
import io.tarn.error.TarnException;
import io.tarn.storage.impl.CatalogDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import static io.tarn.engine.service.QueryErrorCode.MAX_CONCURRENT_QUERIES;
import static java.util.Objects.requireNonNull;

/**
 * The query history: the {@code queries} and {@code query_stores} tables of {@code queries.db}. Every status
 * change is written at once; statistics and result counts of running queries are written now and then
 * ({@link QueryServiceOptions#progressInterval()}) so other processes see them move.
 */
final class QueryHistory
{
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "query_id, alias, statement, parameters, status, error_name, error_code, error_type, error_message, "
            + "delivery_location, delivery_status, delivery_directory, events_matched, events_scanned, bytes_scanned, execution_millis, "
            + "created_at, ended_at, result_columns, result_rows, result_bytes, owner";

    private final CatalogDatabase database;

    QueryHistory(CatalogDatabase database)
    {
        this.database = requireNonNull(database, "database is null");
        database.ensureTables(List.of(
                """
                CREATE TABLE IF NOT EXISTS queries (
                    query_id TEXT PRIMARY KEY,
                    alias TEXT,
                    statement TEXT NOT NULL,
                    parameters TEXT NOT NULL,
                    status TEXT NOT NULL,
                    error_name TEXT,
                    error_code INTEGER,
                    error_type TEXT,
                    error_message TEXT,
                    delivery_location TEXT,
                    delivery_status TEXT,
                    delivery_directory TEXT,
                    events_matched INTEGER NOT NULL,
                    events_scanned INTEGER NOT NULL,
                    bytes_scanned INTEGER NOT NULL,
                    execution_millis INTEGER NOT NULL,
                    created_at INTEGER NOT NULL,
                    ended_at INTEGER,
                    result_columns TEXT,
                    result_rows INTEGER NOT NULL,
                    result_bytes INTEGER NOT NULL,
                    owner TEXT NOT NULL)""",
                "CREATE INDEX IF NOT EXISTS queries_by_alias ON queries (alias, created_at)",
                "CREATE INDEX IF NOT EXISTS queries_by_status ON queries (status)",
                """
                CREATE TABLE IF NOT EXISTS query_stores (
                    query_id TEXT NOT NULL REFERENCES queries (query_id) ON DELETE CASCADE,
                    store_id TEXT NOT NULL,
                    PRIMARY KEY (store_id, query_id))"""));
    }

    /**
     * Records a new query unless the lake already has {@code maxActive} queued or running queries; queries
     * of dead processes are marked failed first so they do not count.
     */
    void insertIfAdmitted(QueryRecord record, int maxActive, Predicate<String> ownerAlive, Instant now)
    {
        database.inTransaction(connection -> {
            if (countActive(connection) >= maxActive) {
                failAbandoned(connection, ownerAlive, now);
                if (countActive(connection) >= maxActive) {
                    throw new TarnException(MAX_CONCURRENT_QUERIES, "The lake is already running the maximum number of concurrent queries (" + maxActive
                            + " queued or running); wait for a query to end or cancel one");
                }
            }
            insert(connection, record);
            return null;
        });
    }

    private static int countActive(Connection connection)
            throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM queries WHERE status IN ('QUEUED', 'RUNNING')");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /**
     * Marks queued and running queries whose process is gone {@code FAILED}; returns their ids.
     */
    List<String> failAbandoned(Predicate<String> ownerAlive, Instant now)
    {
        return database.inTransaction(connection -> failAbandoned(connection, ownerAlive, now));
    }

    private static List<String> failAbandoned(Connection connection, Predicate<String> ownerAlive, Instant now)
            throws SQLException
    {
        List<String> abandoned = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT query_id, owner FROM queries WHERE status IN ('QUEUED', 'RUNNING')");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                if (!ownerAlive.test(rows.getString(2))) {
                    abandoned.add(rows.getString(1));
                    owners.add(rows.getString(2));
                }
            }
        }
        for (int index = 0; index < abandoned.size(); index++) {
            String owner = owners.get(index);
            ErrorCode code = QueryErrorCode.QUERY_ABANDONED.toErrorCode();
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE queries SET status = 'FAILED', error_name = ?, error_code = ?, error_type = ?, error_message = ?, ended_at = ?, "
                            + "delivery_status = CASE WHEN delivery_location IS NULL THEN NULL ELSE 'FAILED' END WHERE query_id = ?")) {
                statement.setString(1, code.name());
                statement.setInt(2, code.code());
                statement.setString(3, code.type().name());
                statement.setString(4, "The process running the query (pid " + owner.split("@")[0] + ") ended before the query finished");
                statement.setLong(5, now.toEpochMilli());
                statement.setString(6, abandoned.get(index));
                statement.executeUpdate();
            }
        }
        return abandoned;
    }

    private static void insert(Connection connection, QueryRecord record)
            throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO queries (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            QueryInfo info = record.info();
            statement.setString(1, info.queryId());
            setOptional(statement, 2, info.alias());
            statement.setString(3, info.queryString());
            statement.setString(4, toJson(info.parameters()));
            statement.setString(5, info.status().name());
            setError(statement, 6, info.error());
            setOptional(statement, 10, info.deliveryLocation());
            setOptional(statement, 11, info.deliveryStatus().map(Enum::name));
            setOptional(statement, 12, info.deliveryDirectory());
            setStatistics(statement, 13, info.statistics());
            statement.setLong(17, info.statistics().creationTime().toEpochMilli());
            setOptional(statement, 18, info.endTime().map(Instant::toEpochMilli));
            setOptional(statement, 19, record.columns().map(QueryHistory::toJson));
            statement.setLong(20, record.results().rows());
            statement.setLong(21, record.results().bytes());
            statement.setString(22, record.owner());
            statement.executeUpdate();
        }
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO query_stores (query_id, store_id) VALUES (?, ?)")) {
            for (String storeId : record.info().eventDataStoreIds()) {
                statement.setString(1, record.info().queryId());
                statement.setString(2, storeId);
                statement.executeUpdate();
            }
        }
    }

    /**
     * Writes everything about a query that can change: status, error, delivery, statistics, columns and
     * result progress. A query that already reached a final status keeps it.
     */
    void update(QueryRecord record)
    {
        database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE queries SET status = CASE WHEN status IN ('QUEUED', 'RUNNING') THEN ? ELSE status END, "
                            + "error_name = coalesce(error_name, ?), error_code = coalesce(error_code, ?), error_type = coalesce(error_type, ?), "
                            + "error_message = coalesce(error_message, ?), delivery_status = ?, delivery_directory = ?, "
                            + "events_matched = ?, events_scanned = ?, bytes_scanned = ?, execution_millis = ?, ended_at = coalesce(ended_at, ?), "
                            + "result_columns = ?, result_rows = ?, result_bytes = ? WHERE query_id = ?")) {
                QueryInfo info = record.info();
                statement.setString(1, info.status().name());
                setError(statement, 2, info.error());
                setOptional(statement, 6, info.deliveryStatus().map(Enum::name));
                setOptional(statement, 7, info.deliveryDirectory());
                setStatistics(statement, 8, info.statistics());
                setOptional(statement, 12, info.endTime().map(Instant::toEpochMilli));
                setOptional(statement, 13, record.columns().map(QueryHistory::toJson));
                statement.setLong(14, record.results().rows());
                statement.setLong(15, record.results().bytes());
                statement.setString(16, info.queryId());
                statement.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Marks a queued or running query {@code CANCELLED}, for the process running it to stop it.
     */
    void cancel(String queryId, Instant now)
    {
        database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE queries SET status = 'CANCELLED', ended_at = ?, "
                            + "delivery_status = CASE WHEN delivery_location IS NULL THEN NULL ELSE 'CANCELLED' END "
                            + "WHERE query_id = ? AND status IN ('QUEUED', 'RUNNING')")) {
                statement.setLong(1, now.toEpochMilli());
                statement.setString(2, queryId);
                statement.executeUpdate();
            }
            return null;
        });
    }

    Optional<QueryRecord> find(String queryId)
    {
        return database.inTransaction(connection -> {
            List<QueryRecord> records = select(connection, "WHERE query_id = ?", List.of(queryId), 1);
            return records.stream().findFirst();
        });
    }

    Optional<QueryRecord> findLatestByAlias(String alias)
    {
        return database.inTransaction(connection -> select(connection, "WHERE alias = ? ORDER BY created_at DESC, rowid DESC", List.of(alias), 1).stream().findFirst());
    }

    /**
     * Queries on a store created in {@code [from, to]}, newest first, after the given position.
     */
    List<QueryRecord> list(String storeId, Optional<QueryStatus> status, Instant from, Instant to, Optional<PageTokens.ListPosition> after, int limit)
    {
        StringBuilder where = new StringBuilder("WHERE query_id IN (SELECT query_id FROM query_stores WHERE store_id = ?) AND created_at >= ? AND created_at <= ?");
        List<Object> values = new ArrayList<>(List.of(storeId, from.toEpochMilli(), to.toEpochMilli()));
        status.ifPresent(value -> {
            where.append(" AND status = ?");
            values.add(value.name());
        });
        after.ifPresent(position -> {
            where.append(" AND (created_at < ? OR (created_at = ? AND query_id < ?))");
            values.add(position.creationTime().toEpochMilli());
            values.add(position.creationTime().toEpochMilli());
            values.add(position.queryId());
        });
        where.append(" ORDER BY created_at DESC, query_id DESC");
        return database.inTransaction(connection -> select(connection, where.toString(), values, limit));
    }

    /**
     * Ids of finished queries that ended before the time, and of queries created before {@code createdBefore}
     * that never ended (left by a crash before Tarn marked them).
     */
    List<String> expired(Instant endedBefore)
    {
        return database.inTransaction(connection -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT query_id FROM queries WHERE status NOT IN ('QUEUED', 'RUNNING') AND coalesce(ended_at, created_at) < ?")) {
                statement.setLong(1, endedBefore.toEpochMilli());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getString(1));
                    }
                }
            }
            return ids;
        });
    }

    boolean exists(String queryId)
    {
        return find(queryId).isPresent();
    }

    void delete(List<String> queryIds)
    {
        database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM queries WHERE query_id = ?")) {
                for (String queryId : queryIds) {
                    statement.setString(1, queryId);
                    statement.executeUpdate();
                }
            }
            return null;
        });
    }

    private static List<QueryRecord> select(Connection connection, String condition, List<Object> values, int limit)
            throws SQLException
    {
        List<QueryRecord> records = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS + " FROM queries " + condition + " LIMIT " + limit)) {
            for (int index = 0; index < values.size(); index++) {
                statement.setObject(index + 1, values.get(index));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    records.add(read(connection, rows));
                }
            }
        }
        return records;
    }

    private static QueryRecord read(Connection connection, ResultSet rows)
            throws SQLException
    {
        String queryId = rows.getString("query_id");
        Optional<QueryError> error = Optional.empty();
        String errorName = rows.getString("error_name");
        if (errorName != null) {
            ErrorCode code = new ErrorCode(errorName, rows.getInt("error_code"), ErrorType.valueOf(rows.getString("error_type")));
            error = Optional.of(new QueryError(code, rows.getString("error_message")));
        }
        QueryInfo.Statistics statistics = new QueryInfo.Statistics(rows.getLong("events_matched"), rows.getLong("events_scanned"), rows.getLong("bytes_scanned"),
                rows.getLong("execution_millis"), Instant.ofEpochMilli(rows.getLong("created_at")));
        long endedAt = rows.getLong("ended_at");
        Optional<Instant> endTime = rows.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(endedAt));
        QueryInfo info = new QueryInfo(
                queryId,
                rows.getString("statement"),
                QueryStatus.valueOf(rows.getString("status")),
                Optional.ofNullable(rows.getString("alias")),
                fromJson(rows.getString("parameters"), new TypeReference<List<String>>() {}),
                error,
                Optional.ofNullable(rows.getString("delivery_location")),
                Optional.ofNullable(rows.getString("delivery_status")).map(DeliveryStatus::valueOf),
                Optional.ofNullable(rows.getString("delivery_directory")),
                statistics,
                storeIds(connection, queryId),
                endTime);
        Optional<List<QueryColumn>> columns = Optional.ofNullable(rows.getString("result_columns"))
                .map(json -> fromJson(json, new TypeReference<List<QueryColumn>>() {}));
        return new QueryRecord(info, columns, new ResultProgress(rows.getLong("result_rows"), rows.getLong("result_bytes")), rows.getString("owner"));
    }

    private static List<String> storeIds(Connection connection, String queryId)
            throws SQLException
    {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT store_id FROM query_stores WHERE query_id = ? ORDER BY store_id")) {
            statement.setString(1, queryId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    private static void setError(PreparedStatement statement, int index, Optional<QueryError> error)
            throws SQLException
    {
        setOptional(statement, index, error.map(value -> value.errorCode().name()));
        setOptional(statement, index + 1, error.map(value -> (long) value.errorCode().code()));
        setOptional(statement, index + 2, error.map(value -> value.errorCode().type().name()));
        setOptional(statement, index + 3, error.map(QueryError::message));
    }

    private static void setStatistics(PreparedStatement statement, int index, QueryInfo.Statistics statistics)
            throws SQLException
    {
        statement.setLong(index, statistics.eventsMatched());
        statement.setLong(index + 1, statistics.eventsScanned());
        statement.setLong(index + 2, statistics.bytesScanned());
        statement.setLong(index + 3, statistics.executionTimeMillis());
    }

    private static void setOptional(PreparedStatement statement, int index, Optional<?> value)
            throws SQLException
    {
        if (value.isEmpty()) {
            statement.setNull(index, Types.NULL);
        }
        else {
            statement.setObject(index, value.get());
        }
    }

    private static String toJson(Object value)
    {
        try {
            return JSON.writeValueAsString(value);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static <T> T fromJson(String json, TypeReference<T> type)
    {
        try {
            return JSON.readValue(json, type);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("the query history holds invalid JSON: " + json, e);
        }
    }
}
