package io.tarn.engine.exec.aggregation;

import io.tarn.engine.function.GroupedAccumulator;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.DoubleVector;

/**
 * {@code geometric_mean}: the exponential of the mean of the logarithms (NaN once a value is negative).
 */
public final class GeometricMeanAccumulator
        implements GroupedAccumulator
{
    private final boolean real;
    private long[] counts = new long[16];
    private double[] logarithms = new double[16];

    public GeometricMeanAccumulator(boolean real)
    {
        this.real = real;
    }

    @Override
    public void add(int[] groupIds, int groupCount, ColumnVector[] arguments, ColumnBatch batch)
    {
        counts = GroupedArrays.ensure(counts, groupCount);
        logarithms = GroupedArrays.ensure(logarithms, groupCount);
        ColumnVector input = arguments[0];
        for (int row = 0; row < batch.size(); row++) {
            int position = batch.position(row);
            if (input.isNull(position)) {
                continue;
            }
            int group = groupIds[row];
            counts[group]++;
            logarithms[group] += Math.log(GroupedArrays.doubleValue(input, position));
        }
    }

    @Override
    public void merge(GroupedAccumulator other, int[] groupMapping, int groupCount)
    {
        counts = GroupedArrays.ensure(counts, groupCount);
        logarithms = GroupedArrays.ensure(logarithms, groupCount);
        GeometricMeanAccumulator that = (GeometricMeanAccumulator) other;
        for (int group = 0; group < groupMapping.length && group < that.counts.length; group++) {
            counts[groupMapping[group]] += that.counts[group];
            logarithms[groupMapping[group]] += that.logarithms[group];
        }
    }

    @Override
    public void output(int group, ColumnVector target, int position)
    {
        if (group >= counts.length || counts[group] == 0) {
            target.setNull(position);
            return;
        }
        double mean = Math.exp(logarithms[group] / counts[group]);
        ((DoubleVector) target).set(position, real ? (float) mean : mean);
    }
}
