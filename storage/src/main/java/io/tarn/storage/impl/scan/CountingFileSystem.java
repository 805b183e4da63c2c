package io.tarn.storage.impl.scan;

import io.tarn.storage.ScanStatistics;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FilterFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.PathHandle;

import java.io.IOException;

import static java.util.Objects.requireNonNull;

/**
 * A view of the lake's file system whose input streams count the bytes read into one scan's statistics.
 * One is made per data file read, which is cheap: it holds no resources of its own, and closing it leaves
 * the lake's file system open.
 */
final class CountingFileSystem
        extends FilterFileSystem
{
    private final ScanStatistics statistics;

    CountingFileSystem(FileSystem fileSystem, ScanStatistics statistics)
    {
        super(requireNonNull(fileSystem, "fileSystem is null"));
        this.statistics = requireNonNull(statistics, "statistics is null");
        setConf(fileSystem.getConf());
    }

    @Override
    public FSDataInputStream open(Path path, int bufferSize)
            throws IOException
    {
        return new FSDataInputStream(new CountingInputStream(super.open(path, bufferSize), statistics));
    }

    @Override
    public FSDataInputStream open(PathHandle handle, int bufferSize)
            throws IOException
    {
        return new FSDataInputStream(new CountingInputStream(super.open(handle, bufferSize), statistics));
    }

    @Override
    public void close()
    {
        // the wrapped file system belongs to the lake
    }
}
