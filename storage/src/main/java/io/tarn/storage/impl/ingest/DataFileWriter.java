package io.tarn.storage.impl.ingest;

import io.tarn.storage.impl.orc.OrcColumnSizes;
import io.tarn.storage.impl.orc.OrcFileSettings;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.orc.OrcFile;
import org.apache.orc.Reader;
import org.apache.orc.TypeDescription;
import org.apache.orc.Writer;
import org.apache.orc.storage.ql.exec.vector.ColumnVector;
import org.apache.orc.storage.ql.exec.vector.TimestampColumnVector;
import org.apache.orc.storage.ql.exec.vector.VectorizedRowBatch;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;

import static java.util.Objects.requireNonNull;

/**
 * Writes one data file of one partition: rows, added in event-time order, copied into ORC batches. On
 * {@link #finish} the file is closed, synced to disk when local, and its stripe footers are read back for
 * the per-column sizes the catalog keeps.
 */
final class DataFileWriter
        implements Closeable
{
    private static final int BATCH_SIZE = 1024;

    private final StorageContext context;
    private final Path path;
    private final String partition;
    private final String relativePath;
    private final Writer writer;
    private final VectorizedRowBatch batch;
    private final int eventTimeColumn;
    private final boolean byReference;
    private long rows;
    private long minEventTime = Long.MAX_VALUE;
    private long maxEventTime = Long.MIN_VALUE;
    private boolean closed;

    /**
     * @param byReference whether strings of added rows may be referenced instead of copied: true when the
     *         source rows stay unchanged until {@link #finish} returns
     */
    DataFileWriter(StorageContext context, Path path, String partition, String relativePath, TypeDescription schema, int eventTimeColumn, boolean byReference)
            throws IOException
    {
        this.context = requireNonNull(context, "context is null");
        this.path = requireNonNull(path, "path is null");
        this.partition = requireNonNull(partition, "partition is null");
        this.relativePath = requireNonNull(relativePath, "relativePath is null");
        this.writer = OrcFile.createWriter(path, OrcFileSettings.writerOptions(context.configuration(), context.fileSystem(), schema));
        this.batch = schema.createRowBatch(BATCH_SIZE);
        ((TimestampColumnVector) batch.cols[eventTimeColumn]).setIsUTC(true);
        this.eventTimeColumn = eventTimeColumn;
        this.byReference = byReference;
    }

    void add(ColumnVector[] columns, int row)
            throws IOException
    {
        int target = batch.size;
        for (int column = 0; column < columns.length; column++) {
            RowCopier.copy(columns[column], row, batch.cols[column], target, byReference);
        }
        long eventTime = ((TimestampColumnVector) batch.cols[eventTimeColumn]).time[target];
        minEventTime = Math.min(minEventTime, eventTime);
        maxEventTime = Math.max(maxEventTime, eventTime);
        batch.size++;
        rows++;
        if (batch.size == batch.getMaxSize()) {
            flushBatch();
        }
    }

    /**
     * Adds rows {@code start} to {@code end} of a sequence in event-time order: row {@code sourceRows[index]}
     * of the columns {@code sources[index]}, copied into ORC batches a column at a time.
     */
    void add(ColumnVector[][] sources, int[] sourceRows, int start, int end)
            throws IOException
    {
        int maxSize = batch.getMaxSize();
        ColumnVector[] columnSources = new ColumnVector[maxSize];
        int[] rowsOfBatch = new int[maxSize];
        int[] targetRows = new int[maxSize];
        TimestampColumnVector eventTimes = (TimestampColumnVector) batch.cols[eventTimeColumn];
        int position = start;
        while (position < end) {
            int target = batch.size;
            int count = Math.min(end - position, maxSize - target);
            for (int index = 0; index < count; index++) {
                rowsOfBatch[index] = sourceRows[position + index];
                targetRows[index] = target + index;
            }
            for (int column = 0; column < batch.cols.length; column++) {
                for (int index = 0; index < count; index++) {
                    columnSources[index] = sources[position + index][column];
                }
                RowCopier.copyRows(columnSources, rowsOfBatch, targetRows, count, batch.cols[column], byReference);
            }
            for (int index = target; index < target + count; index++) {
                long eventTime = eventTimes.time[index];
                minEventTime = Math.min(minEventTime, eventTime);
                maxEventTime = Math.max(maxEventTime, eventTime);
            }
            batch.size += count;
            rows += count;
            position += count;
            if (batch.size == maxSize) {
                flushBatch();
            }
        }
    }

    long rows()
    {
        return rows;
    }

    /**
     * The raw (uncompressed) bytes the ORC writer has seen so far.
     */
    long rawDataSize()
    {
        return writer.getRawDataSize();
    }

    private void flushBatch()
            throws IOException
    {
        if (batch.size > 0) {
            writer.addRowBatch(batch);
            batch.reset();
        }
    }

    WrittenFile finish()
            throws IOException
    {
        if (rows == 0) {
            throw new IllegalStateException("no rows were added to " + path);
        }
        flushBatch();
        closed = true;
        writer.close();
        syncLocalFile();
        FileStatus status = context.fileSystem().getFileStatus(path);
        OrcColumnSizes sizes;
        try (Reader reader = OrcFile.createReader(path, OrcFileSettings.readerOptions(context.configuration(), context.fileSystem()).maxLength(status.getLen()))) {
            sizes = OrcColumnSizes.read(reader, status.getLen());
        }
        return new WrittenFile(partition, relativePath, rows, status.getLen(), minEventTime, maxEventTime, sizes);
    }

    /**
     * Forces a local file's contents to disk before the catalog commit can make it live, so that a power
     * loss after the commit does not leave a live file with lost contents.
     */
    private void syncLocalFile()
            throws IOException
    {
        Path qualified = context.fileSystem().makeQualified(path);
        if ("file".equals(qualified.toUri().getScheme())) {
            try (FileChannel channel = FileChannel.open(java.nio.file.Path.of(qualified.toUri()), StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        }
    }

    @Override
    public void close()
            throws IOException
    {
        if (!closed) {
            closed = true;
            writer.close();
        }
    }
}
