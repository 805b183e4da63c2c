package io.tarn.storage.vector;

import java.util.Arrays;

/**
 * A column of values for the positions {@code 0..size-1} of a batch. Nulls are marked in {@link #isNull},
 * which is only meaningful when {@link #noNulls} is false.
 */
public abstract sealed class ColumnVector
        permits LongVector, DoubleVector, BooleanVector, BytesVector, StructVector, ArrayVector, MapVector
{
    public boolean[] isNull;
    public boolean noNulls = true;

    protected ColumnVector(int capacity)
    {
        this.isNull = new boolean[Math.max(capacity, 1)];
    }

    public final boolean isNull(int position)
    {
        return !noNulls && isNull[position];
    }

    public final void setNull(int position)
    {
        noNulls = false;
        isNull[position] = true;
    }

    /**
     * Marks a position as holding a value; the value itself is set by the subclass's setter.
     */
    public final void setNotNull(int position)
    {
        isNull[position] = false;
    }

    public final int capacity()
    {
        return isNull.length;
    }

    /**
     * Grows the vector to hold at least {@code capacity} positions, keeping existing values.
     */
    public final void ensureCapacity(int capacity)
    {
        if (capacity <= isNull.length) {
            return;
        }
        int newCapacity = Math.max(capacity, isNull.length * 2);
        isNull = Arrays.copyOf(isNull, newCapacity);
        growValues(newCapacity);
    }

    /**
     * Forgets all values so the vector can be refilled from position 0.
     */
    public void reset()
    {
        if (!noNulls) {
            Arrays.fill(isNull, false);
        }
        noNulls = true;
    }

    /**
     * Copies the value (or null) at {@code sourcePosition} of {@code source}, which must be of the same
     * class and shape, to {@code targetPosition} of this vector. Nested vectors append to their children.
     */
    public abstract void copyFrom(ColumnVector source, int sourcePosition, int targetPosition);

    protected abstract void growValues(int newCapacity);

    /**
     * A new empty vector of the same class and shape (children included) with the given capacity.
     */
    public abstract ColumnVector newEmpty(int capacity);
}
