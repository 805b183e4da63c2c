package io.tarn.storage.impl.scan;

import io.tarn.storage.ScanStatistics;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSInputStream;
import org.apache.hadoop.fs.FileRange;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import static java.util.Objects.requireNonNull;

/**
 * A data-file stream that adds every byte it returns to {@link ScanStatistics#addBytesRead}: sequential
 * reads, positional reads and vectored reads alike. Seeks and skips read nothing and count nothing.
 *
 * <p>Vectored reads are served range by range with positional reads rather than handed to the wrapped
 * stream: ORC asks for exactly the ranges it needs, and reading those (not the merged, gap-filling ranges
 * a file system may choose) keeps the count a property of the query rather than of the file system.
 */
final class CountingInputStream
        extends FSInputStream
{
    private final FSDataInputStream delegate;
    private final ScanStatistics statistics;

    CountingInputStream(FSDataInputStream delegate, ScanStatistics statistics)
    {
        this.delegate = requireNonNull(delegate, "delegate is null");
        this.statistics = requireNonNull(statistics, "statistics is null");
    }

    @Override
    public int read()
            throws IOException
    {
        int value = delegate.read();
        if (value >= 0) {
            statistics.addBytesRead(1);
        }
        return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length)
            throws IOException
    {
        return counted(delegate.read(buffer, offset, length));
    }

    @Override
    public int read(long position, byte[] buffer, int offset, int length)
            throws IOException
    {
        return counted(delegate.read(position, buffer, offset, length));
    }

    @Override
    public void readFully(long position, byte[] buffer, int offset, int length)
            throws IOException
    {
        delegate.readFully(position, buffer, offset, length);
        statistics.addBytesRead(length);
    }

    @Override
    public void readFully(long position, byte[] buffer)
            throws IOException
    {
        readFully(position, buffer, 0, buffer.length);
    }

    @Override
    public void readVectored(List<? extends FileRange> ranges, IntFunction<ByteBuffer> allocate)
            throws IOException
    {
        for (FileRange range : ranges) {
            ByteBuffer buffer = allocate.apply(range.getLength());
            if (buffer.hasArray()) {
                readFully(range.getOffset(), buffer.array(), buffer.arrayOffset() + buffer.position(), range.getLength());
            }
            else {
                byte[] bytes = new byte[range.getLength()];
                readFully(range.getOffset(), bytes, 0, bytes.length);
                buffer.put(bytes);
                buffer.flip();
            }
            range.setData(CompletableFuture.completedFuture(buffer));
        }
    }

    @Override
    public void readVectored(List<? extends FileRange> ranges, IntFunction<ByteBuffer> allocate, Consumer<ByteBuffer> release)
            throws IOException
    {
        readVectored(ranges, allocate);
    }

    @Override
    public void seek(long position)
            throws IOException
    {
        delegate.seek(position);
    }

    @Override
    public long getPos()
            throws IOException
    {
        return delegate.getPos();
    }

    @Override
    public boolean seekToNewSource(long targetPosition)
            throws IOException
    {
        return delegate.seekToNewSource(targetPosition);
    }

    @Override
    public long skip(long count)
            throws IOException
    {
        return delegate.skip(count);
    }

    @Override
    public int available()
            throws IOException
    {
        return delegate.available();
    }

    @Override
    public void close()
            throws IOException
    {
        delegate.close();
    }

    private int counted(int bytesRead)
    {
        if (bytesRead > 0) {
            statistics.addBytesRead(bytesRead);
        }
        return bytesRead;
    }
}
