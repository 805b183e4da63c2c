package io.tarn.engine.exec.aggregation;

import io.tarn.engine.function.GroupedAccumulator;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.DoubleVector;

/**
 * {@code skewness} (null below 3 values) and {@code kurtosis} (sample excess kurtosis, null below 4
 * values), from running central moments updated as Trino updates them.
 */
public final class CentralMomentsAccumulator
        implements GroupedAccumulator
{
    private final boolean kurtosis;
    private long[] counts = new long[16];
    private double[] m1 = new double[16];
    private double[] m2 = new double[16];
    private double[] m3 = new double[16];
    private double[] m4 = new double[16];

    public CentralMomentsAccumulator(boolean kurtosis)
    {
        this.kurtosis = kurtosis;
    }

    @Override
    public void add(int[] groupIds, int groupCount, ColumnVector[] arguments, ColumnBatch batch)
    {
        ensure(groupCount);
        ColumnVector input = arguments[0];
        for (int row = 0; row < batch.size(); row++) {
            int position = batch.position(row);
            if (input.isNull(position)) {
                continue;
            }
            int group = groupIds[row];
            double value = GroupedArrays.doubleValue(input, position);
            long previousCount = counts[group];
            long count = previousCount + 1;
            double delta = value - m1[group];
            double deltaN = delta / count;
            double deltaN2 = deltaN * deltaN;
            double term = delta * deltaN * previousCount;
            counts[group] = count;
            m1[group] += deltaN;
            // Summed left to right as Trino sums them, so that results agree to the last bit.
            m4[group] = m4[group] + term * deltaN2 * (count * (double) count - 3 * count + 3) + 6 * deltaN2 * m2[group] - 4 * deltaN * m3[group];
            m3[group] = m3[group] + term * deltaN * (count - 2) - 3 * deltaN * m2[group];
            m2[group] += term;
        }
    }

    private void ensure(int groupCount)
    {
        counts = GroupedArrays.ensure(counts, groupCount);
        m1 = GroupedArrays.ensure(m1, groupCount);
        m2 = GroupedArrays.ensure(m2, groupCount);
        m3 = GroupedArrays.ensure(m3, groupCount);
        m4 = GroupedArrays.ensure(m4, groupCount);
    }

    @Override
    public void merge(GroupedAccumulator other, int[] groupMapping, int groupCount)
    {
        ensure(groupCount);
        CentralMomentsAccumulator that = (CentralMomentsAccumulator) other;
        for (int group = 0; group < groupMapping.length && group < that.counts.length; group++) {
            long nb = that.counts[group];
            if (nb == 0) {
                continue;
            }
            int target = groupMapping[group];
            long na = counts[target];
            double n = na + nb;
            double delta = that.m1[group] - m1[target];
            double delta2 = delta * delta;
            double delta3 = delta * delta2;
            double delta4 = delta2 * delta2;
            double newM4 = m4[target] + that.m4[group]
                    + delta4 * na * nb * (na * (double) na - na * (double) nb + nb * (double) nb) / (n * n * n)
                    + 6 * delta2 * (na * (double) na * that.m2[group] + nb * (double) nb * m2[target]) / (n * n)
                    + 4 * delta * (na * that.m3[group] - nb * m3[target]) / n;
            double newM3 = m3[target] + that.m3[group]
                    + delta3 * na * nb * (na - nb) / (n * n)
                    + 3 * delta * (na * that.m2[group] - nb * m2[target]) / n;
            m2[target] += that.m2[group] + delta2 * na * nb / n;
            m3[target] = newM3;
            m4[target] = newM4;
            m1[target] = (na * m1[target] + nb * that.m1[group]) / n;
            counts[target] = na + nb;
        }
    }

    @Override
    public void output(int group, ColumnVector target, int position)
    {
        long count = group < counts.length ? counts[group] : 0;
        if (count < (kurtosis ? 4 : 3)) {
            target.setNull(position);
            return;
        }
        double n = count;
        double result;
        if (kurtosis) {
            result = ((n - 1) * n * (n + 1)) / ((n - 2) * (n - 3)) * m4[group] / (m2[group] * m2[group]) - 3 * ((n - 1) * (n - 1)) / ((n - 2) * (n - 3));
        }
        else {
            result = Math.sqrt(n) * m3[group] / Math.pow(m2[group], 1.5);
        }
        ((DoubleVector) target).set(position, result);
    }
}
