package io.tarn.storage.impl;

import io.tarn.storage.FileStore;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import static java.util.Objects.requireNonNull;

/**
 * {@link FileStore} on Hadoop file systems. A location without a scheme is a local path (as for
 * {@link LakeLocation}); local paths use Hadoop's raw local file system, which writes no {@code .crc} side
 * files. Locations on the lake's own file system use the lake's instance; other URIs use Hadoop's shared
 * instances for their scheme.
 *
 * <p>{@link #create} replaces an existing file and creates missing parent directories; {@link #list} returns
 * files only, not directories; {@link #delete} of a missing location does nothing.
 */
public final class HadoopFileStore
        implements FileStore
{
    private final FileSystem lakeFileSystem;
    private final Configuration configuration;
    private volatile FileSystem localFileSystem;

    public HadoopFileStore(FileSystem lakeFileSystem, Configuration configuration)
    {
        this.lakeFileSystem = requireNonNull(lakeFileSystem, "lakeFileSystem is null");
        this.configuration = requireNonNull(configuration, "configuration is null");
        if (lakeFileSystem instanceof RawLocalFileSystem) {
            this.localFileSystem = lakeFileSystem;
        }
    }

    /**
     * A file store for local paths and any Hadoop URI, without a lake (to check delivered results away from
     * the lake, say).
     */
    public static HadoopFileStore local()
    {
        Configuration configuration = new Configuration();
        try {
            return new HadoopFileStore(newLocalFileSystem(configuration), configuration);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The raw local file system Tarn uses for {@code file:} locations.
     */
    public static FileSystem newLocalFileSystem(Configuration configuration)
            throws IOException
    {
        RawLocalFileSystem fileSystem = new RawLocalFileSystem();
        fileSystem.initialize(URI.create("file:///"), configuration);
        return fileSystem;
    }

    @Override
    public OutputStream create(String location)
            throws IOException
    {
        Path path = LakeLocation.toHadoopPath(location);
        return fileSystem(path).create(path, true);
    }

    @Override
    public InputStream open(String location)
            throws IOException
    {
        Path path = LakeLocation.toHadoopPath(location);
        return fileSystem(path).open(path);
    }

    @Override
    public boolean exists(String location)
            throws IOException
    {
        Path path = LakeLocation.toHadoopPath(location);
        return fileSystem(path).exists(path);
    }

    @Override
    public List<String> list(String directory)
            throws IOException
    {
        Path path = LakeLocation.toHadoopPath(directory);
        FileStatus[] statuses;
        try {
            statuses = fileSystem(path).listStatus(path);
        }
        catch (FileNotFoundException e) {
            return List.of();
        }
        return Arrays.stream(statuses)
                .filter(FileStatus::isFile)
                .map(status -> status.getPath().toString())
                .sorted()
                .toList();
    }

    @Override
    public void delete(String location, boolean recursive)
            throws IOException
    {
        Path path = LakeLocation.toHadoopPath(location);
        fileSystem(path).delete(path, recursive);
    }

    @Override
    public String resolve(String directory, String relativePath)
    {
        Path relative = new Path(relativePath);
        if (relative.isAbsolute() || relative.toUri().getScheme() != null) {
            throw new IllegalArgumentException("not a relative path: " + relativePath);
        }
        return new Path(LakeLocation.toHadoopPath(directory), relative).toString();
    }

    private FileSystem fileSystem(Path path)
            throws IOException
    {
        URI uri = path.toUri();
        if (LakeLocation.isLocal(path)) {
            return localFileSystem();
        }
        URI lakeUri = lakeFileSystem.getUri();
        if (uri.getScheme().equalsIgnoreCase(lakeUri.getScheme()) && Objects.equals(uri.getAuthority(), lakeUri.getAuthority())) {
            return lakeFileSystem;
        }
        return path.getFileSystem(configuration);
    }

    private FileSystem localFileSystem()
            throws IOException
    {
        // Created on first use when the lake is not local; the raw local file system holds nothing to close.
        FileSystem fileSystem = localFileSystem;
        if (fileSystem == null) {
            synchronized (this) {
                if (localFileSystem == null) {
                    localFileSystem = newLocalFileSystem(configuration);
                }
                fileSystem = localFileSystem;
            }
        }
        return fileSystem;
    }
}
