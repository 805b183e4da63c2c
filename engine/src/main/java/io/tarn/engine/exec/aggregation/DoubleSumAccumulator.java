package io.tarn.engine.exec.aggregation;

import io.tarn.engine.function.GroupedAccumulator;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.DoubleVector;
import io.tarn.storage.vector.LongVector;

/**
 * {@code sum} and {@code avg} of doubles (or of integers, for {@code avg}); null for an empty group.
 */
public final class DoubleSumAccumulator
        implements GroupedAccumulator
{
    private final boolean average;
    private final boolean zeroWhenEmpty;
    private double[] sums = new double[16];
    private long[] counts = new long[16];

    public DoubleSumAccumulator(boolean average, boolean zeroWhenEmpty)
    {
        this.average = average;
        this.zeroWhenEmpty = zeroWhenEmpty;
    }

    @Override
    public void add(int[] groupIds, int groupCount, ColumnVector[] arguments, ColumnBatch batch)
    {
        sums = GroupedArrays.ensure(sums, groupCount);
        counts = GroupedArrays.ensure(counts, groupCount);
        ColumnVector argument = arguments[0];
        for (int row = 0; row < batch.size(); row++) {
            int position = batch.position(row);
            if (argument.isNull(position)) {
                continue;
            }
            double value = argument instanceof LongVector longs ? longs.values[position] : ((DoubleVector) argument).values[position];
            int group = groupIds[row];
            sums[group] += value;
            counts[group]++;
        }
    }

    @Override
    public void merge(GroupedAccumulator other, int[] groupMapping, int groupCount)
    {
        sums = GroupedArrays.ensure(sums, groupCount);
        counts = GroupedArrays.ensure(counts, groupCount);
        DoubleSumAccumulator that = (DoubleSumAccumulator) other;
        for (int group = 0; group < groupMapping.length && group < that.sums.length; group++) {
            sums[groupMapping[group]] += that.sums[group];
            counts[groupMapping[group]] += that.counts[group];
        }
    }

    @Override
    public void output(int group, ColumnVector target, int position)
    {
        if (group >= counts.length || counts[group] == 0) {
            if (zeroWhenEmpty) {
                ((DoubleVector) target).set(position, 0);
                return;
            }
            target.setNull(position);
            return;
        }
        ((DoubleVector) target).set(position, average ? sums[group] / counts[group] : sums[group]);
    }
}
