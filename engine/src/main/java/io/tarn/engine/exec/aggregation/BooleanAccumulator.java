package io.tarn.engine.exec.aggregation;

import io.tarn.engine.function.GroupedAccumulator;
import io.tarn.storage.vector.BooleanVector;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;

/**
 * {@code bool_and} (and {@code every}) and {@code bool_or}: nulls are ignored; a group without a non-null
 * value gives null.
 */
public final class BooleanAccumulator
        implements GroupedAccumulator
{
    private static final byte EMPTY = 0;
    private static final byte TRUE = 1;
    private static final byte FALSE = 2;

    private final boolean and;
    private byte[] states = new byte[16];

    public BooleanAccumulator(boolean and)
    {
        this.and = and;
    }

    @Override
    public void add(int[] groupIds, int groupCount, ColumnVector[] arguments, ColumnBatch batch)
    {
        states = GroupedArrays.ensure(states, groupCount);
        BooleanVector values = (BooleanVector) arguments[0];
        for (int row = 0; row < batch.size(); row++) {
            int position = batch.position(row);
            if (!values.isNull(position)) {
                update(groupIds[row], values.values[position] ? TRUE : FALSE);
            }
        }
    }

    private void update(int group, byte value)
    {
        byte state = states[group];
        if (state == EMPTY) {
            states[group] = value;
        }
        else if (state != value) {
            states[group] = and ? FALSE : TRUE;
        }
    }

    @Override
    public void merge(GroupedAccumulator other, int[] groupMapping, int groupCount)
    {
        states = GroupedArrays.ensure(states, groupCount);
        byte[] otherStates = ((BooleanAccumulator) other).states;
        for (int group = 0; group < groupMapping.length && group < otherStates.length; group++) {
            if (otherStates[group] != EMPTY) {
                update(groupMapping[group], otherStates[group]);
            }
        }
    }

    @Override
    public void output(int group, ColumnVector target, int position)
    {
        byte state = group < states.length ? states[group] : EMPTY;
        if (state == EMPTY) {
            target.setNull(position);
            return;
        }
        ((BooleanVector) target).set(position, state == TRUE);
    }
}
