package io.tarn.storage.vector;

import java.util.Arrays;

import static java.util.Objects.requireNonNull;

/**
 * Maps: the entries of position {@code p} are {@code keys} and {@code values} at
 * {@code offsets[p] .. offsets[p] + lengths[p] - 1}, in insertion order.
 */
public final class MapVector
        extends ColumnVector
{
    public int[] offsets;
    public int[] lengths;
    public ColumnVector keys;
    public ColumnVector values;
    /** Number of entry positions in use, where the next appended map starts. */
    public int entryCount;

    public MapVector(int capacity, ColumnVector keys, ColumnVector values)
    {
        super(capacity);
        int size = Math.max(capacity, 1);
        this.offsets = new int[size];
        this.lengths = new int[size];
        this.keys = requireNonNull(keys, "keys is null");
        this.values = requireNonNull(values, "values is null");
    }

    /**
     * Reserves {@code size} entry positions for the map at {@code position} and returns the first.
     */
    public int startMap(int position, int size)
    {
        int first = entryCount;
        keys.ensureCapacity(first + size);
        values.ensureCapacity(first + size);
        offsets[position] = first;
        lengths[position] = size;
        isNull[position] = false;
        entryCount += size;
        return first;
    }

    @Override
    public void copyFrom(ColumnVector source, int sourcePosition, int targetPosition)
    {
        if (source.isNull(sourcePosition)) {
            setNull(targetPosition);
            offsets[targetPosition] = entryCount;
            lengths[targetPosition] = 0;
            return;
        }
        MapVector map = (MapVector) source;
        int size = map.lengths[sourcePosition];
        int sourceOffset = map.offsets[sourcePosition];
        int first = startMap(targetPosition, size);
        for (int index = 0; index < size; index++) {
            keys.copyFrom(map.keys, sourceOffset + index, first + index);
            values.copyFrom(map.values, sourceOffset + index, first + index);
        }
    }

    @Override
    public void reset()
    {
        super.reset();
        entryCount = 0;
        keys.reset();
        values.reset();
    }

    @Override
    protected void growValues(int newCapacity)
    {
        offsets = Arrays.copyOf(offsets, newCapacity);
        lengths = Arrays.copyOf(lengths, newCapacity);
    }

    @Override
    public MapVector newEmpty(int capacity)
    {
        return new MapVector(capacity, keys.newEmpty(capacity), values.newEmpty(capacity));
    }
}
