package io.tarn.storage.vector;

import java.util.Arrays;

/**
 * Boolean values.
 */
public final class BooleanVector
        extends ColumnVector
{
    public boolean[] values;

    public BooleanVector(int capacity)
    {
        super(capacity);
        this.values = new boolean[Math.max(capacity, 1)];
    }

    public void set(int position, boolean value)
    {
        values[position] = value;
        isNull[position] = false;
    }

    @Override
    public void copyFrom(ColumnVector source, int sourcePosition, int targetPosition)
    {
        if (source.isNull(sourcePosition)) {
            setNull(targetPosition);
            return;
        }
        set(targetPosition, ((BooleanVector) source).values[sourcePosition]);
    }

    @Override
    protected void growValues(int newCapacity)
    {
        values = Arrays.copyOf(values, newCapacity);
    }

    @Override
    public BooleanVector newEmpty(int capacity)
    {
        return new BooleanVector(capacity);
    }
}
