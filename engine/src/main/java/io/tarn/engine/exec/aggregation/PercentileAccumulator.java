package io.tarn.engine.exec.aggregation;

import io.tarn.engine.function.GroupedAccumulator;
import io.tarn.error.TarnException;
import io.tarn.storage.vector.ArrayVector;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.DoubleVector;
import io.tarn.storage.vector.LongVector;

import java.util.Arrays;

import static io.tarn.engine.StandardErrorCode.INVALID_FUNCTION_ARGUMENT;

/**
 * {@code approx_percentile}, computed exactly: every value of a group is kept (in primitive arrays) and
 * the result is the first value, in ascending order, whose cumulative weight exceeds the percentage of the
 * total weight (the last value for 1). On the inputs Trino keeps exactly in its digests (small groups) this
 * is Trino's answer; on large ones it is the exact percentile where Trino's is approximate, at the cost of
 * memory proportional to the group.
 * <p>
 * Arguments: the value, optionally a weight (at least 1), then a percentage or an array of percentages. The
 * last percentages seen are used, as they must be constant.
 */
public final class PercentileAccumulator
        implements GroupedAccumulator
{
    private final boolean floating;
    private final boolean real;
    private final boolean weighted;
    private final boolean array;
    private long[][] longValues = new long[16][];
    private double[][] doubleValues = new double[16][];
    private double[][] weights = new double[16][];
    private int[] counts = new int[16];
    private double[] percentages;

    /**
     * @param floating whether values are doubles or reals (else long-backed)
     */
    public PercentileAccumulator(boolean floating, boolean real, boolean weighted, boolean array)
    {
        this.floating = floating;
        this.real = real;
        this.weighted = weighted;
        this.array = array;
    }

    @Override
    public void add(int[] groupIds, int groupCount, ColumnVector[] arguments, ColumnBatch batch)
    {
        ensure(groupCount);
        ColumnVector values = arguments[0];
        ColumnVector weightVector = weighted ? arguments[1] : null;
        ColumnVector percentageVector = arguments[weighted ? 2 : 1];
        for (int row = 0; row < batch.size(); row++) {
            int position = batch.position(row);
            if (values.isNull(position) || (weighted && weightVector.isNull(position))) {
                continue;
            }
            if (percentageVector.isNull(position)) {
                throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Percentile cannot be null");
            }
            readPercentages(percentageVector, position);
            double weight = 1;
            if (weighted) {
                weight = GroupedArrays.doubleValue(weightVector, position);
                if (!(weight >= 1)) {
                    throw new TarnException(INVALID_FUNCTION_ARGUMENT, "weight must be >= 1, was " + weight);
                }
            }
            append(groupIds[row], values, position, weight);
        }
    }

    private void readPercentages(ColumnVector vector, int position)
    {
        if (!array) {
            double percentage = ((DoubleVector) vector).values[position];
            if (percentages == null || percentages[0] != percentage) {
                percentages = new double[] {checkPercentage(percentage)};
            }
            return;
        }
        ArrayVector arrays = (ArrayVector) vector;
        DoubleVector elements = (DoubleVector) arrays.elements;
        double[] read = new double[arrays.lengths[position]];
        for (int index = 0; index < read.length; index++) {
            int element = arrays.offsets[position] + index;
            if (elements.isNull(element)) {
                throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Percentile cannot be null");
            }
            read[index] = checkPercentage(elements.values[element]);
        }
        percentages = read;
    }

    private static double checkPercentage(double percentage)
    {
        if (!(percentage >= 0 && percentage <= 1)) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Percentile must be between 0 and 1");
        }
        return percentage;
    }

    private void append(int group, ColumnVector values, int position, double weight)
    {
        int count = counts[group];
        if (floating) {
            double[] kept = doubleValues[group];
            if (kept == null || kept.length == count) {
                kept = kept == null ? new double[4] : Arrays.copyOf(kept, count * 2);
                doubleValues[group] = kept;
            }
            kept[count] = ((DoubleVector) values).values[position];
        }
        else {
            long[] kept = longValues[group];
            if (kept == null || kept.length == count) {
                kept = kept == null ? new long[4] : Arrays.copyOf(kept, count * 2);
                longValues[group] = kept;
            }
            kept[count] = ((LongVector) values).values[position];
        }
        if (weighted) {
            double[] keptWeights = weights[group];
            if (keptWeights == null || keptWeights.length <= count) {
                keptWeights = keptWeights == null ? new double[4] : Arrays.copyOf(keptWeights, Math.max(4, count * 2));
                weights[group] = keptWeights;
            }
            keptWeights[count] = weight;
        }
        counts[group] = count + 1;
    }

    private void ensure(int groupCount)
    {
        longValues = (long[][]) GroupedArrays.ensure(longValues, groupCount);
        doubleValues = (double[][]) GroupedArrays.ensure(doubleValues, groupCount);
        weights = (double[][]) GroupedArrays.ensure(weights, groupCount);
        counts = GroupedArrays.ensure(counts, groupCount);
    }

    @Override
    public void merge(GroupedAccumulator other, int[] groupMapping, int groupCount)
    {
        ensure(groupCount);
        PercentileAccumulator that = (PercentileAccumulator) other;
        if (that.percentages != null) {
            percentages = that.percentages;
        }
        for (int group = 0; group < groupMapping.length && group < that.counts.length; group++) {
            int target = groupMapping[group];
            for (int index = 0; index < that.counts[group]; index++) {
                double weight = weighted ? that.weights[group][index] : 1;
                if (floating) {
                    DoubleVector single = new DoubleVector(1);
                    single.values[0] = that.doubleValues[group][index];
                    append(target, single, 0, weight);
                }
                else {
                    LongVector single = new LongVector(1);
                    single.values[0] = that.longValues[group][index];
                    append(target, single, 0, weight);
                }
            }
        }
    }

    @Override
    public void output(int group, ColumnVector target, int position)
    {
        int count = group < counts.length ? counts[group] : 0;
        if (count == 0) {
            target.setNull(position);
            if (target instanceof ArrayVector arrays) {
                arrays.offsets[position] = arrays.elementCount;
                arrays.lengths[position] = 0;
            }
            return;
        }
        int[] order = sortedOrder(group, count);
        double[] cumulative = new double[count];
        double total = 0;
        for (int index = 0; index < count; index++) {
            total += weighted ? weights[group][order[index]] : 1;
            cumulative[index] = total;
        }
        if (!array) {
            write(target, position, group, order[select(cumulative, total, percentages[0])]);
            return;
        }
        ArrayVector arrays = (ArrayVector) target;
        int element = arrays.startArray(position, percentages.length);
        for (double percentage : percentages) {
            write(arrays.elements, element++, group, order[select(cumulative, total, percentage)]);
        }
    }

    private static int select(double[] cumulative, double total, double percentage)
    {
        double threshold = percentage * total;
        for (int index = 0; index < cumulative.length; index++) {
            if (cumulative[index] > threshold) {
                return index;
            }
        }
        return cumulative.length - 1;
    }

    private int[] sortedOrder(int group, int count)
    {
        if (!weighted) {
            if (floating) {
                Arrays.sort(doubleValues[group], 0, count);
            }
            else {
                Arrays.sort(longValues[group], 0, count);
            }
            int[] order = new int[count];
            for (int index = 0; index < count; index++) {
                order[index] = index;
            }
            return order;
        }
        Integer[] boxed = new Integer[count];
        for (int index = 0; index < count; index++) {
            boxed[index] = index;
        }
        if (floating) {
            double[] values = doubleValues[group];
            Arrays.sort(boxed, (left, right) -> Double.compare(values[left], values[right]));
        }
        else {
            long[] values = longValues[group];
            Arrays.sort(boxed, (left, right) -> Long.compare(values[left], values[right]));
        }
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    private void write(ColumnVector target, int position, int group, int index)
    {
        if (floating) {
            double value = doubleValues[group][index];
            ((DoubleVector) target).set(position, real ? (float) value : value);
            return;
        }
        ((LongVector) target).set(position, longValues[group][index]);
    }
}
