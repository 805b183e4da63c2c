package io.tarn.storage.impl.ingest;

import io.tarn.storage.CreateEventDataStoreRequest;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.IngestReport;
import io.tarn.storage.IngestRequest;
import io.tarn.storage.TestingClock;
import io.tarn.storage.impl.CatalogDatabase;
import io.tarn.storage.impl.DataFile;
import io.tarn.storage.impl.DataFileRegistry;
import io.tarn.storage.impl.HadoopFileStore;
import io.tarn.storage.impl.StoreLayout;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A lake directory with a real catalog database, registry and file system, and the in-memory testing
 * catalog of stores, for tests of ingestion, compaction and retention.
 */
public final class TestingStorage
        implements AutoCloseable
{
    public static final Instant DEFAULT_NOW = Instant.parse("2024-07-01T00:00:00Z");

    private final Path directory;
    private final TestingClock clock;
    private final CatalogDatabase database;
    private final DataFileRegistry registry;
    private final FileSystem fileSystem;
    private final StorageContext context;
    private final TestingEventDataStoreCatalog catalog;
    private IngestSettings settings = IngestSettings.defaults().withParserThreads(2);

    public TestingStorage(Path directory)
    {
        this(directory, new TestingClock(DEFAULT_NOW), TransactionListener.NONE);
    }

    public TestingStorage(Path directory, TestingClock clock, TransactionListener listener)
    {
        this.directory = directory;
        this.clock = clock;
        this.database = CatalogDatabase.open(directory);
        this.registry = new DataFileRegistry(database);
        Configuration configuration = new Configuration();
        try {
            this.fileSystem = HadoopFileStore.newLocalFileSystem(configuration);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.context = new StorageContext(configuration, fileSystem, new StoreLayout(directory.toAbsolutePath().toString()), registry, new TransactionLocks(directory), clock, listener);
        this.catalog = new TestingEventDataStoreCatalog(clock);
    }

    public Path directory()
    {
        return directory;
    }

    public TestingClock clock()
    {
        return clock;
    }

    public StorageContext context()
    {
        return context;
    }

    public DataFileRegistry registry()
    {
        return registry;
    }

    public TestingEventDataStoreCatalog catalog()
    {
        return catalog;
    }

    public TestingStorage withSettings(IngestSettings value)
    {
        settings = value;
        return this;
    }

    public EventDataStore createStore(CreateEventDataStoreRequest request)
    {
        return catalog.create(request);
    }

    /**
     * Ingests keeping every event (selectors are not evaluated).
     */
    public IngestReport ingest(IngestRequest request)
    {
        return new EventIngester(context, catalog, settings, store -> EventFilter.ALL).ingest(request);
    }

    public IngestReport ingest(IngestRequest request, EventFilter filter)
    {
        return new EventIngester(context, catalog, settings, store -> filter).ingest(request);
    }

    public List<DataFile> liveFiles(String storeId)
    {
        return registry.liveFiles(storeId);
    }

    public long rowCount(String storeId)
    {
        return registry.liveFiles(storeId).stream().mapToLong(DataFile::rowCount).sum();
    }

    /**
     * Every row of a store's live files, file by file in catalog order.
     */
    public List<Map<String, Object>> readRows(String storeId)
    {
        List<Map<String, Object>> rows = new ArrayList<>();
        try {
            for (DataFile file : registry.liveFiles(storeId)) {
                rows.addAll(TestingOrcReader.read(context.configuration(), fileSystem, context.locate(file)));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    @Override
    public void close()
    {
        database.close();
        try {
            fileSystem.close();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
