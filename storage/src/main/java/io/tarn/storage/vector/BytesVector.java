package io.tarn.storage.vector;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Byte strings: VARCHAR (UTF-8), VARBINARY and JSON text. Each position refers to a range of some byte
 * array, so values can point into a decoder's buffer (ORC dictionaries, for instance) without copying;
 * values written with {@link #setValue} are copied into a buffer the vector owns.
 */
public final class BytesVector
        extends ColumnVector
{
    private static final int INITIAL_BUFFER_SIZE = 16 * 1024;

    public byte[][] vector;
    public int[] start;
    public int[] length;

    private byte[] buffer;
    private int bufferUsed;

    public BytesVector(int capacity)
    {
        super(capacity);
        int size = Math.max(capacity, 1);
        this.vector = new byte[size][];
        this.start = new int[size];
        this.length = new int[size];
    }

    /**
     * Makes the position refer to bytes owned by someone else; they must not change while the vector is used.
     */
    public void setReference(int position, byte[] bytes, int offset, int size)
    {
        vector[position] = bytes;
        start[position] = offset;
        length[position] = size;
        isNull[position] = false;
    }

    /**
     * Copies the bytes into the vector's own buffer.
     */
    public void setValue(int position, byte[] bytes, int offset, int size)
    {
        if (buffer == null || bufferUsed + size > buffer.length) {
            buffer = new byte[Math.max(INITIAL_BUFFER_SIZE, Math.max(size, buffer == null ? 0 : buffer.length * 2))];
            bufferUsed = 0;
        }
        System.arraycopy(bytes, offset, buffer, bufferUsed, size);
        setReference(position, buffer, bufferUsed, size);
        bufferUsed += size;
    }

    public void setValue(int position, byte[] bytes)
    {
        setValue(position, bytes, 0, bytes.length);
    }

    public void setString(int position, String value)
    {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        setReference(position, bytes, 0, bytes.length);
    }

    public String getString(int position)
    {
        return new String(vector[position], start[position], length[position], StandardCharsets.UTF_8);
    }

    public byte[] getBytes(int position)
    {
        return Arrays.copyOfRange(vector[position], start[position], start[position] + length[position]);
    }

    /**
     * Whether the value at the position equals the given bytes; the position must not be null.
     */
    public boolean valueEquals(int position, byte[] other)
    {
        int size = length[position];
        if (size != other.length) {
            return false;
        }
        int offset = start[position];
        return Arrays.equals(vector[position], offset, offset + size, other, 0, size);
    }

    public boolean valueEquals(int position, BytesVector other, int otherPosition)
    {
        int size = length[position];
        if (size != other.length[otherPosition]) {
            return false;
        }
        int offset = start[position];
        int otherOffset = other.start[otherPosition];
        return Arrays.equals(vector[position], offset, offset + size, other.vector[otherPosition], otherOffset, otherOffset + size);
    }

    public int compareValues(int position, BytesVector other, int otherPosition)
    {
        int offset = start[position];
        int otherOffset = other.start[otherPosition];
        return Arrays.compareUnsigned(
                vector[position], offset, offset + length[position],
                other.vector[otherPosition], otherOffset, otherOffset + other.length[otherPosition]);
    }

    /**
     * A hash of the value's bytes; equal values hash equally whatever array they live in.
     */
    public int hashValue(int position)
    {
        byte[] bytes = vector[position];
        int hash = 1;
        for (int index = start[position], end = index + length[position]; index < end; index++) {
            hash = 31 * hash + bytes[index];
        }
        return hash;
    }

    @Override
    public void reset()
    {
        super.reset();
        bufferUsed = 0;
    }

    @Override
    public void copyFrom(ColumnVector source, int sourcePosition, int targetPosition)
    {
        if (source.isNull(sourcePosition)) {
            setNull(targetPosition);
            return;
        }
        BytesVector bytes = (BytesVector) source;
        // A copy, not a reference: whoever copies keeps the value beyond the source batch, whose buffers
        // a scan reuses for the next batch.
        setValue(targetPosition, bytes.vector[sourcePosition], bytes.start[sourcePosition], bytes.length[sourcePosition]);
    }

    @Override
    protected void growValues(int newCapacity)
    {
        vector = Arrays.copyOf(vector, newCapacity);
        start = Arrays.copyOf(start, newCapacity);
        length = Arrays.copyOf(length, newCapacity);
    }

    @Override
    public BytesVector newEmpty(int capacity)
    {
        return new BytesVector(capacity);
    }
}
