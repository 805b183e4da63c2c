package io.tarn.engine.function.library;

import io.tarn.storage.vector.BytesVector;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing buffer that kernels write the bytes of new values into; a finished value becomes a reference
 * of a bytes vector. Values written since the last {@link #reset} stay valid: growing copies to a new array
 * and leaves the old one, which earlier values refer to, untouched.
 */
final class ByteOutput
{
    private byte[] buffer = new byte[16 * 1024];
    private int size;
    private int valueStart;

    void reset()
    {
        size = 0;
        valueStart = 0;
    }

    /**
     * Starts a new value, discarding what was written since the last finished one.
     */
    void begin()
    {
        size = valueStart;
    }

    void write(byte[] bytes, int offset, int length)
    {
        ensure(length);
        System.arraycopy(bytes, offset, buffer, size, length);
        size += length;
    }

    void write(byte[] bytes)
    {
        write(bytes, 0, bytes.length);
    }

    void write(int value)
    {
        ensure(1);
        buffer[size++] = (byte) value;
    }

    void writeCodePoint(int codePoint)
    {
        ensure(4);
        size = Utf8.encode(codePoint, buffer, size);
    }

    void write(String text)
    {
        write(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The bytes written since {@link #begin} become the value at the position.
     */
    void finish(BytesVector result, int position)
    {
        result.setReference(position, buffer, valueStart, size - valueStart);
        valueStart = size;
    }

    /**
     * Writes a whole value at once.
     */
    void set(BytesVector result, int position, byte[] bytes, int offset, int length)
    {
        begin();
        write(bytes, offset, length);
        finish(result, position);
    }

    void set(BytesVector result, int position, String text)
    {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        result.setReference(position, bytes, 0, bytes.length);
    }

    private void ensure(int more)
    {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }
}
