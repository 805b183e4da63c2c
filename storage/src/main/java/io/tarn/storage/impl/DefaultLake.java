package io.tarn.storage.impl;

import io.tarn.error.TarnException;
import io.tarn.storage.CompactionReport;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.EventDataStoreCatalog;
import io.tarn.storage.EventDataStoreStatus;
import io.tarn.storage.FileStore;
import io.tarn.storage.IngestReport;
import io.tarn.storage.IngestRequest;
import io.tarn.storage.Lake;
import io.tarn.storage.LakeOptions;
import io.tarn.storage.MaintenanceReport;
import io.tarn.storage.StoreScanner;
import io.tarn.storage.impl.catalog.ChannelDirectory;
import io.tarn.storage.impl.catalog.LakeProperties;
import io.tarn.storage.impl.catalog.LakePropertiesTable;
import io.tarn.storage.impl.catalog.SqliteEventDataStoreCatalog;
import io.tarn.storage.impl.ingest.CompactionSettings;
import io.tarn.storage.impl.ingest.EventFilter;
import io.tarn.storage.impl.ingest.EventIngester;
import io.tarn.storage.impl.ingest.FileMaintenance;
import io.tarn.storage.impl.ingest.IngestSettings;
import io.tarn.storage.impl.ingest.StorageContext;
import io.tarn.storage.impl.ingest.StoreCompactor;
import io.tarn.storage.impl.ingest.TransactionListener;
import io.tarn.storage.impl.ingest.TransactionLocks;
import io.tarn.storage.impl.ingest.TransactionRecovery;
import io.tarn.storage.impl.scan.OrcStoreScanner;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static io.tarn.storage.StorageErrorCode.INACTIVE_EVENT_DATA_STORE;
import static io.tarn.storage.StorageErrorCode.STORAGE_IO_ERROR;
import static java.util.Objects.requireNonNull;

/**
 * The lake implementation: wires the catalog, ingestion, scans and maintenance together.
 *
 * <p>{@link #open} resolves the location ({@link LakeLocation}), opens the Hadoop file system of the root
 * (the raw local one for {@code file:}, so no {@code .crc} side files appear) and the catalog database in
 * the metadata directory, and creates the root directory and the catalog tables when they are missing. The
 * parts live in final fields so that ingestion, scans and compaction can be built from them in
 * {@link #open} and handed to the constructor. Closing the lake closes the database and the file system.
 *
 * <p>Opening also recovers storage transactions whose process died (see {@link TransactionRecovery}), so
 * every store is as its last committed transaction left it.
 */
public final class DefaultLake
        implements Lake
{
    private final LakeOptions options;
    private final Configuration configuration;
    private final FileSystem fileSystem;
    private final LakeLocation location;
    private final StoreLayout layout;
    private final CatalogDatabase database;
    private final LakeProperties properties;
    private final DataFileRegistry dataFiles;
    private final SqliteEventDataStoreCatalog catalog;
    private final FileStore files;
    private final OrcStoreScanner scanner;
    private final StorageContext storage;
    private final EventIngester ingester;
    private final StoreCompactor compactor;
    private final FileMaintenance fileMaintenance;
    private boolean closed;

    public DefaultLake(
            LakeOptions options,
            Configuration configuration,
            FileSystem fileSystem,
            LakeLocation location,
            CatalogDatabase database,
            LakeProperties properties,
            DataFileRegistry dataFiles,
            SqliteEventDataStoreCatalog catalog)
    {
        this.options = requireNonNull(options, "options is null");
        this.configuration = requireNonNull(configuration, "configuration is null");
        this.fileSystem = requireNonNull(fileSystem, "fileSystem is null");
        this.location = requireNonNull(location, "location is null");
        this.layout = new StoreLayout(location.root().toString());
        this.database = requireNonNull(database, "database is null");
        this.properties = requireNonNull(properties, "properties is null");
        this.dataFiles = requireNonNull(dataFiles, "dataFiles is null");
        this.catalog = requireNonNull(catalog, "catalog is null");
        this.files = new HadoopFileStore(fileSystem, configuration);
        this.scanner = new OrcStoreScanner(catalog, dataFiles, layout, fileSystem, options.clock());
        this.storage = new StorageContext(configuration, fileSystem, layout, dataFiles, new TransactionLocks(location.metadataDirectory()), options.clock(), TransactionListener.NONE);
        this.ingester = new EventIngester(storage, catalog, IngestSettings.defaults(), EventFilter::selectorsOf);
        this.compactor = new StoreCompactor(storage, CompactionSettings.defaults());
        this.fileMaintenance = new FileMaintenance(storage, CompactionSettings.defaults());
    }

    public static Lake open(LakeOptions options)
    {
        LakeLocation location = LakeLocation.resolve(options);
        Configuration configuration = new Configuration();
        FileSystem fileSystem = openFileSystem(location, configuration);
        CatalogDatabase database = null;
        try {
            fileSystem.mkdirs(location.root());
            database = CatalogDatabase.open(location.metadataDirectory());
            LakeProperties properties = LakePropertiesTable.loadOrInitialize(database, options, new SecureRandom());
            DataFileRegistry dataFiles = new DataFileRegistry(database);
            SqliteEventDataStoreCatalog catalog = new SqliteEventDataStoreCatalog(database, properties, options.maxEventDataStores(), options.clock(), ChannelDirectory.NONE);
            DefaultLake lake = new DefaultLake(options, configuration, fileSystem, location, database, properties, dataFiles, catalog);
            new TransactionRecovery(lake.storage).recoverAbandonedTransactions();
            return lake;
        }
        catch (IOException | RuntimeException e) {
            closeAfterFailure(e, database, fileSystem);
            if (e instanceof IOException) {
                throw new TarnException(STORAGE_IO_ERROR, "Cannot open the lake at '" + location.root() + "': " + e.getMessage(), e);
            }
            throw (RuntimeException) e;
        }
    }

    @Override
    public LakeOptions options()
    {
        return options;
    }

    @Override
    public String accountId()
    {
        return properties.accountId();
    }

    @Override
    public String region()
    {
        return properties.region();
    }

    @Override
    public java.nio.file.Path metadataDirectory()
    {
        return location.metadataDirectory();
    }

    @Override
    public EventDataStoreCatalog catalog()
    {
        return catalog;
    }

    @Override
    public IngestReport ingest(IngestRequest request)
    {
        return ingester.ingest(request);
    }

    @Override
    public StoreScanner scanner()
    {
        return scanner;
    }

    @Override
    public FileStore files()
    {
        return files;
    }

    @Override
    public CompactionReport compact(String store)
    {
        EventDataStore eventDataStore = catalog.get(store);
        if (eventDataStore.status() == EventDataStoreStatus.PENDING_DELETION) {
            throw new TarnException(INACTIVE_EVENT_DATA_STORE, "Event data store '" + eventDataStore.name() + "' is pending deletion");
        }
        return compactor.compact(eventDataStore);
    }

    @Override
    public MaintenanceReport maintain()
    {
        List<String> purged = purgeDeletedStores();
        FileMaintenance.Result files = fileMaintenance.maintain(catalog.list());
        return new MaintenanceReport(files.expiredFiles(), files.expiredEvents(), purged, files.leftoverFiles(), files.compactions());
    }

    /**
     * What the writers of data files share: file system, layout, registry, transaction locks, clock.
     */
    public StorageContext storage()
    {
        return storage;
    }

    /**
     * The Hadoop configuration every file system of the lake was opened with.
     */
    public Configuration configuration()
    {
        return configuration;
    }

    /**
     * The file system holding the lake's root.
     */
    public FileSystem fileSystem()
    {
        return fileSystem;
    }

    public StoreLayout layout()
    {
        return layout;
    }

    public CatalogDatabase database()
    {
        return database;
    }

    public DataFileRegistry dataFiles()
    {
        return dataFiles;
    }

    public Clock clock()
    {
        return options.clock();
    }

    @Override
    public synchronized void close()
    {
        if (closed) {
            return;
        }
        closed = true;
        try (FileSystem closingFileSystem = fileSystem) {
            database.close();
        }
        catch (IOException e) {
            throw new TarnException(STORAGE_IO_ERROR, "Cannot close the file system of the lake at '" + location.root() + "': " + e.getMessage(), e);
        }
    }

    /**
     * Purges the stores pending deletion for the whole waiting period: their files first, then their
     * catalog records, so that a purge interrupted half-way is finished by the next one. Returns the ids of
     * the stores this call purged.
     */
    private List<String> purgeDeletedStores()
    {
        List<String> purged = new ArrayList<>();
        for (EventDataStore store : catalog.storesToPurge()) {
            String directory = layout.storeDirectory(store.id());
            try {
                fileSystem.delete(new Path(directory), true);
            }
            catch (IOException e) {
                throw new TarnException(STORAGE_IO_ERROR, "Cannot delete the files of event data store '" + store.name() + "' at '" + directory + "': " + e.getMessage(), e);
            }
            dataFiles.forgetStore(store.id());
            if (catalog.forgetPurgedStore(store.id())) {
                purged.add(store.id());
            }
        }
        return purged;
    }

    private static FileSystem openFileSystem(LakeLocation location, Configuration configuration)
    {
        try {
            if (location.local()) {
                return HadoopFileStore.newLocalFileSystem(configuration);
            }
            return FileSystem.newInstance(location.root().toUri(), configuration);
        }
        catch (IOException e) {
            throw new TarnException(STORAGE_IO_ERROR, "Cannot open the file system of the lake at '" + location.root() + "': " + e.getMessage(), e);
        }
    }

    private static void closeAfterFailure(Exception failure, CatalogDatabase database, FileSystem fileSystem)
    {
        try (FileSystem closingFileSystem = fileSystem) {
            if (database != null) {
                database.close();
            }
        }
        catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
