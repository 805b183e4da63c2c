package io.tarn.benchmarks.generator;

import java.util.SplittableRandom;

/**
 * Seeded helpers for the generator: every value comes from a {@link SplittableRandom} the caller owns, so
 * output depends only on the seed and the order of calls.
 */
final class Randoms
{
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char[] UPPER_ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final char[] ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final char[] LOWER_ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private Randoms() {}

    /**
     * SplitMix64's finaliser: a well-mixed 64-bit value from two inputs, to derive independent seeds.
     */
    static long mix(long first, long second)
    {
        long value = first * 0x9E3779B97F4A7C15L + second;
        value = (value ^ (value >>> 30)) * 0xBF58476D1CE4E5B9L;
        value = (value ^ (value >>> 27)) * 0x94D049BB133111EBL;
        return value ^ (value >>> 31);
    }

    static <T> T pick(SplittableRandom random, T[] values)
    {
        return values[random.nextInt(values.length)];
    }

    static <T> T pick(SplittableRandom random, java.util.List<T> values)
    {
        return values.get(random.nextInt(values.size()));
    }

    static boolean chance(SplittableRandom random, double probability)
    {
        return random.nextDouble() < probability;
    }

    static String hex(SplittableRandom random, int length)
    {
        return chars(random, HEX, length);
    }

    static String upperAlphanumeric(SplittableRandom random, int length)
    {
        return chars(random, UPPER_ALPHANUMERIC, length);
    }

    static String base32(SplittableRandom random, int length)
    {
        return chars(random, BASE32, length);
    }

    static String alphanumeric(SplittableRandom random, int length)
    {
        return chars(random, ALPHANUMERIC, length);
    }

    static String lowerAlphanumeric(SplittableRandom random, int length)
    {
        return chars(random, LOWER_ALPHANUMERIC, length);
    }

    /**
     * Sixteen letters and digits from a hash, for the unique part of a log file's name.
     */
    static String alphanumeric(long hash, int length)
    {
        char[] value = new char[length];
        long state = hash;
        for (int index = 0; index < length; index++) {
            state = mix(state, index);
            value[index] = ALPHANUMERIC[(int) Long.remainderUnsigned(state, ALPHANUMERIC.length)];
        }
        return new String(value);
    }

    private static String chars(SplittableRandom random, char[] alphabet, int length)
    {
        char[] value = new char[length];
        for (int index = 0; index < length; index++) {
            value[index] = alphabet[random.nextInt(alphabet.length)];
        }
        return new String(value);
    }

    /**
     * A random version-4 UUID in its text form.
     */
    static String uuid(SplittableRandom random)
    {
        return uuid(random.nextLong(), random.nextLong());
    }

    /**
     * A version-4 UUID whose low 48 bits are {@code sequence}, so UUIDs of distinct sequence numbers differ.
     */
    static String uniqueUuid(long seed, long sequence)
    {
        long high = mix(seed, sequence);
        long low = (mix(high, seed) & 0xFFFF_0000_0000_0000L) | (sequence & 0x0000_FFFF_FFFF_FFFFL);
        return uuid(high, low);
    }

    private static String uuid(long high, long low)
    {
        long versioned = (high & 0xFFFF_FFFF_FFFF_0FFFL) | 0x0000_0000_0000_4000L;
        long variant = (low & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        char[] text = new char[36];
        int position = 0;
        for (int nibble = 15; nibble >= 0; nibble--) {
            if (position == 8 || position == 13 || position == 18) {
                text[position++] = '-';
            }
            text[position++] = HEX[(int) (versioned >>> (nibble * 4)) & 0xF];
        }
        for (int nibble = 15; nibble >= 0; nibble--) {
            if (position == 18 || position == 23) {
                text[position++] = '-';
            }
            text[position++] = HEX[(int) (variant >>> (nibble * 4)) & 0xF];
        }
        return new String(text);
    }

    /**
     * Allocates {@code total} among slots in proportion to {@code weights}, exactly: the counts sum to
     * {@code total} and depend only on the weights.
     */
    static long[] allocate(long total, double[] weights)
    {
        double sum = 0;
        for (double weight : weights) {
            sum += weight;
        }
        long[] counts = new long[weights.length];
        double cumulative = 0;
        long previous = 0;
        for (int index = 0; index < weights.length; index++) {
            cumulative += weights[index];
            long upTo = index == weights.length - 1 ? total : Math.round(total * (cumulative / sum));
            counts[index] = upTo - previous;
            previous = upTo;
        }
        return counts;
    }
}
