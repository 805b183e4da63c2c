package io.tarn.storage.vector;

import java.util.Arrays;

import static java.util.Objects.requireNonNull;

/**
 * Arrays: the elements of position {@code p} are {@code elements} at
 * {@code offsets[p] .. offsets[p] + lengths[p] - 1}.
 */
public final class ArrayVector
        extends ColumnVector
{
    public int[] offsets;
    public int[] lengths;
    public ColumnVector elements;
    /** Number of element positions in use, where the next appended array starts. */
    public int elementCount;

    public ArrayVector(int capacity, ColumnVector elements)
    {
        super(capacity);
        int size = Math.max(capacity, 1);
        this.offsets = new int[size];
        this.lengths = new int[size];
        this.elements = requireNonNull(elements, "elements is null");
    }

    /**
     * Reserves {@code size} element positions for the array at {@code position} and returns the first.
     */
    public int startArray(int position, int size)
    {
        int first = elementCount;
        elements.ensureCapacity(first + size);
        offsets[position] = first;
        lengths[position] = size;
        isNull[position] = false;
        elementCount += size;
        return first;
    }

    @Override
    public void copyFrom(ColumnVector source, int sourcePosition, int targetPosition)
    {
        if (source.isNull(sourcePosition)) {
            setNull(targetPosition);
            offsets[targetPosition] = elementCount;
            lengths[targetPosition] = 0;
            return;
        }
        ArrayVector array = (ArrayVector) source;
        int size = array.lengths[sourcePosition];
        int sourceOffset = array.offsets[sourcePosition];
        int first = startArray(targetPosition, size);
        for (int index = 0; index < size; index++) {
            elements.copyFrom(array.elements, sourceOffset + index, first + index);
        }
    }

    @Override
    public void reset()
    {
        super.reset();
        elementCount = 0;
        elements.reset();
    }

    @Override
    protected void growValues(int newCapacity)
    {
        offsets = Arrays.copyOf(offsets, newCapacity);
        lengths = Arrays.copyOf(lengths, newCapacity);
    }

    @Override
    public ArrayVector newEmpty(int capacity)
    {
        return new ArrayVector(capacity, elements.newEmpty(capacity));
    }
}
