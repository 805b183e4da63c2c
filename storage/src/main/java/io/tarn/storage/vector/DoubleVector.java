package io.tarn.storage.vector;

import java.util.Arrays;

/**
 * 64-bit floating point values.
 */
public final class DoubleVector
        extends ColumnVector
{
    public double[] values;

    public DoubleVector(int capacity)
    {
        super(capacity);
        this.values = new double[Math.max(capacity, 1)];
    }

    public void set(int position, double value)
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
        set(targetPosition, ((DoubleVector) source).values[sourcePosition]);
    }

    @Override
    protected void growValues(int newCapacity)
    {
        values = Arrays.copyOf(values, newCapacity);
    }

    @Override
    public DoubleVector newEmpty(int capacity)
    {
        return new DoubleVector(capacity);
    }
}
