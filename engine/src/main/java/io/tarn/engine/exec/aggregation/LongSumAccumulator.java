package io.tarn.engine.exec.aggregation;

import io.tarn.engine.function.GroupedAccumulator;
import io.tarn.error.TarnException;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.LongVector;

import static io.tarn.engine.StandardErrorCode.NUMERIC_VALUE_OUT_OF_RANGE;

/**
 * {@code sum} of integers as a bigint, null for a group with no non-null value, failing on overflow as
 * Trino does. With {@code zeroWhenEmpty} it is Calcite's {@code $SUM0}.
 */
public final class LongSumAccumulator
        implements GroupedAccumulator
{
    private final boolean zeroWhenEmpty;
    private long[] sums = new long[16];
    private boolean[] seen = new boolean[16];

    public LongSumAccumulator(boolean zeroWhenEmpty)
    {
        this.zeroWhenEmpty = zeroWhenEmpty;
    }

    @Override
    public void add(int[] groupIds, int groupCount, ColumnVector[] arguments, ColumnBatch batch)
    {
        sums = GroupedArrays.ensure(sums, groupCount);
        seen = GroupedArrays.ensure(seen, groupCount);
        LongVector values = (LongVector) arguments[0];
        for (int row = 0; row < batch.size(); row++) {
            int position = batch.position(row);
            if (values.isNull(position)) {
                continue;
            }
            int group = groupIds[row];
            sums[group] = add(sums[group], values.values[position]);
            seen[group] = true;
        }
    }

    private static long add(long left, long right)
    {
        try {
            return Math.addExact(left, right);
        }
        catch (ArithmeticException e) {
            throw new TarnException(NUMERIC_VALUE_OUT_OF_RANGE, "bigint addition overflow: " + left + " + " + right);
        }
    }

    @Override
    public void merge(GroupedAccumulator other, int[] groupMapping, int groupCount)
    {
        sums = GroupedArrays.ensure(sums, groupCount);
        seen = GroupedArrays.ensure(seen, groupCount);
        LongSumAccumulator that = (LongSumAccumulator) other;
        for (int group = 0; group < groupMapping.length && group < that.sums.length; group++) {
            if (that.seen[group]) {
                int target = groupMapping[group];
                sums[target] = add(sums[target], that.sums[group]);
                seen[target] = true;
            }
        }
    }

    @Override
    public void output(int group, ColumnVector target, int position)
    {
        if (group >= seen.length || !seen[group]) {
            if (zeroWhenEmpty) {
                ((LongVector) target).set(position, 0);
                return;
            }
            target.setNull(position);
            return;
        }
        ((LongVector) target).set(position, sums[group]);
    }
}
