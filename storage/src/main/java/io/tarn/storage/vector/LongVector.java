package io.tarn.storage.vector;

import java.util.Arrays;

/**
 * 64-bit integers; also timestamps (epoch milliseconds, UTC), dates (epoch days) and smaller integers.
 */
public final class LongVector
        extends ColumnVector
{
    public long[] values;

    public LongVector(int capacity)
    {
        super(capacity);
        this.values = new long[Math.max(capacity, 1)];
    }

    public LongVector(long[] values, boolean[] isNull, boolean noNulls)
    {
        super(0);
        this.values = values;
        this.isNull = isNull;
        this.noNulls = noNulls;
    }

    public void set(int position, long value)
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
        set(targetPosition, ((LongVector) source).values[sourcePosition]);
    }

    @Override
    protected void growValues(int newCapacity)
    {
        values = Arrays.copyOf(values, newCapacity);
    }

    @Override
    public LongVector newEmpty(int capacity)
    {
        return new LongVector(capacity);
    }
}
