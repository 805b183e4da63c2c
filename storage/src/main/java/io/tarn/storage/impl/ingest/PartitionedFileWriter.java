package io.tarn.storage.impl.ingest;

import io.tarn.storage.impl.StoreLayout;
import org.apache.orc.TypeDescription;
import org.apache.orc.storage.ql.exec.vector.ColumnVector;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static java.util.Objects.requireNonNull;

/**
 * Writes a generation of parsed batches as data files in a transaction's staging directory: all rows
 * sorted by event time (ties keep their input order), one file per day partition, named
 * {@code part-<transaction>-<n>.orc}.
 */
final class PartitionedFileWriter
{
    private static final long DAY_MILLIS = 86_400_000L;
    // rows of a batch are addressed with this many bits of a row reference
    private static final int ROW_BITS = 16;

    private final StorageContext context;
    private final FileTransaction transaction;
    private final TypeDescription schema;
    private final int eventTimeColumn;
    private final AtomicInteger fileNumbers;

    PartitionedFileWriter(StorageContext context, FileTransaction transaction, TypeDescription schema, int eventTimeColumn, AtomicInteger fileNumbers)
    {
        this.context = requireNonNull(context, "context is null");
        this.transaction = requireNonNull(transaction, "transaction is null");
        this.schema = requireNonNull(schema, "schema is null");
        this.eventTimeColumn = eventTimeColumn;
        this.fileNumbers = requireNonNull(fileNumbers, "fileNumbers is null");
    }

    List<WrittenFile> write(List<EventBatch> batches)
            throws IOException
    {
        int rows = 0;
        for (EventBatch batch : batches) {
            if (batch.batch().getMaxSize() > 1 << ROW_BITS) {
                throw new IllegalArgumentException("batches are too large");
            }
            rows += batch.size();
        }
        long[] times = new long[rows];
        int[] references = new int[rows];
        int position = 0;
        for (int batchIndex = 0; batchIndex < batches.size(); batchIndex++) {
            EventBatch batch = batches.get(batchIndex);
            for (int row = 0; row < batch.size(); row++) {
                times[position] = batch.eventTime(row);
                references[position] = (batchIndex << ROW_BITS) | row;
                position++;
            }
        }
        int[] order = sortByTime(times);
        // the rows in event-time order: the columns of each row's batch, and its row there
        ColumnVector[][] sources = new ColumnVector[rows][];
        int[] sourceRows = new int[rows];
        for (int sorted = 0; sorted < rows; sorted++) {
            int reference = references[order[sorted]];
            sources[sorted] = batches.get(reference >>> ROW_BITS).batch().cols;
            sourceRows[sorted] = reference & ((1 << ROW_BITS) - 1);
        }

        List<WrittenFile> files = new ArrayList<>();
        int start = 0;
        while (start < rows) {
            // one file for the rows of the first remaining row's day
            long time = times[order[start]];
            long day = Math.floorDiv(time, DAY_MILLIS);
            int end = start + 1;
            while (end < rows && Math.floorDiv(times[order[end]], DAY_MILLIS) == day) {
                end++;
            }
            try (DataFileWriter writer = newWriter(StoreLayout.partitionOf(time))) {
                writer.add(sources, sourceRows, start, end);
                files.add(finish(writer));
            }
            start = end;
        }
        return files;
    }

    private DataFileWriter newWriter(String partition)
            throws IOException
    {
        String relativePath = partition + "/part-" + transaction.transactionId() + "-" + fileNumbers.getAndIncrement() + ".orc";
        return new DataFileWriter(context, transaction.stagingPath(relativePath), partition, relativePath, schema, eventTimeColumn, true);
    }

    private WrittenFile finish(DataFileWriter writer)
            throws IOException
    {
        WrittenFile file = writer.finish();
        context.listener().fileStaged(transaction.transactionId(), transaction.stagingPath(file.relativePath()).toString());
        return file;
    }

    /**
     * The positions of {@code times} in ascending order, equal times in position order.
     */
    static int[] sortByTime(long[] times)
    {
        int count = times.length;
        int[] order = new int[count];
        if (count == 0) {
            return order;
        }
        long minimum = Long.MAX_VALUE;
        long maximum = Long.MIN_VALUE;
        for (long time : times) {
            minimum = Math.min(minimum, time);
            maximum = Math.max(maximum, time);
        }
        if (maximum - minimum >= 0 && maximum - minimum < (1L << 32)) {
            // pack (time offset, position) into one long and sort primitives
            long[] keys = new long[count];
            for (int index = 0; index < count; index++) {
                keys[index] = ((times[index] - minimum) << 31) | index;
            }
            Arrays.sort(keys);
            for (int index = 0; index < count; index++) {
                order[index] = (int) (keys[index] & 0x7FFF_FFFFL);
            }
            return order;
        }
        Integer[] boxed = new Integer[count];
        for (int index = 0; index < count; index++) {
            boxed[index] = index;
        }
        Arrays.sort(boxed, (left, right) -> {
            int comparison = Long.compare(times[left], times[right]);
            return comparison != 0 ? comparison : Integer.compare(left, right);
        });
        for (int index = 0; index < count; index++) {
            order[index] = boxed[index];
        }
        return order;
    }
}
