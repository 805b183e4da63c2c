package io.tarn.engine.exec.operator;

import io.tarn.storage.vector.ArrayVector;
import io.tarn.storage.vector.BooleanVector;
import io.tarn.storage.vector.BytesVector;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.DoubleVector;
import io.tarn.storage.vector.LongVector;
import io.tarn.storage.vector.MapVector;
import io.tarn.storage.vector.StructVector;

/**
 * Hashing and equality of values across vectors, for grouping, joining and distinct. Null equals null
 * here (as GROUP BY and DISTINCT treat it); joins skip null keys themselves.
 */
public final class VectorKeys
{
    private static final long NULL_HASH = 0x9E3779B97F4A7C15L;

    private VectorKeys() {}

    public static long hash(ColumnVector[] keys, int position)
    {
        long hash = 17;
        for (ColumnVector key : keys) {
            hash = hash * 31 + hash(key, position);
        }
        return mix(hash);
    }

    public static long hash(ColumnVector vector, int position)
    {
        if (vector.isNull(position)) {
            return NULL_HASH;
        }
        if (vector instanceof LongVector longs) {
            return mix(longs.values[position]);
        }
        if (vector instanceof BytesVector bytes) {
            return bytes.hashValue(position);
        }
        if (vector instanceof DoubleVector doubles) {
            double value = doubles.values[position];
            return mix(value == 0 ? 0 : Double.doubleToLongBits(value));
        }
        if (vector instanceof BooleanVector booleans) {
            return booleans.values[position] ? 1231 : 1237;
        }
        if (vector instanceof StructVector struct) {
            long hash = 19;
            for (ColumnVector field : struct.fields) {
                hash = hash * 31 + hash(field, position);
            }
            return hash;
        }
        if (vector instanceof ArrayVector array) {
            long hash = 23;
            for (int index = 0; index < array.lengths[position]; index++) {
                hash = hash * 31 + hash(array.elements, array.offsets[position] + index);
            }
            return hash;
        }
        MapVector map = (MapVector) vector;
        long hash = 29;
        for (int index = 0; index < map.lengths[position]; index++) {
            int entry = map.offsets[position] + index;
            hash += hash(map.keys, entry) ^ hash(map.values, entry);
        }
        return hash;
    }

    public static boolean equal(ColumnVector[] left, int leftPosition, ColumnVector[] right, int rightPosition)
    {
        for (int key = 0; key < left.length; key++) {
            if (!equal(left[key], leftPosition, right[key], rightPosition)) {
                return false;
            }
        }
        return true;
    }

    public static boolean equal(ColumnVector left, int leftPosition, ColumnVector right, int rightPosition)
    {
        boolean leftNull = left.isNull(leftPosition);
        boolean rightNull = right.isNull(rightPosition);
        if (leftNull || rightNull) {
            return leftNull && rightNull;
        }
        if (left instanceof LongVector longs) {
            return longs.values[leftPosition] == ((LongVector) right).values[rightPosition];
        }
        if (left instanceof BytesVector bytes) {
            return bytes.valueEquals(leftPosition, (BytesVector) right, rightPosition);
        }
        if (left instanceof DoubleVector doubles) {
            double a = doubles.values[leftPosition];
            double b = ((DoubleVector) right).values[rightPosition];
            return a == b || (Double.isNaN(a) && Double.isNaN(b));
        }
        if (left instanceof BooleanVector booleans) {
            return booleans.values[leftPosition] == ((BooleanVector) right).values[rightPosition];
        }
        if (left instanceof StructVector struct) {
            StructVector other = (StructVector) right;
            for (int field = 0; field < struct.fields.length; field++) {
                if (!equal(struct.fields[field], leftPosition, other.fields[field], rightPosition)) {
                    return false;
                }
            }
            return true;
        }
        if (left instanceof ArrayVector array) {
            ArrayVector other = (ArrayVector) right;
            if (array.lengths[leftPosition] != other.lengths[rightPosition]) {
                return false;
            }
            for (int index = 0; index < array.lengths[leftPosition]; index++) {
                if (!equal(array.elements, array.offsets[leftPosition] + index, other.elements, other.offsets[rightPosition] + index)) {
                    return false;
                }
            }
            return true;
        }
        MapVector map = (MapVector) left;
        MapVector other = (MapVector) right;
        if (map.lengths[leftPosition] != other.lengths[rightPosition]) {
            return false;
        }
        for (int index = 0; index < map.lengths[leftPosition]; index++) {
            int entry = map.offsets[leftPosition] + index;
            boolean found = false;
            for (int candidate = 0; candidate < other.lengths[rightPosition] && !found; candidate++) {
                int otherEntry = other.offsets[rightPosition] + candidate;
                found = equal(map.keys, entry, other.keys, otherEntry) && equal(map.values, entry, other.values, otherEntry);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    static long mix(long value)
    {
        long hash = value * 0x9E3779B97F4A7C15L;
        return hash ^ (hash >>> 32);
    }
}
