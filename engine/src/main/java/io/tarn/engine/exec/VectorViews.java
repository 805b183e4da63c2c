package io.tarn.engine.exec;

import io.tarn.storage.vector.ArrayVector;
import io.tarn.storage.vector.BooleanVector;
import io.tarn.storage.vector.BytesVector;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.DoubleVector;
import io.tarn.storage.vector.LongVector;
import io.tarn.storage.vector.MapVector;
import io.tarn.storage.vector.StructVector;

/**
 * Shallow views of vectors: the same value arrays with another null mask.
 */
public final class VectorViews
{
    private VectorViews() {}

    public static ColumnVector withNulls(ColumnVector vector, boolean[] isNull)
    {
        ColumnVector view;
        if (vector instanceof LongVector longs) {
            view = new LongVector(longs.values, isNull, false);
        }
        else if (vector instanceof DoubleVector doubles) {
            DoubleVector copy = new DoubleVector(0);
            copy.values = doubles.values;
            view = copy;
        }
        else if (vector instanceof BooleanVector booleans) {
            BooleanVector copy = new BooleanVector(0);
            copy.values = booleans.values;
            view = copy;
        }
        else if (vector instanceof BytesVector bytes) {
            BytesVector copy = new BytesVector(0);
            copy.vector = bytes.vector;
            copy.start = bytes.start;
            copy.length = bytes.length;
            view = copy;
        }
        else if (vector instanceof StructVector struct) {
            view = new StructVector(0, struct.fields);
        }
        else if (vector instanceof ArrayVector array) {
            ArrayVector copy = new ArrayVector(0, array.elements);
            copy.offsets = array.offsets;
            copy.lengths = array.lengths;
            copy.elementCount = array.elementCount;
            view = copy;
        }
        else if (vector instanceof MapVector map) {
            MapVector copy = new MapVector(0, map.keys, map.values);
            copy.offsets = map.offsets;
            copy.lengths = map.lengths;
            copy.entryCount = map.entryCount;
            view = copy;
        }
        else {
            throw new IllegalArgumentException("unknown vector " + vector.getClass());
        }
        view.isNull = isNull;
        view.noNulls = false;
        return view;
    }
}
