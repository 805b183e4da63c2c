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
import org.apache.calcite.sql.type.SqlTypeName;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes single values of vectors as Java objects, for the row-at-a-time paths (rare functions,
 * results). The Java form of each SQL type:
 * <ul>
 * <li>integers: {@link Long}; {@code double}, {@code real}: {@link Double}; {@code boolean}: {@link Boolean};
 * {@code decimal}: {@link BigDecimal};</li>
 * <li>{@code varchar}: {@link String}; {@code varbinary}: {@code byte[]}; {@code json}: {@link Json};</li>
 * <li>{@code date}: {@link LocalDate}; {@code time}: {@link LocalTime}; {@code timestamp}: {@link LocalDateTime};
 * {@code timestamp with time zone}: {@link ZonedDateTime}; intervals: {@link Interval};</li>
 * <li>{@code array}: {@link List}; {@code map}: {@link Map} (insertion ordered); {@code row}: {@link List}
 * of field values.</li>
 * </ul>
 */
public final class Values
{
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private Values() {}

    public static Object read(ColumnVector vector, int position, RelDataType type)
    {
        if (vector.isNull(position)) {
            return null;
        }
        if (TarnTypes.isJson(type)) {
            return new Json(((BytesVector) vector).getString(position));
        }
        SqlTypeName name = type.getSqlTypeName();
        switch (name) {
            case NULL:
                return null;
            case BOOLEAN:
                return ((BooleanVector) vector).values[position];
            case TINYINT, SMALLINT, INTEGER, BIGINT:
                return ((LongVector) vector).values[position];
            case DECIMAL:
                return new BigDecimal(BigInteger.valueOf(((LongVector) vector).values[position]), type.getScale());
            case FLOAT, REAL, DOUBLE:
                return ((DoubleVector) vector).values[position];
            case CHAR, VARCHAR:
                return ((BytesVector) vector).getString(position);
            case BINARY, VARBINARY:
                return ((BytesVector) vector).getBytes(position);
            case DATE:
                return LocalDate.ofEpochDay(((LongVector) vector).values[position]);
            case TIME:
                return LocalTime.ofNanoOfDay(((LongVector) vector).values[position] * 1_000_000L);
            case TIMESTAMP:
                return toLocalDateTime(((LongVector) vector).values[position]);
            case TIMESTAMP_TZ, TIMESTAMP_WITH_LOCAL_TIME_ZONE:
                return TimestampWithZone.toZonedDateTime(((LongVector) vector).values[position]);
            case INTERVAL_YEAR, INTERVAL_YEAR_MONTH, INTERVAL_MONTH:
                return new Interval.YearToMonth(((LongVector) vector).values[position]);
            case INTERVAL_DAY, INTERVAL_DAY_HOUR, INTERVAL_DAY_MINUTE, INTERVAL_DAY_SECOND, INTERVAL_HOUR, INTERVAL_HOUR_MINUTE,
                    INTERVAL_HOUR_SECOND, INTERVAL_MINUTE, INTERVAL_MINUTE_SECOND, INTERVAL_SECOND:
                return new Interval.DayToSecond(((LongVector) vector).values[position]);
            case ARRAY: {
                ArrayVector array = (ArrayVector) vector;
                List<Object> elements = new ArrayList<>(array.lengths[position]);
                for (int index = 0; index < array.lengths[position]; index++) {
                    elements.add(read(array.elements, array.offsets[position] + index, type.getComponentType()));
                }
                return elements;
            }
            case MAP: {
                MapVector map = (MapVector) vector;
                Map<Object, Object> entries = new LinkedHashMap<>();
                for (int index = 0; index < map.lengths[position]; index++) {
                    int entry = map.offsets[position] + index;
                    entries.put(read(map.keys, entry, type.getKeyType()), read(map.values, entry, type.getValueType()));
                }
                return entries;
            }
            case ROW: {
                StructVector struct = (StructVector) vector;
                List<Object> fields = new ArrayList<>(struct.fields.length);
                for (int field = 0; field < struct.fields.length; field++) {
                    fields.add(read(struct.fields[field], position, type.getFieldList().get(field).getType()));
                }
                return fields;
            }
            default:
                if (vector instanceof BytesVector bytes) {
                    return bytes.getString(position);
                }
                throw new IllegalArgumentException("cannot read values of type " + type.getFullTypeString());
        }
    }

    /**
     * Writes a value (or null) at a position; nested vectors append their children at their current ends.
     */
    public static void write(ColumnVector vector, int position, RelDataType type, Object value)
    {
        if (value == null) {
            vector.setNull(position);
            if (vector instanceof ArrayVector array) {
                array.offsets[position] = array.elementCount;
                array.lengths[position] = 0;
            }
            else if (vector instanceof MapVector map) {
                map.offsets[position] = map.entryCount;
                map.lengths[position] = 0;
            }
            else if (vector instanceof StructVector struct) {
                for (int field = 0; field < struct.fields.length; field++) {
                    struct.fields[field].ensureCapacity(position + 1);
                    write(struct.fields[field], position, type.getFieldList().get(field).getType(), null);
                }
            }
            return;
        }
        if (TarnTypes.isJson(type)) {
            ((BytesVector) vector).setString(position, value.toString());
            return;
        }
        SqlTypeName name = type.getSqlTypeName();
        switch (name) {
            case BOOLEAN -> ((BooleanVector) vector).set(position, (Boolean) value);
            case TINYINT, SMALLINT, INTEGER, BIGINT -> ((LongVector) vector).set(position, ((Number) value).longValue());
            case DECIMAL -> ((LongVector) vector).set(position, ((BigDecimal) value).setScale(type.getScale(), java.math.RoundingMode.HALF_UP).unscaledValue().longValueExact());
            case FLOAT, REAL, DOUBLE -> ((DoubleVector) vector).set(position, ((Number) value).doubleValue());
            case CHAR, VARCHAR -> ((BytesVector) vector).setString(position, value.toString());
            case BINARY, VARBINARY -> {
                byte[] bytes = value instanceof byte[] array ? array : value.toString().getBytes(StandardCharsets.UTF_8);
                ((BytesVector) vector).setReference(position, bytes, 0, bytes.length);
            }
            case DATE -> ((LongVector) vector).set(position, ((LocalDate) value).toEpochDay());
            case TIME -> ((LongVector) vector).set(position, ((LocalTime) value).toNanoOfDay() / 1_000_000L);
            case TIMESTAMP -> ((LongVector) vector).set(position, toEpochMillis((LocalDateTime) value));
            case TIMESTAMP_TZ, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> ((LongVector) vector).set(position, TimestampWithZone.fromZonedDateTime((ZonedDateTime) value));
            case INTERVAL_YEAR, INTERVAL_YEAR_MONTH, INTERVAL_MONTH -> ((LongVector) vector).set(position, ((Interval.YearToMonth) value).months());
            case INTERVAL_DAY, INTERVAL_DAY_HOUR, INTERVAL_DAY_MINUTE, INTERVAL_DAY_SECOND, INTERVAL_HOUR, INTERVAL_HOUR_MINUTE,
                    INTERVAL_HOUR_SECOND, INTERVAL_MINUTE, INTERVAL_MINUTE_SECOND, INTERVAL_SECOND ->
                    ((LongVector) vector).set(position, ((Interval.DayToSecond) value).millis());
            case ARRAY -> {
                ArrayVector array = (ArrayVector) vector;
                List<?> elements = (List<?>) value;
                int first = array.startArray(position, elements.size());
                for (int index = 0; index < elements.size(); index++) {
                    write(array.elements, first + index, type.getComponentType(), elements.get(index));
                }
            }
            case MAP -> {
                MapVector map = (MapVector) vector;
                Map<?, ?> entries = (Map<?, ?>) value;
                int entry = map.startMap(position, entries.size());
                for (Map.Entry<?, ?> item : entries.entrySet()) {
                    write(map.keys, entry, type.getKeyType(), item.getKey());
                    write(map.values, entry, type.getValueType(), item.getValue());
                    entry++;
                }
            }
            case ROW -> {
                StructVector struct = (StructVector) vector;
                List<?> fields = (List<?>) value;
                for (int field = 0; field < struct.fields.length; field++) {
                    struct.fields[field].ensureCapacity(position + 1);
                    write(struct.fields[field], position, type.getFieldList().get(field).getType(), fields.get(field));
                }
                struct.setNotNull(position);
            }
            default -> throw new IllegalArgumentException("cannot write values of type " + type.getFullTypeString());
        }
    }

    public static LocalDateTime toLocalDateTime(long epochMillis)
    {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC);
    }

    public static long toEpochMillis(LocalDateTime value)
    {
        return value.toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    public static long epochDay(long epochMillis)
    {
        return Math.floorDiv(epochMillis, MILLIS_PER_DAY);
    }
}
