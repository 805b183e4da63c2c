package io.tarn.engine.exec.aggregation;

import io.tarn.engine.function.GroupedAccumulator;
import io.tarn.storage.vector.BooleanVector;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.LongVector;

/**
 * {@code count_if(condition)}: rows whose condition is true; 0 for a group without any.
 */
public final class CountIfAccumulator
        implements GroupedAccumulator
{
    private long[] counts = new long[16];

    @Override
    public void add(int[] groupIds, int groupCount, ColumnVector[] arguments, ColumnBatch batch)
    {
        counts = GroupedArrays.ensure(counts, groupCount);
        BooleanVector condition = (BooleanVector) arguments[0];
        boolean[] values = condition.values;
        int size = batch.size();
        int[] selected = batch.selected();
        if (condition.noNulls) {
            for (int row = 0; row < size; row++) {
                if (values[selected == null ? row : selected[row]]) {
                    counts[groupIds[row]]++;
                }
            }
            return;
        }
        for (int row = 0; row < size; row++) {
            int position = selected == null ? row : selected[row];
            if (values[position] && !condition.isNull[position]) {
                counts[groupIds[row]]++;
            }
        }
    }

    @Override
    public void merge(GroupedAccumulator other, int[] groupMapping, int groupCount)
    {
        counts = GroupedArrays.ensure(counts, groupCount);
        long[] otherCounts = ((CountIfAccumulator) other).counts;
        for (int group = 0; group < groupMapping.length && group < otherCounts.length; group++) {
            counts[groupMapping[group]] += otherCounts[group];
        }
    }

    @Override
    public void output(int group, ColumnVector target, int position)
    {
        ((LongVector) target).set(position, group < counts.length ? counts[group] : 0);
    }
}
