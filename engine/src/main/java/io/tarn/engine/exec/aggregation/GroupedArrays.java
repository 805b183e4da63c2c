package io.tarn.engine.exec.aggregation;

import java.util.Arrays;

/**
 * Growth of per-group state arrays.
 */
final class GroupedArrays
{
    private GroupedArrays() {}

    static long[] ensure(long[] array, int groupCount)
    {
        return groupCount <= array.length ? array : Arrays.copyOf(array, Math.max(groupCount, array.length * 2));
    }

    static double[] ensure(double[] array, int groupCount)
    {
        return groupCount <= array.length ? array : Arrays.copyOf(array, Math.max(groupCount, array.length * 2));
    }

    static boolean[] ensure(boolean[] array, int groupCount)
    {
        return groupCount <= array.length ? array : Arrays.copyOf(array, Math.max(groupCount, array.length * 2));
    }

    static Object[] ensure(Object[] array, int groupCount)
    {
        return groupCount <= array.length ? array : Arrays.copyOf(array, Math.max(groupCount, array.length * 2));
    }
}
