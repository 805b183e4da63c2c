package io.tarn.engine.exec.aggregation;

import io.tarn.engine.function.GroupedAccumulator;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.DoubleVector;

import static java.util.Objects.requireNonNull;

/**
 * {@code variance}, {@code var_samp}, {@code var_pop}, {@code stddev}, {@code stddev_samp} and
 * {@code stddev_pop}, with Welford's running mean and sum of squared deviations, as Trino computes them (so
 * results agree to the last bit). Sample statistics of fewer than two values are null.
 */
public final class VarianceAccumulator
        implements GroupedAccumulator
{
    /**
     * Which statistic the accumulator gives.
     */
    public enum Kind
    {
        VARIANCE_SAMPLE, VARIANCE_POPULATION, STANDARD_DEVIATION_SAMPLE, STANDARD_DEVIATION_POPULATION
    }

    private final Kind kind;
    private long[] counts = new long[16];
    private double[] means = new double[16];
    private double[] squares = new double[16];

    public VarianceAccumulator(Kind kind)
    {
        this.kind = requireNonNull(kind, "kind is null");
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
            counts[group]++;
            double delta = value - means[group];
            means[group] += delta / counts[group];
            squares[group] += delta * (value - means[group]);
        }
    }

    private void ensure(int groupCount)
    {
        counts = GroupedArrays.ensure(counts, groupCount);
        means = GroupedArrays.ensure(means, groupCount);
        squares = GroupedArrays.ensure(squares, groupCount);
    }

    @Override
    public void merge(GroupedAccumulator other, int[] groupMapping, int groupCount)
    {
        ensure(groupCount);
        VarianceAccumulator that = (VarianceAccumulator) other;
        for (int group = 0; group < groupMapping.length && group < that.counts.length; group++) {
            long count = that.counts[group];
            if (count == 0) {
                continue;
            }
            int target = groupMapping[group];
            long total = count + counts[target];
            double delta = that.means[group] - means[target];
            squares[target] += that.squares[group] + delta * delta * count * counts[target] / (double) total;
            means[target] = (count * that.means[group] + counts[target] * means[target]) / (double) total;
            counts[target] = total;
        }
    }

    @Override
    public void output(int group, ColumnVector target, int position)
    {
        long count = group < counts.length ? counts[group] : 0;
        boolean sample = kind == Kind.VARIANCE_SAMPLE || kind == Kind.STANDARD_DEVIATION_SAMPLE;
        if (count == 0 || (sample && count < 2)) {
            target.setNull(position);
            return;
        }
        double variance = squares[group] / (sample ? count - 1 : count);
        boolean deviation = kind == Kind.STANDARD_DEVIATION_SAMPLE || kind == Kind.STANDARD_DEVIATION_POPULATION;
        ((DoubleVector) target).set(position, deviation ? Math.sqrt(variance) : variance);
    }
}
