package io.tarn.engine.exec.aggregation;

import io.tarn.engine.function.GroupedAccumulator;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.LongVector;

/**
 * {@code min} and {@code max} of long-backed values (integers, dates, timestamps).
 */
public final class LongMinMaxAccumulator
        implements GroupedAccumulator
{
    private final boolean maximum;
    private long[] values = new long[16];
    private boolean[] seen = new boolean[16];

    public LongMinMaxAccumulator(boolean maximum)
    {
        this.maximum = maximum;
    }

    @Override
    public void add(int[] groupIds, int groupCount, ColumnVector[] arguments, ColumnBatch batch)
    {
        values = GroupedArrays.ensure(values, groupCount);
        seen = GroupedArrays.ensure(seen, groupCount);
        LongVector input = (LongVector) arguments[0];
        for (int row = 0; row < batch.size(); row++) {
            int position = batch.position(row);
            if (input.isNull(position)) {
                continue;
            }
            update(groupIds[row], input.values[position]);
        }
    }

    private void update(int group, long value)
    {
        if (!seen[group] || (maximum ? value > values[group] : value < values[group])) {
            values[group] = value;
            seen[group] = true;
        }
    }

    @Override
    public void merge(GroupedAccumulator other, int[] groupMapping, int groupCount)
    {
        values = GroupedArrays.ensure(values, groupCount);
        seen = GroupedArrays.ensure(seen, groupCount);
        LongMinMaxAccumulator that = (LongMinMaxAccumulator) other;
        for (int group = 0; group < groupMapping.length && group < that.seen.length; group++) {
            if (that.seen[group]) {
                update(groupMapping[group], that.values[group]);
            }
        }
    }

    @Override
    public void output(int group, ColumnVector target, int position)
    {
        if (group >= seen.length || !seen[group]) {
            target.setNull(position);
            return;
        }
        ((LongVector) target).set(position, values[group]);
    }
}
