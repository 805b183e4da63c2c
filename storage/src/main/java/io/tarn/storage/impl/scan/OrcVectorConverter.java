package io.tarn.storage.impl.scan;

import io.tarn.storage.schema.DataType;
import io.tarn.storage.vector.ArrayVector;
import io.tarn.storage.vector.BooleanVector;
import io.tarn.storage.vector.BytesVector;
import io.tarn.storage.vector.DoubleVector;
import io.tarn.storage.vector.LongVector;
import io.tarn.storage.vector.MapVector;
import io.tarn.storage.vector.StructVector;
import org.apache.orc.storage.ql.exec.vector.BytesColumnVector;
import org.apache.orc.storage.ql.exec.vector.ColumnVector;
import org.apache.orc.storage.ql.exec.vector.DoubleColumnVector;
import org.apache.orc.storage.ql.exec.vector.ListColumnVector;
import org.apache.orc.storage.ql.exec.vector.LongColumnVector;
import org.apache.orc.storage.ql.exec.vector.MapColumnVector;
import org.apache.orc.storage.ql.exec.vector.MultiValuedColumnVector;
import org.apache.orc.storage.ql.exec.vector.StructColumnVector;
import org.apache.orc.storage.ql.exec.vector.TimestampColumnVector;

import java.util.Arrays;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * Turns the ORC vector of one column (or nested field) into Tarn's vector after each ORC batch, sharing
 * ORC's value, null, byte-reference and child arrays wherever the layouts match, so that no value is
 * copied: longs, ints, timestamps (ORC's {@code time} already holds epoch milliseconds; the nanosecond
 * remainder is dropped, as Tarn's timestamps have millisecond precision), doubles, byte strings and the
 * children of structs, arrays and maps. Only booleans (ORC keeps them as longs) and the offsets and
 * lengths of arrays and maps (ORC keeps them as longs) are copied into arrays the converter owns.
 *
 * <p>ORC marks a vector {@code isRepeating} when position 0 stands for the whole batch; Tarn's vectors have
 * no such flag, so the value is expanded in place (in ORC's arrays, which ORC rewrites on its next batch).
 * ORC does not decode the children of a struct, array or map that is null at every position; they are
 * marked null here so nothing stale shows through.
 */
abstract sealed class OrcVectorConverter
        permits OrcVectorConverter.LongConverter,
        OrcVectorConverter.DoubleConverter,
        OrcVectorConverter.BooleanConverter,
        OrcVectorConverter.BytesConverter,
        OrcVectorConverter.StructConverter,
        OrcVectorConverter.ArrayConverter,
        OrcVectorConverter.MapConverter,
        OrcVectorConverter.NullConverter
{
    /**
     * The Tarn vector holding the last converted batch; may be a different object after each conversion.
     */
    abstract io.tarn.storage.vector.ColumnVector target();

    /**
     * Converts positions {@code 0..size-1} of the ORC vector; {@code source} is null for fields not read.
     */
    abstract void convert(ColumnVector source, int size);

    /**
     * Shares the null flags of the source and returns whether every position is null.
     */
    static boolean shareNulls(ColumnVector source, io.tarn.storage.vector.ColumnVector target, int size)
    {
        target.isNull = source.isNull;
        if (source.noNulls) {
            target.noNulls = true;
            return false;
        }
        if (source.isRepeating) {
            if (source.isNull[0]) {
                Arrays.fill(source.isNull, 0, size, true);
                target.noNulls = false;
                return true;
            }
            target.noNulls = true;
            return false;
        }
        target.noNulls = false;
        return false;
    }

    /**
     * Marks every position of an ORC vector null, for children ORC skipped because their parent is all null.
     */
    static void markAllNull(ColumnVector vector)
    {
        vector.noNulls = false;
        vector.isRepeating = true;
        vector.isNull[0] = true;
    }

    /**
     * Integers of any width, and timestamps, whose ORC {@code time} array holds epoch milliseconds.
     */
    static final class LongConverter
            extends OrcVectorConverter
    {
        private final LongVector target = new LongVector(0);
        private final Function<ColumnVector, long[]> values;

        private LongConverter(Function<ColumnVector, long[]> values)
        {
            this.values = values;
        }

        static LongConverter integers()
        {
            return new LongConverter(source -> ((LongColumnVector) source).vector);
        }

        static LongConverter timestamps()
        {
            return new LongConverter(source -> ((TimestampColumnVector) source).time);
        }

        @Override
        LongVector target()
        {
            return target;
        }

        @Override
        void convert(ColumnVector source, int size)
        {
            long[] longs = values.apply(source);
            if (source.isRepeating && size > 1) {
                Arrays.fill(longs, 1, size, longs[0]);
            }
            shareNulls(source, target, size);
            target.values = longs;
        }
    }

    static final class DoubleConverter
            extends OrcVectorConverter
    {
        private final DoubleVector target = new DoubleVector(0);

        @Override
        DoubleVector target()
        {
            return target;
        }

        @Override
        void convert(ColumnVector source, int size)
        {
            DoubleColumnVector doubles = (DoubleColumnVector) source;
            if (doubles.isRepeating && size > 1) {
                Arrays.fill(doubles.vector, 1, size, doubles.vector[0]);
            }
            shareNulls(source, target, size);
            target.values = doubles.vector;
        }
    }

    static final class BooleanConverter
            extends OrcVectorConverter
    {
        private final BooleanVector target;

        BooleanConverter(int capacity)
        {
            target = new BooleanVector(capacity);
        }

        @Override
        BooleanVector target()
        {
            return target;
        }

        @Override
        void convert(ColumnVector source, int size)
        {
            long[] longs = ((LongColumnVector) source).vector;
            shareNulls(source, target, size);
            if (target.values.length < size) {
                target.values = new boolean[size];
            }
            boolean[] values = target.values;
            if (source.isRepeating) {
                Arrays.fill(values, 0, size, longs[0] != 0);
                return;
            }
            for (int position = 0; position < size; position++) {
                values[position] = longs[position] != 0;
            }
        }
    }

    static final class BytesConverter
            extends OrcVectorConverter
    {
        private final BytesVector target = new BytesVector(0);

        @Override
        BytesVector target()
        {
            return target;
        }

        @Override
        void convert(ColumnVector source, int size)
        {
            BytesColumnVector bytes = (BytesColumnVector) source;
            if (bytes.isRepeating && size > 1) {
                Arrays.fill(bytes.vector, 1, size, bytes.vector[0]);
                Arrays.fill(bytes.start, 1, size, bytes.start[0]);
                Arrays.fill(bytes.length, 1, size, bytes.length[0]);
            }
            shareNulls(source, target, size);
            target.vector = bytes.vector;
            target.start = bytes.start;
            target.length = bytes.length;
        }
    }

    static final class StructConverter
            extends OrcVectorConverter
    {
        private final StructVector target;
        private final OrcVectorConverter[] fields;
        // the ORC field of each Tarn field, -1 for fields not read
        private final int[] sourceFields;

        StructConverter(OrcVectorConverter[] fields, int[] sourceFields)
        {
            this.fields = requireNonNull(fields, "fields is null");
            this.sourceFields = requireNonNull(sourceFields, "sourceFields is null");
            io.tarn.storage.vector.ColumnVector[] targets = new io.tarn.storage.vector.ColumnVector[fields.length];
            for (int field = 0; field < fields.length; field++) {
                targets[field] = fields[field].target();
            }
            this.target = new StructVector(0, targets);
        }

        @Override
        StructVector target()
        {
            return target;
        }

        @Override
        void convert(ColumnVector source, int size)
        {
            StructColumnVector struct = (StructColumnVector) source;
            boolean allNull = shareNulls(source, target, size);
            for (int field = 0; field < fields.length; field++) {
                ColumnVector child = sourceFields[field] < 0 ? null : struct.fields[sourceFields[field]];
                if (allNull && child != null) {
                    markAllNull(child);
                }
                fields[field].convert(child, size);
                target.fields[field] = fields[field].target();
            }
        }
    }

    static final class ArrayConverter
            extends OrcVectorConverter
    {
        private final ArrayVector target;
        private final OrcVectorConverter elements;

        ArrayConverter(OrcVectorConverter elements, int capacity)
        {
            this.elements = requireNonNull(elements, "elements is null");
            this.target = new ArrayVector(capacity, elements.target());
        }

        @Override
        ArrayVector target()
        {
            return target;
        }

        @Override
        void convert(ColumnVector source, int size)
        {
            ListColumnVector list = (ListColumnVector) source;
            if (target.offsets.length < size) {
                target.offsets = new int[size];
                target.lengths = new int[size];
            }
            boolean allNull = shareNulls(source, target, size);
            target.elementCount = copyOffsets(list, allNull, target.offsets, target.lengths, size);
            elements.convert(list.child, target.elementCount);
            target.elements = elements.target();
        }
    }

    static final class MapConverter
            extends OrcVectorConverter
    {
        private final MapVector target;
        private final OrcVectorConverter keys;
        private final OrcVectorConverter values;

        MapConverter(OrcVectorConverter keys, OrcVectorConverter values, int capacity)
        {
            this.keys = requireNonNull(keys, "keys is null");
            this.values = requireNonNull(values, "values is null");
            this.target = new MapVector(capacity, keys.target(), values.target());
        }

        @Override
        MapVector target()
        {
            return target;
        }

        @Override
        void convert(ColumnVector source, int size)
        {
            MapColumnVector map = (MapColumnVector) source;
            if (target.offsets.length < size) {
                target.offsets = new int[size];
                target.lengths = new int[size];
            }
            boolean allNull = shareNulls(source, target, size);
            target.entryCount = copyOffsets(map, allNull, target.offsets, target.lengths, size);
            keys.convert(map.keys, target.entryCount);
            values.convert(map.values, target.entryCount);
            target.keys = keys.target();
            target.values = values.target();
        }
    }

    /**
     * Copies offsets and lengths (zero for null positions, where ORC leaves stale values) and returns the
     * number of child positions in use.
     */
    private static int copyOffsets(MultiValuedColumnVector source, boolean allNull, int[] offsets, int[] lengths, int size)
    {
        if (allNull) {
            Arrays.fill(offsets, 0, size, 0);
            Arrays.fill(lengths, 0, size, 0);
            return 0;
        }
        boolean noNulls = source.noNulls || source.isRepeating;
        for (int position = 0; position < size; position++) {
            int index = source.isRepeating ? 0 : position;
            if (noNulls || !source.isNull[position]) {
                offsets[position] = (int) source.offsets[index];
                lengths[position] = (int) source.lengths[index];
            }
            else {
                offsets[position] = 0;
                lengths[position] = 0;
            }
        }
        return source.childCount;
    }

    /**
     * A field that is not read, or not in the data file: null at every position.
     */
    static final class NullConverter
            extends OrcVectorConverter
    {
        private final DataType type;
        private io.tarn.storage.vector.ColumnVector target;

        NullConverter(DataType type, int capacity)
        {
            this.type = requireNonNull(type, "type is null");
            this.target = NullVectors.create(type, capacity);
        }

        @Override
        io.tarn.storage.vector.ColumnVector target()
        {
            return target;
        }

        @Override
        void convert(ColumnVector source, int size)
        {
            if (target.capacity() < size) {
                target = NullVectors.create(type, Math.max(size, target.capacity() * 2));
            }
        }
    }
}
