package io.tarn.storage.impl.ingest;

import io.tarn.error.TarnException;
import io.tarn.storage.impl.DataFile;
import io.tarn.storage.impl.DataFileRegistry;
import io.tarn.storage.impl.StoreLayout;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

import static io.tarn.storage.StorageErrorCode.CORRUPT_DATA_FILE;
import static java.util.Objects.requireNonNull;

/**
 * What the writers of data files share: the lake's file system and layout, the registry of live files,
 * transaction locks, the clock, and the listener told about commit steps.
 */
public record StorageContext(
        Configuration configuration,
        FileSystem fileSystem,
        StoreLayout layout,
        DataFileRegistry registry,
        TransactionLocks locks,
        Clock clock,
        TransactionListener listener)
{
    public StorageContext
    {
        requireNonNull(configuration, "configuration is null");
        requireNonNull(fileSystem, "fileSystem is null");
        requireNonNull(layout, "layout is null");
        requireNonNull(registry, "registry is null");
        requireNonNull(locks, "locks is null");
        requireNonNull(clock, "clock is null");
        requireNonNull(listener, "listener is null");
    }

    public StorageContext withListener(TransactionListener value)
    {
        return new StorageContext(configuration, fileSystem, layout, registry, locks, clock, value);
    }

    /**
     * Where a live data file is now: in the data directory, or still in the staging directory of the
     * committed transaction that has not finished moving it.
     */
    public Path locate(DataFile file)
            throws IOException
    {
        Path path = new Path(layout.dataDirectory(file.storeId()) + "/" + file.relativePath());
        if (fileSystem.exists(path)) {
            return path;
        }
        Optional<String> staging = registry.unfinishedStagingDirectory(file.transactionId());
        if (staging.isPresent()) {
            Path staged = new Path(staging.get() + "/" + file.relativePath());
            if (fileSystem.exists(staged)) {
                return staged;
            }
        }
        throw new TarnException(CORRUPT_DATA_FILE, "Data file '" + file.relativePath() + "' of store '" + file.storeId() + "' is missing");
    }
}
