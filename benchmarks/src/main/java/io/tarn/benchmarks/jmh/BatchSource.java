package io.tarn.benchmarks.jmh;

import com.google.common.collect.ImmutableList;
import io.tarn.engine.exec.operator.Operator;
import io.tarn.storage.vector.ColumnBatch;

import java.util.List;

/**
 * An operator that returns batches held in memory, so a benchmark measures the operators above it only.
 */
public final class BatchSource
        implements Operator
{
    private final List<ColumnBatch> batches;
    private int next;

    public BatchSource(List<ColumnBatch> batches)
    {
        this.batches = ImmutableList.copyOf(batches);
    }

    @Override
    public ColumnBatch next()
    {
        return next < batches.size() ? batches.get(next++) : null;
    }
}
