package io.tarn.engine.exec.aggregation;

import io.tarn.engine.function.GroupedAccumulator;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.LongVector;

import java.util.function.LongBinaryOperator;

import static java.util.Objects.requireNonNull;

/**
 * {@code bitwise_and_agg}, {@code bitwise_or_agg}, {@code bitwise_xor_agg} of bigints; null for a group
 * without a non-null value.
 */
public final class BitwiseAccumulator
        implements GroupedAccumulator
{
    private final LongBinaryOperator operator;
    private long[] values = new long[16];
    private boolean[] seen = new boolean[16];

    public BitwiseAccumulator(LongBinaryOperator operator)
    {
        this.operator = requireNonNull(operator, "operator is null");
    }

    @Override
    public void add(int[] groupIds, int groupCount, ColumnVector[] arguments, ColumnBatch batch)
    {
        values = GroupedArrays.ensure(values, groupCount);
        seen = GroupedArrays.ensure(seen, groupCount);
        LongVector input = (LongVector) arguments[0];
        for (int row = 0; row < batch.size(); row++) {
            int position = batch.position(row);
            if (!input.isNull(position)) {
                update(groupIds[row], input.values[position]);
            }
        }
    }

    private void update(int group, long value)
    {
        values[group] = seen[group] ? operator.applyAsLong(values[group], value) : value;
        seen[group] = true;
    }

    @Override
    public void merge(GroupedAccumulator other, int[] groupMapping, int groupCount)
    {
        values = GroupedArrays.ensure(values, groupCount);
        seen = GroupedArrays.ensure(seen, groupCount);
        BitwiseAccumulator that = (BitwiseAccumulator) other;
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
