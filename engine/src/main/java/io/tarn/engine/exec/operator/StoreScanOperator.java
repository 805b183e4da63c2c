package io.tarn.engine.exec.operator;

import io.tarn.engine.exec.ExecutionContext;
import io.tarn.error.TarnException;
import io.tarn.storage.BatchReader;
import io.tarn.storage.ScanPlan;
import io.tarn.storage.ScanSplit;
import io.tarn.storage.ScanStatistics;
import io.tarn.storage.StoreScanner;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import static io.tarn.storage.StorageErrorCode.STORAGE_IO_ERROR;
import static java.util.Objects.requireNonNull;

/**
 * Reads an event data store through the storage scan: the splits of a scan plan one after another (or the
 * share of them a parallel worker takes), checking for cancellation between batches.
 */
public final class StoreScanOperator
        implements Operator
{
    private final StoreScanner scanner;
    private final ScanPlan plan;
    private final SplitQueue splits;
    private final int outputColumns;
    private final ScanStatistics statistics;
    private final LongAdder unfilteredEvents;
    private final ExecutionContext context;
    private BatchReader reader;

    /**
     * A queue of splits shared by the workers of one scan.
     */
    public static final class SplitQueue
    {
        private final List<ScanSplit> splits;
        private int next;

        public SplitQueue(List<ScanSplit> splits)
        {
            this.splits = List.copyOf(splits);
        }

        synchronized ScanSplit poll()
        {
            return next < splits.size() ? splits.get(next++) : null;
        }
    }

    /**
     * @param outputColumns how many of the requested columns to return (a count(*) requests eventtime but
     *         returns no column)
     * @param unfilteredEvents counts returned rows when nothing filters above the scan, or null
     */
    public StoreScanOperator(StoreScanner scanner, ScanPlan plan, SplitQueue splits, int outputColumns, ScanStatistics statistics, LongAdder unfilteredEvents, ExecutionContext context)
    {
        this.scanner = requireNonNull(scanner, "scanner is null");
        this.plan = requireNonNull(plan, "plan is null");
        this.splits = requireNonNull(splits, "splits is null");
        this.outputColumns = outputColumns;
        this.statistics = requireNonNull(statistics, "statistics is null");
        this.unfilteredEvents = unfilteredEvents;
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public ColumnBatch next()
    {
        try {
            while (true) {
                context.checkCancelled();
                if (reader == null) {
                    ScanSplit split = splits.poll();
                    if (split == null) {
                        return null;
                    }
                    reader = scanner.open(plan, split, statistics);
                }
                ColumnBatch batch = reader.nextBatch();
                if (batch == null) {
                    reader.close();
                    reader = null;
                    continue;
                }
                if (unfilteredEvents != null) {
                    unfilteredEvents.add(batch.size());
                }
                if (outputColumns == batch.columnCount()) {
                    return batch;
                }
                ColumnVector[] columns = new ColumnVector[outputColumns];
                System.arraycopy(batch.columns(), 0, columns, 0, outputColumns);
                return new ColumnBatch(columns, batch.size(), batch.selected());
            }
        }
        catch (IOException e) {
            throw new TarnException(STORAGE_IO_ERROR, "Error reading store '" + plan.store().name() + "': " + e.getMessage(), e);
        }
        catch (UncheckedIOException e) {
            throw new TarnException(STORAGE_IO_ERROR, "Error reading store '" + plan.store().name() + "': " + e.getMessage(), e);
        }
    }

    @Override
    public void close()
    {
        if (reader != null) {
            try {
                reader.close();
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            reader = null;
        }
    }
}
