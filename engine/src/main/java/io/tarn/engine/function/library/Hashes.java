package io.tarn.engine.function.library;

import io.tarn.engine.exec.aggregation.XxHash64;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The non-cryptographic hashes Trino offers on {@code varbinary}: XXH64 and MurmurHash3 x64 128-bit, both
 * with seed 0.
 */
final class Hashes
{
    private static final VarHandle LONG_VIEW = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long MURMUR_C1 = 0x87c37b91114253d5L;
    private static final long MURMUR_C2 = 0x4cf5ad432745937fL;

    private Hashes() {}

    static long xxhash64(byte[] bytes, int offset, int length)
    {
        return XxHash64.hash(bytes, offset, length);
    }

    /**
     * MurmurHash3 x64 128-bit: the two halves, each little-endian, as Trino's {@code murmur3} returns them.
     */
    static byte[] murmur3(byte[] bytes, int offset, int length)
    {
        long h1 = 0;
        long h2 = 0;
        int blocks = length / 16;
        for (int block = 0; block < blocks; block++) {
            int position = offset + block * 16;
            h1 ^= mixK1(littleEndianLong(bytes, position));
            h1 = Long.rotateLeft(h1, 27) + h2;
            h1 = h1 * 5 + 0x52dce729;
            h2 ^= mixK2(littleEndianLong(bytes, position + 8));
            h2 = Long.rotateLeft(h2, 31) + h1;
            h2 = h2 * 5 + 0x38495ab5;
        }
        int tail = offset + blocks * 16;
        int remaining = length & 15;
        long k1 = 0;
        long k2 = 0;
        for (int index = remaining - 1; index >= 8; index--) {
            k2 = (k2 << 8) | (bytes[tail + index] & 0xFFL);
        }
        for (int index = Math.min(remaining, 8) - 1; index >= 0; index--) {
            k1 = (k1 << 8) | (bytes[tail + index] & 0xFFL);
        }
        if (remaining > 8) {
            h2 ^= mixK2(k2);
        }
        if (remaining > 0) {
            h1 ^= mixK1(k1);
        }
        h1 ^= length;
        h2 ^= length;
        h1 += h2;
        h2 += h1;
        h1 = finalMix(h1);
        h2 = finalMix(h2);
        h1 += h2;
        h2 += h1;
        byte[] result = new byte[16];
        for (int index = 0; index < 8; index++) {
            result[index] = (byte) (h1 >>> (8 * index));
            result[8 + index] = (byte) (h2 >>> (8 * index));
        }
        return result;
    }

    private static long mixK1(long k1)
    {
        return Long.rotateLeft(k1 * MURMUR_C1, 31) * MURMUR_C2;
    }

    private static long mixK2(long k2)
    {
        return Long.rotateLeft(k2 * MURMUR_C2, 33) * MURMUR_C1;
    }

    private static long finalMix(long value)
    {
        long mixed = value;
        mixed ^= mixed >>> 33;
        mixed *= 0xff51afd7ed558ccdL;
        mixed ^= mixed >>> 33;
        mixed *= 0xc4ceb9fe1a85ec53L;
        mixed ^= mixed >>> 33;
        return mixed;
    }

    private static long littleEndianLong(byte[] bytes, int offset)
    {
        return (long) LONG_VIEW.get(bytes, offset);
    }
}
