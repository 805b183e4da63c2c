package io.tarn.engine.function.library;

/**
 * The non-cryptographic hashes Trino offers on {@code varbinary}: XXH64 and MurmurHash3 x64 128-bit, both
 * with seed 0, laid out in bytes as Trino returns them.
 */
final class Hashes
{
    private static final long XXH_PRIME_1 = 0x9E3779B185EBCA87L;
    private static final long XXH_PRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long XXH_PRIME_3 = 0x165667B19E3779F9L;
    private static final long XXH_PRIME_4 = 0x85EBCA77C2B2AE63L;
    private static final long XXH_PRIME_5 = 0x27D4EB2F165667C5L;
    private static final long MURMUR_C1 = 0x87c37b91114253d5L;
    private static final long MURMUR_C2 = 0x4cf5ad432745937fL;

    private Hashes() {}

    static long xxhash64(byte[] bytes, int offset, int length)
    {
        int position = offset;
        int end = offset + length;
        long hash;
        if (length >= 32) {
            long v1 = XXH_PRIME_1 + XXH_PRIME_2;
            long v2 = XXH_PRIME_2;
            long v3 = 0;
            long v4 = -XXH_PRIME_1;
            int limit = end - 32;
            do {
                v1 = xxhRound(v1, littleEndianLong(bytes, position));
                v2 = xxhRound(v2, littleEndianLong(bytes, position + 8));
                v3 = xxhRound(v3, littleEndianLong(bytes, position + 16));
                v4 = xxhRound(v4, littleEndianLong(bytes, position + 24));
                position += 32;
            }
            while (position <= limit);
            hash = Long.rotateLeft(v1, 1) + Long.rotateLeft(v2, 7) + Long.rotateLeft(v3, 12) + Long.rotateLeft(v4, 18);
            hash = xxhMerge(hash, v1);
            hash = xxhMerge(hash, v2);
            hash = xxhMerge(hash, v3);
            hash = xxhMerge(hash, v4);
        }
        else {
            hash = XXH_PRIME_5;
        }
        hash += length;
        while (position + 8 <= end) {
            hash ^= xxhRound(0, littleEndianLong(bytes, position));
            hash = Long.rotateLeft(hash, 27) * XXH_PRIME_1 + XXH_PRIME_4;
            position += 8;
        }
        if (position + 4 <= end) {
            hash ^= (littleEndianInt(bytes, position) & 0xFFFFFFFFL) * XXH_PRIME_1;
            hash = Long.rotateLeft(hash, 23) * XXH_PRIME_2 + XXH_PRIME_3;
            position += 4;
        }
        while (position < end) {
            hash ^= (bytes[position] & 0xFFL) * XXH_PRIME_5;
            hash = Long.rotateLeft(hash, 11) * XXH_PRIME_1;
            position++;
        }
        hash ^= hash >>> 33;
        hash *= XXH_PRIME_2;
        hash ^= hash >>> 29;
        hash *= XXH_PRIME_3;
        hash ^= hash >>> 32;
        return hash;
    }

    private static long xxhRound(long accumulator, long input)
    {
        return Long.rotateLeft(accumulator + input * XXH_PRIME_2, 31) * XXH_PRIME_1;
    }

    private static long xxhMerge(long hash, long value)
    {
        return (hash ^ xxhRound(0, value)) * XXH_PRIME_1 + XXH_PRIME_4;
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

    static long littleEndianLong(byte[] bytes, int offset)
    {
        long value = 0;
        for (int index = 7; index >= 0; index--) {
            value = (value << 8) | (bytes[offset + index] & 0xFFL);
        }
        return value;
    }

    private static int littleEndianInt(byte[] bytes, int offset)
    {
        return (bytes[offset] & 0xFF) | (bytes[offset + 1] & 0xFF) << 8 | (bytes[offset + 2] & 0xFF) << 16 | (bytes[offset + 3] & 0xFF) << 24;
    }
}
