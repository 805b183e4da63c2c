package io.tarn.engine.exec.aggregation;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * XXH64 with seed 0, the hash Trino uses for {@code approx_distinct} (of a bigint: its 8 little-endian
 * bytes; of a varchar: its UTF-8 bytes) and for {@code xxhash64}.
 */
public final class XxHash64
{
    private static final long PRIME_1 = 0x9E3779B185EBCA87L;
    private static final long PRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long PRIME_3 = 0x165667B19E3779F9L;
    private static final long PRIME_4 = 0x85EBCA77C2B2AE63L;
    private static final long PRIME_5 = 0x27D4EB2F165667C5L;
    private static final VarHandle LONG_VIEW = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_VIEW = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private XxHash64() {}

    /**
     * XXH64 of the value's 8 little-endian bytes with seed 0, as Trino hashes a bigint (without building the bytes).
     */
    public static long hash(long value)
    {
        long hash = PRIME_5 + Long.BYTES;
        long mixed = Long.rotateLeft(value * PRIME_2, 31) * PRIME_1;
        hash ^= mixed;
        hash = Long.rotateLeft(hash, 27) * PRIME_1 + PRIME_4;
        return avalanche(hash);
    }

    /**
     * XXH64 of the bytes with seed 0, as Trino hashes a varchar.
     */
    public static long hash(byte[] bytes, int offset, int length)
    {
        int position = offset;
        int end = offset + length;
        long hash;
        if (length >= 32) {
            long v1 = PRIME_1 + PRIME_2;
            long v2 = PRIME_2;
            long v3 = 0;
            long v4 = -PRIME_1;
            do {
                v1 = round(v1, littleEndian(bytes, position));
                v2 = round(v2, littleEndian(bytes, position + 8));
                v3 = round(v3, littleEndian(bytes, position + 16));
                v4 = round(v4, littleEndian(bytes, position + 24));
                position += 32;
            }
            while (position <= end - 32);
            hash = Long.rotateLeft(v1, 1) + Long.rotateLeft(v2, 7) + Long.rotateLeft(v3, 12) + Long.rotateLeft(v4, 18);
            hash = (hash ^ round(0, v1)) * PRIME_1 + PRIME_4;
            hash = (hash ^ round(0, v2)) * PRIME_1 + PRIME_4;
            hash = (hash ^ round(0, v3)) * PRIME_1 + PRIME_4;
            hash = (hash ^ round(0, v4)) * PRIME_1 + PRIME_4;
        }
        else {
            hash = PRIME_5;
        }
        hash += length;
        while (position + 8 <= end) {
            hash ^= round(0, littleEndian(bytes, position));
            hash = Long.rotateLeft(hash, 27) * PRIME_1 + PRIME_4;
            position += 8;
        }
        if (position + 4 <= end) {
            hash ^= littleEndianInt(bytes, position) * PRIME_1;
            hash = Long.rotateLeft(hash, 23) * PRIME_2 + PRIME_3;
            position += 4;
        }
        while (position < end) {
            hash ^= (bytes[position] & 0xFFL) * PRIME_5;
            hash = Long.rotateLeft(hash, 11) * PRIME_1;
            position++;
        }
        return avalanche(hash);
    }

    private static long round(long accumulator, long input)
    {
        return Long.rotateLeft(accumulator + input * PRIME_2, 31) * PRIME_1;
    }

    private static long avalanche(long value)
    {
        long hash = value;
        hash ^= hash >>> 33;
        hash *= PRIME_2;
        hash ^= hash >>> 29;
        hash *= PRIME_3;
        hash ^= hash >>> 32;
        return hash;
    }

    private static long littleEndian(byte[] bytes, int offset)
    {
        return (long) LONG_VIEW.get(bytes, offset);
    }

    private static long littleEndianInt(byte[] bytes, int offset)
    {
        return (int) INT_VIEW.get(bytes, offset) & 0xFFFFFFFFL;
    }
}
