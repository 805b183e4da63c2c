package io.tarn.engine.exec.aggregation;

import io.tarn.engine.function.GroupedAccumulator;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.DoubleVector;

import static java.util.Objects.requireNonNull;

/**
 * Two-variable statistics of {@code (y, x)} pairs with both values present: {@code covar_pop},
 * {@code covar_samp}, {@code corr}, {@code regr_slope}, {@code regr_intercept}, from running means and
 * co-moments (Welford's updates, as Trino's). Correlation and regression are null where they are not finite
 * (too few pairs, a variable without variance); sample covariance needs two pairs.
 */
public final class CovarianceAccumulator
        implements GroupedAccumulator
{
    /**
     * Which statistic the accumulator gives.
     */
    public enum Kind
    {
        COVARIANCE_POPULATION, COVARIANCE_SAMPLE, CORRELATION, REGRESSION_SLOPE, REGRESSION_INTERCEPT
    }

    private final Kind kind;
    private final boolean real;
    private long[] counts = new long[16];
    private double[] meanX = new double[16];
    private double[] meanY = new double[16];
    private double[] coMoment = new double[16];
    private double[] squaresX = new double[16];
    private double[] squaresY = new double[16];

    public CovarianceAccumulator(Kind kind, boolean real)
    {
        this.kind = requireNonNull(kind, "kind is null");
        this.real = real;
    }

    @Override
    public void add(int[] groupIds, int groupCount, ColumnVector[] arguments, ColumnBatch batch)
    {
        ensure(groupCount);
        ColumnVector dependent = arguments[0];
        ColumnVector independent = arguments[1];
        for (int row = 0; row < batch.size(); row++) {
            int position = batch.position(row);
            if (dependent.isNull(position) || independent.isNull(position)) {
                continue;
            }
            int group = groupIds[row];
            double y = GroupedArrays.doubleValue(dependent, position);
            double x = GroupedArrays.doubleValue(independent, position);
            long count = ++counts[group];
            double deltaX = x - meanX[group];
            double deltaY = y - meanY[group];
            meanX[group] += deltaX / count;
            meanY[group] += deltaY / count;
            coMoment[group] += deltaX * (y - meanY[group]);
            squaresX[group] += deltaX * (x - meanX[group]);
            squaresY[group] += deltaY * (y - meanY[group]);
        }
    }

    private void ensure(int groupCount)
    {
        counts = GroupedArrays.ensure(counts, groupCount);
        meanX = GroupedArrays.ensure(meanX, groupCount);
        meanY = GroupedArrays.ensure(meanY, groupCount);
        coMoment = GroupedArrays.ensure(coMoment, groupCount);
        squaresX = GroupedArrays.ensure(squaresX, groupCount);
        squaresY = GroupedArrays.ensure(squaresY, groupCount);
    }

    @Override
    public void merge(GroupedAccumulator other, int[] groupMapping, int groupCount)
    {
        ensure(groupCount);
        CovarianceAccumulator that = (CovarianceAccumulator) other;
        for (int group = 0; group < groupMapping.length && group < that.counts.length; group++) {
            long nb = that.counts[group];
            if (nb == 0) {
                continue;
            }
            int target = groupMapping[group];
            long na = counts[target];
            double n = na + nb;
            double deltaX = that.meanX[group] - meanX[target];
            double deltaY = that.meanY[group] - meanY[target];
            coMoment[target] += that.coMoment[group] + deltaX * deltaY * na * nb / n;
            squaresX[target] += that.squaresX[group] + deltaX * deltaX * na * nb / n;
            squaresY[target] += that.squaresY[group] + deltaY * deltaY * na * nb / n;
            meanX[target] += deltaX * nb / n;
            meanY[target] += deltaY * nb / n;
            counts[target] = na + nb;
        }
    }

    @Override
    public void output(int group, ColumnVector target, int position)
    {
        long count = group < counts.length ? counts[group] : 0;
        if (count == 0 || (kind == Kind.COVARIANCE_SAMPLE && count < 2)) {
            target.setNull(position);
            return;
        }
        double result = switch (kind) {
            case COVARIANCE_POPULATION -> coMoment[group] / count;
            case COVARIANCE_SAMPLE -> coMoment[group] / (count - 1);
            case CORRELATION -> coMoment[group] / Math.sqrt(squaresX[group]) / Math.sqrt(squaresY[group]);
            case REGRESSION_SLOPE -> coMoment[group] / squaresX[group];
            case REGRESSION_INTERCEPT -> meanY[group] - coMoment[group] / squaresX[group] * meanX[group];
        };
        if (!Double.isFinite(result) && kind != Kind.COVARIANCE_POPULATION && kind != Kind.COVARIANCE_SAMPLE) {
            target.setNull(position);
            return;
        }
        ((DoubleVector) target).set(position, real ? (float) result : result);
    }
}
