package io.tarn.engine.exec;

import io.tarn.engine.type.TarnTypes;
import io.tarn.storage.vector.ArrayVector;
import io.tarn.storage.vector.BooleanVector;
import io.tarn.storage.vector.BytesVector;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.DoubleVector;
import io.tarn.storage.vector.LongVector;
import io.tarn.storage.vector.MapVector;
import io.tarn.storage.vector.StructVector;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;

/**
 * How values of a SQL type are held in vectors.
 *
 * <ul>
 * <li>{@code LONG}: integers, {@code date} (epoch days), {@code timestamp} (epoch milliseconds, UTC wall
 * clock), {@code timestamp with time zone} (see {@link TimestampWithZone}), intervals (milliseconds or
 * months), short decimals (unscaled);</li>
 * <li>{@code DOUBLE}: {@code double} and {@code real};</li>
 * <li>{@code BOOLEAN}; {@code BYTES}: {@code varchar} (UTF-8), {@code varbinary}, {@code json} (text);</li>
 * <li>{@code STRUCT}, {@code ARRAY}, {@code MAP}: nested vectors.</li>
 * </ul>
 */
public enum PhysicalType
{
    LONG,
    DOUBLE,
    BOOLEAN,
    BYTES,
    STRUCT,
    ARRAY,
    MAP;

    public static PhysicalType of(RelDataType type)
    {
        if (TarnTypes.isJson(type)) {
            return BYTES;
        }
        return switch (type.getSqlTypeName()) {
            case BOOLEAN -> BOOLEAN;
            case NULL -> BOOLEAN;
            case TINYINT, SMALLINT, INTEGER, BIGINT, DECIMAL, DATE, TIME, TIME_WITH_LOCAL_TIME_ZONE, TIME_TZ, TIMESTAMP,
                    TIMESTAMP_WITH_LOCAL_TIME_ZONE, TIMESTAMP_TZ, INTERVAL_YEAR, INTERVAL_YEAR_MONTH, INTERVAL_MONTH, INTERVAL_DAY,
                    INTERVAL_DAY_HOUR, INTERVAL_DAY_MINUTE, INTERVAL_DAY_SECOND, INTERVAL_HOUR, INTERVAL_HOUR_MINUTE,
                    INTERVAL_HOUR_SECOND, INTERVAL_MINUTE, INTERVAL_MINUTE_SECOND, INTERVAL_SECOND -> LONG;
            case FLOAT, REAL, DOUBLE -> DOUBLE;
            case CHAR, VARCHAR, BINARY, VARBINARY, UUID, OTHER, SYMBOL -> BYTES;
            case ROW -> STRUCT;
            case ARRAY, MULTISET -> ARRAY;
            case MAP -> MAP;
            default -> throw new IllegalArgumentException("no physical representation for type " + type.getFullTypeString());
        };
    }

    /**
     * A new empty vector for the type, nested children included.
     */
    public static ColumnVector newVector(RelDataType type, int capacity)
    {
        return switch (of(type)) {
            case LONG -> new LongVector(capacity);
            case DOUBLE -> new DoubleVector(capacity);
            case BOOLEAN -> new BooleanVector(capacity);
            case BYTES -> new BytesVector(capacity);
            case STRUCT -> new StructVector(capacity, type.getFieldList().stream()
                    .map(RelDataTypeField::getType)
                    .map(fieldType -> newVector(fieldType, capacity))
                    .toArray(ColumnVector[]::new));
            case ARRAY -> new ArrayVector(capacity, newVector(type.getComponentType(), capacity));
            case MAP -> new MapVector(capacity, newVector(type.getKeyType(), capacity), newVector(type.getValueType(), capacity));
        };
    }
}
