package io.tarn.storage.impl;

import io.tarn.error.TarnException;
import org.sqlite.SQLiteConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static io.tarn.storage.StorageErrorCode.CATALOG_ERROR;
import static java.util.Objects.requireNonNull;

/**
 * The lake's catalog database: one SQLite file in the metadata directory.
 *
 * <p>SQLite rather than H2 because several processes (a server and a command-line ingest, say) must be
 * able to open one lake at once: SQLite coordinates writers across processes with file locks and, in WAL
 * mode, lets readers proceed while one process writes, whereas embedded H2 locks the file to a single
 * process. Write transactions start {@code IMMEDIATE} so two writers never deadlock upgrading a read lock,
 * and a busy timeout makes a second writer wait instead of failing.
 *
 * <p>One connection serves the whole process; access is serialised, which costs nothing because SQLite
 * serialises writers anyway and catalog operations are short.
 */
public final class CatalogDatabase
        implements AutoCloseable
{
    public static final String FILE_NAME = "catalog.db";
    private static final int BUSY_TIMEOUT_MILLIS = 60_000;

    private final Path file;
    private final Connection connection;

    private CatalogDatabase(Path file, Connection connection)
    {
        this.file = requireNonNull(file, "file is null");
        this.connection = requireNonNull(connection, "connection is null");
    }

    public static CatalogDatabase open(Path metadataDirectory)
    {
        return open(metadataDirectory, FILE_NAME);
    }

    /**
     * Opens another database file of the lake's metadata directory with the same settings, for components
     * that keep their own tables apart from the catalog (the query service's {@code queries.db}).
     */
    public static CatalogDatabase open(Path metadataDirectory, String fileName)
    {
        Path file = metadataDirectory.resolve(fileName);
        try {
            Files.createDirectories(metadataDirectory);
            SqliteNativeLibrary.useKeptCopy();
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
            config.enforceForeignKeys(true);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            connection.setAutoCommit(true);
            return new CatalogDatabase(file, connection);
        }
        catch (SQLException | java.io.IOException e) {
            throw new TarnException(CATALOG_ERROR, "Cannot open the database " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file()
    {
        return file;
    }

    /**
     * Runs the statements once per process; they must be idempotent ({@code CREATE TABLE IF NOT EXISTS}).
     * Each component creates its own tables this way.
     */
    public void ensureTables(List<String> statements)
    {
        inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
            return null;
        });
    }

    /**
     * Runs the work in one transaction, committed when it returns and rolled back when it throws.
     */
    public synchronized <T> T inTransaction(Work<T> work)
    {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            }
            catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            }
            finally {
                connection.setAutoCommit(true);
            }
        }
        catch (SQLException e) {
            throw new TarnException(CATALOG_ERROR, "Catalog database error: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close()
    {
        try {
            connection.close();
        }
        catch (SQLException e) {
            throw new TarnException(CATALOG_ERROR, "Cannot close the catalog database: " + e.getMessage(), e);
        }
    }

    /**
     * Work done on the catalog connection inside a transaction.
     */
    @FunctionalInterface
    public interface Work<T>
    {
        T run(Connection connection)
                throws SQLException;
    }
}
