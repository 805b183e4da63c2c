package io.tarn.storage.impl;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import io.tarn.error.TarnException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.tarn.storage.StorageErrorCode.CONFLICT;
import static java.util.Objects.requireNonNull;

/**
 * The catalog's record of which data files are live, and of storage transactions, which make sets of files
 * live (and others dead) atomically.
 *
 * <p>The protocol: {@link #begin} records an open transaction and its staging directory; the writer puts its
 * files there; {@link #commit} swaps files in one catalog transaction (the commit point); the writer then
 * moves the files from staging into the data directory, deletes the files it replaced, and calls
 * {@link #finish}. Recovery on open rolls back open transactions (delete staging) and completes committed
 * ones (move what is left, delete replaced files). Between commit and finish a live file may still be in
 * staging: readers that do not find it in the data directory look in
 * {@link #unfinishedStagingDirectory}.
 */
public final class DataFileRegistry
{
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Long>> COLUMN_BYTES = new TypeReference<>() {};
    private static final TypeReference<List<String>> PATHS = new TypeReference<>() {};

    private final CatalogDatabase database;

    public DataFileRegistry(CatalogDatabase database)
    {
        this.database = requireNonNull(database, "database is null");
        database.ensureTables(List.of(
                """
                CREATE TABLE IF NOT EXISTS data_files (
                    store_id TEXT NOT NULL,
                    relative_path TEXT NOT NULL,
                    partition_name TEXT NOT NULL,
                    row_count INTEGER NOT NULL,
                    size_bytes INTEGER NOT NULL,
                    min_event_time INTEGER NOT NULL,
                    max_event_time INTEGER NOT NULL,
                    column_bytes TEXT NOT NULL,
                    metadata_bytes INTEGER NOT NULL,
                    transaction_id TEXT NOT NULL,
                    PRIMARY KEY (store_id, relative_path))
                """,
                "CREATE INDEX IF NOT EXISTS data_files_by_time ON data_files (store_id, min_event_time)",
                """
                CREATE TABLE IF NOT EXISTS storage_transactions (
                    transaction_id TEXT PRIMARY KEY,
                    store_id TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    staging_directory TEXT NOT NULL,
                    state TEXT NOT NULL,
                    started_at INTEGER NOT NULL,
                    removed_files TEXT NOT NULL)
                """));
    }

    /**
     * The live files of a store, by partition and then by first event time.
     */
    public List<DataFile> liveFiles(String storeId)
    {
        return liveFiles(storeId, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /**
     * The live files of a store holding an event in {@code [fromMillis, toMillis)}, in the order of
     * {@link #liveFiles(String)}. Planning a query reads only these, so that a narrow window over a store of
     * thousands of files does not read and decode every file's column sizes.
     */
    public List<DataFile> liveFiles(String storeId, long fromMillis, long toMillis)
    {
        return database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT * FROM data_files WHERE store_id = ? AND max_event_time >= ? AND min_event_time < ? ORDER BY partition_name, min_event_time, relative_path")) {
                statement.setString(1, storeId);
                statement.setLong(2, fromMillis);
                statement.setLong(3, toMillis);
                return readFiles(statement);
            }
        });
    }

    /**
     * How many live files and partitions a store has.
     */
    public LiveFileCounts liveFileCounts(String storeId)
    {
        return database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT count(*), count(DISTINCT partition_name) FROM data_files WHERE store_id = ?")) {
                statement.setString(1, storeId);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return new LiveFileCounts(rows.getLong(1), rows.getLong(2));
                }
            }
        });
    }

    public record LiveFileCounts(long files, long partitions) {}

    public void begin(String storeId, String transactionId, TransactionKind kind, String stagingDirectory, long startedAtMillis)
    {
        database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO storage_transactions VALUES (?, ?, ?, ?, 'OPEN', ?, '[]')")) {
                statement.setString(1, transactionId);
                statement.setString(2, storeId);
                statement.setString(3, kind.name());
                statement.setString(4, stagingDirectory);
                statement.setLong(5, startedAtMillis);
                statement.executeUpdate();
            }
            return null;
        });
    }

    /**
     * The commit point: makes {@code added} live and {@code removed} dead in one catalog transaction.
     * Fails with {@code CONFLICT}, changing nothing, if a file to remove is no longer live (another process
     * compacted or expired it first) or the transaction is not open.
     */
    public void commit(String transactionId, List<DataFile> added, List<String> removedRelativePaths)
    {
        database.inTransaction(connection -> {
            String storeId = openTransactionStore(connection, transactionId);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM data_files WHERE store_id = ? AND relative_path = ?")) {
                for (String path : removedRelativePaths) {
                    delete.setString(1, storeId);
                    delete.setString(2, path);
                    if (delete.executeUpdate() != 1) {
                        throw new TarnException(CONFLICT, "Data file '" + path + "' of store '" + storeId + "' was changed by another writer; nothing was committed");
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO data_files VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (DataFile file : added) {
                    if (!file.storeId().equals(storeId) || !file.transactionId().equals(transactionId)) {
                        throw new IllegalArgumentException("file " + file.relativePath() + " does not belong to transaction " + transactionId);
                    }
                    insert.setString(1, storeId);
                    insert.setString(2, file.relativePath());
                    insert.setString(3, file.partition());
                    insert.setLong(4, file.rowCount());
                    insert.setLong(5, file.sizeBytes());
                    insert.setLong(6, file.minEventTimeMillis());
                    insert.setLong(7, file.maxEventTimeMillis());
                    insert.setString(8, toJson(file.columnBytes()));
                    insert.setLong(9, file.metadataBytes());
                    insert.setString(10, transactionId);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE storage_transactions SET state = 'COMMITTED', removed_files = ? WHERE transaction_id = ?")) {
                update.setString(1, toJson(removedRelativePaths));
                update.setString(2, transactionId);
                update.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Forgets a transaction whose files have all been moved (committed) or deleted (rolled back).
     */
    public void finish(String transactionId)
    {
        database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM storage_transactions WHERE transaction_id = ?")) {
                statement.setString(1, transactionId);
                statement.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Transactions not yet finished, oldest first: open ones to roll back, committed ones to complete.
     */
    public List<StorageTransaction> unfinishedTransactions()
    {
        return database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM storage_transactions ORDER BY started_at, transaction_id");
                    ResultSet rows = statement.executeQuery()) {
                List<StorageTransaction> transactions = new ArrayList<>();
                while (rows.next()) {
                    transactions.add(new StorageTransaction(
                            rows.getString("transaction_id"),
                            rows.getString("store_id"),
                            TransactionKind.valueOf(rows.getString("kind")),
                            rows.getString("staging_directory"),
                            rows.getString("state").equals("COMMITTED"),
                            rows.getLong("started_at"),
                            fromJson(rows.getString("removed_files"), PATHS)));
                }
                return transactions;
            }
        });
    }

    /**
     * The staging directory of a committed transaction whose files may not all be in the data directory yet.
     */
    public Optional<String> unfinishedStagingDirectory(String transactionId)
    {
        return database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT staging_directory FROM storage_transactions WHERE transaction_id = ? AND state = 'COMMITTED'")) {
                statement.setString(1, transactionId);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Forgets every file of a store that is being purged.
     */
    public void forgetStore(String storeId)
    {
        database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM data_files WHERE store_id = ?")) {
                statement.setString(1, storeId);
                statement.executeUpdate();
            }
            return null;
        });
    }

    private static String openTransactionStore(Connection connection, String transactionId)
            throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT store_id FROM storage_transactions WHERE transaction_id = ? AND state = 'OPEN'")) {
            statement.setString(1, transactionId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("transaction " + transactionId + " is not open");
                }
                return rows.getString(1);
            }
        }
    }

    private static List<DataFile> readFiles(PreparedStatement statement)
            throws SQLException
    {
        ImmutableList.Builder<DataFile> files = ImmutableList.builder();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                files.add(new DataFile(
                        rows.getString("store_id"),
                        rows.getString("partition_name"),
                        rows.getString("relative_path"),
                        rows.getLong("row_count"),
                        rows.getLong("size_bytes"),
                        rows.getLong("min_event_time"),
                        rows.getLong("max_event_time"),
                        fromJson(rows.getString("column_bytes"), COLUMN_BYTES),
                        rows.getLong("metadata_bytes"),
                        rows.getString("transaction_id")));
            }
        }
        return files.build();
    }

    private static String toJson(Object value)
    {
        try {
            return JSON.writeValueAsString(value);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T fromJson(String json, TypeReference<T> type)
    {
        try {
            return JSON.readValue(json, type);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Why a transaction swaps files.
     */
    public enum TransactionKind
    {
        INGEST,
        COMPACT,
        EXPIRE,
    }

    /**
     * A transaction as recorded, for recovery.
     */
    public record StorageTransaction(
            String transactionId,
            String storeId,
            TransactionKind kind,
            String stagingDirectory,
            boolean committed,
            long startedAtMillis,
            List<String> removedRelativePaths)
    {
        public StorageTransaction
        {
            requireNonNull(transactionId, "transactionId is null");
            requireNonNull(storeId, "storeId is null");
            requireNonNull(kind, "kind is null");
            requireNonNull(stagingDirectory, "stagingDirectory is null");
            removedRelativePaths = ImmutableList.copyOf(requireNonNull(removedRelativePaths, "removedRelativePaths is null"));
        }
    }
}
