package io.tarn.storage.impl.scan;

import io.tarn.error.TarnException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

import java.io.IOException;
import java.net.URI;

import static io.tarn.storage.StorageErrorCode.STORAGE_IO_ERROR;

/**
 * Creates the Hadoop file system a lake's data lives on.
 *
 * <p>Local locations use {@link RawLocalFileSystem} directly: Hadoop's default local file system is a
 * checksumming one that writes a {@code .crc} file beside every file and reads it back on every read,
 * which would both litter the lake and count bytes the bill must not include. Every instance is new and
 * belongs to its caller, who closes it with the lake: Hadoop's shared {@code FileSystem.get} cache would
 * keep file systems (and their threads) alive after the lake that asked for them is closed.
 */
public final class HadoopFileSystems
{
    private HadoopFileSystems() {}

    /**
     * A new file system for the location (a local path or a Hadoop URI); the caller closes it.
     */
    public static FileSystem create(String location)
    {
        URI uri = new Path(location).toUri();
        try {
            if (uri.getScheme() == null || uri.getScheme().equals("file")) {
                // Defaults suffice for the local file system; loading Hadoop's XML resources costs startup time.
                RawLocalFileSystem fileSystem = new RawLocalFileSystem();
                fileSystem.initialize(URI.create("file:///"), new Configuration(false));
                return fileSystem;
            }
            return FileSystem.newInstance(uri, new Configuration());
        }
        catch (IOException e) {
            throw new TarnException(STORAGE_IO_ERROR, "Cannot open the file system of '" + location + "': " + e.getMessage(), e);
        }
    }
}
