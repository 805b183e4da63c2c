package io.tarn.engine.exec.aggregation;

import io.tarn.engine.function.GroupedAccumulator;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.LongVector;

/**
 * {@code count(*)} (no argument) and {@code count(x)} (rows where x is not null).
 */
public final class CountAccumulator
        implements GroupedAccumulator
{
    private long[] counts = new long[16];

    @Override
    public void add(int[] groupIds, int groupCount, ColumnVector[] arguments, ColumnBatch batch)
    {
        counts = GroupedArrays.ensure(counts, groupCount);
        int size = batch.size();
        if (arguments.length == 0 || arguments[0].noNulls) {
            for (int row = 0; row < size; row++) {
                counts[groupIds[row]]++;
            }
            return;
        }
        ColumnVector argument = arguments[0];
        for (int row = 0; row < size; row++) {
            if (!argument.isNull(batch.position(row))) {
                counts[groupIds[row]]++;
            }
        }
    }

    @Override
    public void merge(GroupedAccumulator other, int[] groupMapping, int groupCount)
    {
        counts = GroupedArrays.ensure(counts, groupCount);
        long[] otherCounts = ((CountAccumulator) other).counts;
        for (int group = 0; group < groupMapping.length; group++) {
            counts[groupMapping[group]] += group < otherCounts.length ? otherCounts[group] : 0;
        }
    }

    @Override
    public void output(int group, ColumnVector target, int position)
    {
        ((LongVector) target).set(position, group < counts.length ? counts[group] : 0);
    }
}
