package io.tarn.storage.impl.scan;

import io.tarn.storage.schema.ArrayType;
import io.tarn.storage.schema.DataType;
import io.tarn.storage.schema.MapType;
import io.tarn.storage.schema.PrimitiveType;
import io.tarn.storage.schema.StructType;
import io.tarn.storage.vector.ArrayVector;
import io.tarn.storage.vector.BooleanVector;
import io.tarn.storage.vector.BytesVector;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.DoubleVector;
import io.tarn.storage.vector.LongVector;
import io.tarn.storage.vector.MapVector;
import io.tarn.storage.vector.StructVector;

import java.util.Arrays;

/**
 * Vectors of a type whose every position is null: what a scan returns for fields it was not asked to read,
 * or that a data file does not have, so that batches keep the schema's shape.
 */
final class NullVectors
{
    private NullVectors() {}

    static ColumnVector create(DataType type, int capacity)
    {
        ColumnVector vector = empty(type, capacity);
        Arrays.fill(vector.isNull, true);
        vector.noNulls = false;
        return vector;
    }

    /**
     * An empty vector of the type's class and shape.
     */
    static ColumnVector empty(DataType type, int capacity)
    {
        if (type instanceof PrimitiveType primitive) {
            return switch (primitive) {
                case STRING -> new BytesVector(capacity);
                case BOOLEAN -> new BooleanVector(capacity);
                case INTEGER, BIGINT, TIMESTAMP -> new LongVector(capacity);
                case DOUBLE -> new DoubleVector(capacity);
            };
        }
        if (type instanceof StructType struct) {
            return new StructVector(capacity, struct.fields().stream()
                    .map(field -> create(field.type(), capacity))
                    .toArray(ColumnVector[]::new));
        }
        if (type instanceof ArrayType array) {
            return new ArrayVector(capacity, empty(array.elementType(), 0));
        }
        MapType map = (MapType) type;
        return new MapVector(capacity, empty(map.keyType(), 0), empty(map.valueType(), 0));
    }
}
