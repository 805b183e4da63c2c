package io.tarn.storage.impl.scan;

import io.tarn.storage.BatchReader;
import io.tarn.storage.ScanStatistics;
import io.tarn.storage.schema.EventSchema;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.orc.ColumnStatistics;
import org.apache.orc.DataReader;
import org.apache.orc.OrcConf;
import org.apache.orc.OrcFile;
import org.apache.orc.Reader;
import org.apache.orc.StripeInformation;
import org.apache.orc.StripeStatistics;
import org.apache.orc.TimestampColumnStatistics;
import org.apache.orc.impl.ColumnStatisticsImpl;
import org.apache.orc.impl.DataReaderProperties;
import org.apache.orc.impl.InStream;
import org.apache.orc.impl.OrcCodecPool;
import org.apache.orc.impl.ReaderImpl;
import org.apache.orc.impl.RecordReaderUtils;
import org.apache.orc.impl.RecordReaderImpl;
import org.apache.orc.storage.ql.exec.vector.TimestampColumnVector;
import org.apache.orc.storage.ql.exec.vector.VectorizedRowBatch;
import org.apache.orc.storage.ql.io.sarg.SearchArgument;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Reads one ORC data file into batches of the requested columns, returning only rows whose event time is
 * wanted.
 *
 * <p>Pruning, and what is counted into {@link ScanStatistics}:
 * <ul>
 * <li>The file tail (postscript, footer, stripe statistics) is read when the reader opens: ORC reads the
 *     last 16 KiB, or the whole file when smaller, plus whatever more the tail needs.</li>
 * <li>Stripes are chosen from the stripe statistics of {@code eventtime} in the tail. A stripe whose event
 *     times miss every range is skipped without reading a byte of it ({@code stripesSkipped}, and all its
 *     row groups count as {@code rowGroupsSkipped}); the others are {@code stripesRead} (their footers are
 *     read). Consecutive chosen stripes are read by one ORC record reader.</li>
 * <li>In a stripe whose event times lie entirely inside one range, every row group is read and no row is
 *     filtered. In the others, an ORC search argument on {@code eventtime} picks row groups from the row
 *     index (whose {@code eventtime} stream is read); each row group (10,000 rows in Tarn's files) of a
 *     read stripe is counted as {@code rowGroupsRead} or {@code rowGroupsSkipped}, so read plus skipped is
 *     the number of row groups in the file.</li>
 * <li>{@code eventsRead} counts the rows ORC decodes, that is, all rows of the row groups read, before
 *     rows outside the ranges are dropped.</li>
 * </ul>
 *
 * <p>Batches share ORC's arrays and are valid until the next call to {@link #nextBatch()}.
 */
final class OrcBatchReader
        implements BatchReader
{
    private final String file;
    private final CountingFileSystem countingFileSystem;
    private final ScanStatistics statistics;
    private final EventTimeFilter filter;
    private final ReaderImpl reader;
    private final OrcColumnBinding binding;
    private final List<StripeRun> runs;
    private final List<StripeInformation> stripes;
    private final long rowIndexStride;
    private final VectorizedRowBatch orcBatch;
    private final ColumnVector[] columns;
    private final int[] selected;

    private int nextRun;
    private StripeRun currentRun;
    private RecordReaderImpl rows;
    // the stripe whose row groups ORC picks next, while a run is read
    private int nextPickedStripe;
    private boolean closed;

    /**
     * Opens the file and reads its tail. Throws {@link java.io.FileNotFoundException} if it does not exist.
     *
     * @param length the file's length as the catalog records it, so the file system need not be asked
     */
    OrcBatchReader(FileSystem fileSystem, String file, long length, ScanProjection projection, EventTimeFilter filter, int batchSize, ScanStatistics statistics)
            throws IOException
    {
        this.file = requireNonNull(file, "file is null");
        this.filter = requireNonNull(filter, "filter is null");
        this.statistics = requireNonNull(statistics, "statistics is null");
        this.countingFileSystem = new CountingFileSystem(fileSystem, statistics);
        OrcFile.ReaderOptions options = OrcFile.readerOptions(fileSystem.getConf())
                .filesystem(countingFileSystem)
                .maxLength(length)
                .useUTCTimestamp(true);
        this.reader = new ReaderImpl(new Path(file), options);
        try {
            this.binding = new OrcColumnBinding(projection, reader.getSchema(), batchSize, file);
            this.stripes = reader.getStripes();
            this.rowIndexStride = reader.getRowIndexStride();
            this.runs = planRuns(reader.getStripeStatistics());
        }
        catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
        this.orcBatch = binding.createBatch();
        this.columns = new ColumnVector[projection.columns().size()];
        this.selected = new int[batchSize];
    }

    @Override
    public ColumnBatch nextBatch()
    {
        try {
            return readBatch();
        }
        catch (IOException | RuntimeException e) {
            throw DataFileErrors.translate(file, e);
        }
    }

    private ColumnBatch readBatch()
            throws IOException
    {
        while (!closed) {
            if (rows == null && !startNextRun()) {
                return null;
            }
            if (!rows.nextBatch(orcBatch)) {
                rows.close();
                rows = null;
                continue;
            }
            int size = orcBatch.size;
            statistics.addEventsRead(size);
            if (!currentRun.filtered()) {
                binding.convert(orcBatch, size, columns);
                return new ColumnBatch(columns, size);
            }
            int live = filter.select((TimestampColumnVector) orcBatch.cols[binding.eventTimeColumn()], size, selected);
            if (live == 0) {
                continue;
            }
            if (selected[live - 1] == live - 1) {
                // a prefix of the batch, as at the end of a sorted range: no selection vector needed
                binding.convert(orcBatch, live, columns);
                return new ColumnBatch(columns, live);
            }
            binding.convert(orcBatch, size, columns);
            return new ColumnBatch(columns, live, selected);
        }
        return null;
    }

    @Override
    public void close()
            throws IOException
    {
        if (closed) {
            return;
        }
        closed = true;
        try (ReaderImpl ignored = reader) {
            if (rows != null) {
                rows.close();
                rows = null;
            }
        }
    }

    private boolean startNextRun()
            throws IOException
    {
        if (nextRun >= runs.size()) {
            return false;
        }
        currentRun = runs.get(nextRun++);
        StripeInformation first = stripes.get(currentRun.firstStripe());
        StripeInformation last = stripes.get(currentRun.lastStripe());
        Reader.Options options = reader.options()
                .include(binding.include(currentRun.filtered()))
                .range(first.getOffset(), last.getOffset() + last.getLength() - first.getOffset())
                .useSelected(false)
                .allowSARGToFilter(false)
                .rowBatchSize(orcBatch.getMaxSize())
                .dataReader(dataReader());
        if (currentRun.filtered()) {
            Optional<SearchArgument> searchArgument = filter.searchArgument();
            searchArgument.ifPresent(argument -> options.searchArgument(argument, new String[] {EventSchema.EVENT_TIME}));
        }
        nextPickedStripe = currentRun.firstStripe();
        DataReader dataReader = options.getDataReader();
        try {
            rows = new CountingRecordReader(reader, options);
        }
        catch (IOException | RuntimeException e) {
            dataReader.close();
            throw e;
        }
        return true;
    }

    private DataReader dataReader()
    {
        DataReaderProperties.Builder properties = DataReaderProperties.builder()
                .withFileSystemSupplier(() -> countingFileSystem)
                .withPath(new Path(file))
                .withCompression(InStream.options()
                        .withCodec(OrcCodecPool.getCodec(reader.getCompressionKind()))
                        .withBufferSize(reader.getCompressionSize()))
                .withZeroCopy(false)
                .withMaxDiskRangeChunkLimit(OrcConf.ORC_MAX_DISK_RANGE_CHUNK_LIMIT.getInt(countingFileSystem.getConf()));
        // the first run reads through the stream the tail was read with; later ones open their own
        FSDataInputStream opened = reader.takeFile();
        if (opened != null) {
            properties.withFile(opened);
        }
        return new StripeFooterReusingDataReader(RecordReaderUtils.createDefaultDataReader(properties.build()));
    }

    /**
     * Groups the stripes to read into runs of consecutive stripes that are all filtered or all not, and
     * counts the stripes skipped.
     */
    private List<StripeRun> planRuns(List<StripeStatistics> stripeStatistics)
    {
        int eventTimeId = binding.eventTimeColumnId();
        List<StripeRun> result = new ArrayList<>();
        StripeRun open = null;
        for (int stripe = 0; stripe < stripes.size(); stripe++) {
            Coverage coverage = stripeStatistics.size() == stripes.size()
                    ? coverage(eventTimeStatistics(stripeStatistics.get(stripe), eventTimeId))
                    : Coverage.PARTIAL;
            if (coverage == Coverage.NONE) {
                statistics.addStripesSkipped(1);
                statistics.addRowGroupsSkipped(rowGroups(stripes.get(stripe)));
                if (open != null) {
                    result.add(open);
                    open = null;
                }
                continue;
            }
            boolean filtered = coverage == Coverage.PARTIAL;
            if (open != null && open.filtered() == filtered) {
                open = new StripeRun(open.firstStripe(), stripe, filtered);
                continue;
            }
            if (open != null) {
                result.add(open);
            }
            open = new StripeRun(stripe, stripe, filtered);
        }
        if (open != null) {
            result.add(open);
        }
        return result;
    }

    /**
     * Only the {@code eventtime} statistics of a stripe: deserializing every column's would cost more than
     * the rest of opening a file with many stripes.
     */
    private ColumnStatistics eventTimeStatistics(StripeStatistics stripe, int eventTimeId)
    {
        return ColumnStatisticsImpl.deserialize(
                reader.getSchema().findSubtype(eventTimeId),
                stripe.getColumn(eventTimeId),
                reader.writerUsedProlepticGregorian(),
                reader.getConvertToProlepticGregorian());
    }

    private Coverage coverage(ColumnStatistics eventTimes)
    {
        if (!(eventTimes instanceof TimestampColumnStatistics timestamps)) {
            return Coverage.PARTIAL;
        }
        if (timestamps.getNumberOfValues() == 0) {
            // no row of the stripe has an event time, so none can be returned
            return Coverage.NONE;
        }
        long min = timestamps.getMinimumUTC().getTime();
        long max = timestamps.getMaximumUTC().getTime();
        if (!filter.overlaps(min, max)) {
            return Coverage.NONE;
        }
        if (!timestamps.hasNull() && filter.covers(min, max)) {
            return Coverage.FULL;
        }
        return Coverage.PARTIAL;
    }

    private long rowGroups(StripeInformation stripe)
    {
        if (rowIndexStride <= 0) {
            return 1;
        }
        return (stripe.getNumberOfRows() + rowIndexStride - 1) / rowIndexStride;
    }

    private void countPickedRowGroups(boolean[] picked)
    {
        long total = rowGroups(stripes.get(nextPickedStripe++));
        statistics.addStripesRead(1);
        if (picked == null) {
            statistics.addRowGroupsRead(total);
            return;
        }
        long read = 0;
        for (boolean rowGroup : picked) {
            if (rowGroup) {
                read++;
            }
        }
        statistics.addRowGroupsRead(read);
        statistics.addRowGroupsSkipped(total - read);
    }

    private enum Coverage
    {
        NONE,
        PARTIAL,
        FULL,
    }

    /**
     * Stripes {@code firstStripe..lastStripe} of the file, read by one ORC record reader.
     *
     * @param filtered whether rows must be filtered by event time (and row groups pruned)
     */
    private record StripeRun(int firstStripe, int lastStripe, boolean filtered) {}

    /**
     * ORC's record reader, which reports the row groups it picks in each stripe. ORC picks them once per
     * stripe, in order, the first time from its constructor; an inner class is used because its reference to
     * the enclosing reader is set before the superclass constructor runs, while its own fields are not.
     */
    private final class CountingRecordReader
            extends RecordReaderImpl
    {
        CountingRecordReader(ReaderImpl reader, Reader.Options options)
                throws IOException
        {
            super(reader, options);
        }

        @Override
        protected boolean[] pickRowGroups()
                throws IOException
        {
            boolean[] picked = super.pickRowGroups();
            countPickedRowGroups(picked);
            return picked;
        }
    }
}
