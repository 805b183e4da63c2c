package io.tarn.engine.exec.aggregation;

import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.DoubleVector;
import io.tarn.storage.vector.LongVector;

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

    static int[] ensure(int[] array, int groupCount)
    {
        return groupCount <= array.length ? array : Arrays.copyOf(array, Math.max(groupCount, array.length * 2));
    }

    static byte[] ensure(byte[] array, int groupCount)
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

    /**
     * A numeric argument as a double: integers and decimals are held as longs, doubles and reals as doubles.
     */
    static double doubleValue(ColumnVector vector, int position)
    {
        return vector instanceof LongVector longs ? longs.values[position] : ((DoubleVector) vector).values[position];
    }
}
