package io.tarn.storage.impl.ingest;

import org.apache.orc.TypeDescription;
import org.apache.orc.storage.ql.exec.vector.BytesColumnVector;
import org.apache.orc.storage.ql.exec.vector.ColumnVector;
import org.apache.orc.storage.ql.exec.vector.ListColumnVector;
import org.apache.orc.storage.ql.exec.vector.MapColumnVector;
import org.apache.orc.storage.ql.exec.vector.MultiValuedColumnVector;
import org.apache.orc.storage.ql.exec.vector.StructColumnVector;
import org.apache.orc.storage.ql.exec.vector.TimestampColumnVector;
import org.apache.orc.storage.ql.exec.vector.VectorizedRowBatch;

import java.util.ArrayList;
import java.util.List;

/**
 * A batch of parsed events in ORC column vectors, filled one row at a time by a parser thread and kept
 * until its rows have been written to a data file. A row that turns out not to be stored is taken back
 * with {@link #rollback}.
 */
final class EventBatch
{
    private final VectorizedRowBatch batch;
    private final StructColumnVector root;
    private final MultiValuedColumnVector[] multiValued;
    private final int[] savedChildCounts;
    private final TimestampColumnVector eventTimes;
    private long estimatedBytes;

    EventBatch(TypeDescription schema, int capacity, int eventTimeColumn)
    {
        this.batch = schema.createRowBatch(capacity);
        this.root = new StructColumnVector(capacity, batch.cols);
        List<MultiValuedColumnVector> found = new ArrayList<>();
        for (ColumnVector column : batch.cols) {
            prepare(column, found);
        }
        this.multiValued = found.toArray(MultiValuedColumnVector[]::new);
        this.savedChildCounts = new int[multiValued.length];
        this.eventTimes = (TimestampColumnVector) batch.cols[eventTimeColumn];
    }

    private static void prepare(ColumnVector vector, List<MultiValuedColumnVector> multiValued)
    {
        if (vector instanceof BytesColumnVector bytes) {
            bytes.initBuffer();
        }
        else if (vector instanceof TimestampColumnVector timestamps) {
            timestamps.setIsUTC(true);
        }
        else if (vector instanceof StructColumnVector struct) {
            for (ColumnVector field : struct.fields) {
                prepare(field, multiValued);
            }
        }
        else if (vector instanceof MapColumnVector map) {
            multiValued.add(map);
            prepare(map.keys, multiValued);
            prepare(map.values, multiValued);
        }
        else if (vector instanceof ListColumnVector list) {
            multiValued.add(list);
            prepare(list.child, multiValued);
        }
    }

    VectorizedRowBatch batch()
    {
        return batch;
    }

    /**
     * The top-level columns as one struct, for the root struct parser.
     */
    StructColumnVector root()
    {
        return root;
    }

    int size()
    {
        return batch.size;
    }

    boolean isFull()
    {
        return batch.size == batch.getMaxSize();
    }

    long eventTime(int row)
    {
        return eventTimes.time[row];
    }

    long estimatedBytes()
    {
        return estimatedBytes;
    }

    /**
     * Remembers where nested values end before a row is parsed.
     */
    void mark()
    {
        for (int index = 0; index < multiValued.length; index++) {
            savedChildCounts[index] = multiValued[index].childCount;
        }
    }

    /**
     * Forgets the nested values of a row that is not kept; its top-level position is reused.
     */
    void rollback()
    {
        for (int index = 0; index < multiValued.length; index++) {
            multiValued[index].childCount = savedChildCounts[index];
        }
    }

    /**
     * Keeps the row just parsed at position {@link #size}.
     */
    void commitRow(long rowBytes)
    {
        batch.size++;
        estimatedBytes += rowBytes;
    }
}
