package io.tarn.storage.impl.scan;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.storage.schema.ArrayType;
import io.tarn.storage.schema.DataType;
import io.tarn.storage.schema.Field;
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

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plain Java values of vector positions, and the values a JSON event should have after a round trip
 * through a data file: structs and maps become maps (structs with every field, nulls included), arrays
 * lists, timestamps {@link Instant}s, strings {@link String}s; map values and non-string JSON stored in a
 * string field are JSON text.
 */
final class TestingVectors
{
    private TestingVectors() {}

    static Object value(ColumnVector vector, DataType type, int position)
    {
        if (vector.isNull(position)) {
            return null;
        }
        if (type instanceof PrimitiveType primitive) {
            return switch (primitive) {
                case STRING -> ((BytesVector) vector).getString(position);
                case BOOLEAN -> ((BooleanVector) vector).values[position];
                case INTEGER, BIGINT -> ((LongVector) vector).values[position];
                case DOUBLE -> ((DoubleVector) vector).values[position];
                case TIMESTAMP -> Instant.ofEpochMilli(((LongVector) vector).values[position]);
            };
        }
        if (type instanceof StructType struct) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (int index = 0; index < struct.fields().size(); index++) {
                Field field = struct.fields().get(index);
                fields.put(field.name(), value(((StructVector) vector).fields[index], field.type(), position));
            }
            return fields;
        }
        if (type instanceof ArrayType array) {
            ArrayVector arrays = (ArrayVector) vector;
            List<Object> elements = new ArrayList<>();
            for (int index = 0; index < arrays.lengths[position]; index++) {
                elements.add(value(arrays.elements, array.elementType(), arrays.offsets[position] + index));
            }
            return elements;
        }
        MapType map = (MapType) type;
        MapVector maps = (MapVector) vector;
        Map<Object, Object> entries = new LinkedHashMap<>();
        for (int index = 0; index < maps.lengths[position]; index++) {
            int entry = maps.offsets[position] + index;
            entries.put(value(maps.keys, map.keyType(), entry), value(maps.values, map.valueType(), entry));
        }
        return entries;
    }

    static Object expected(JsonNode value, DataType type)
    {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (type instanceof PrimitiveType primitive) {
            return switch (primitive) {
                case STRING -> value.isTextual() ? value.asText() : value.toString();
                case BOOLEAN -> value.asBoolean();
                case INTEGER, BIGINT -> value.asLong();
                case DOUBLE -> value.asDouble();
                case TIMESTAMP -> parseInstant(value.asText());
            };
        }
        if (type instanceof StructType struct) {
            if (!value.isObject()) {
                return null;
            }
            Map<String, JsonNode> byName = lowerCaseFields(value);
            Map<String, Object> fields = new LinkedHashMap<>();
            for (Field field : struct.fields()) {
                fields.put(field.name(), expected(byName.get(field.name()), field.type()));
            }
            return fields;
        }
        if (type instanceof ArrayType array) {
            if (!value.isArray()) {
                return null;
            }
            List<Object> elements = new ArrayList<>();
            value.forEach(element -> elements.add(expected(element, array.elementType())));
            return elements;
        }
        MapType map = (MapType) type;
        if (!value.isObject()) {
            return null;
        }
        Map<Object, Object> entries = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            entries.put(entry.getKey(), expected(entry.getValue(), map.valueType()));
        }
        return entries;
    }

    static Map<String, JsonNode> lowerCaseFields(JsonNode object)
    {
        Map<String, JsonNode> fields = new HashMap<>();
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            fields.putIfAbsent(entry.getKey().toLowerCase(Locale.ROOT), entry.getValue());
        }
        return fields;
    }

    private static Instant parseInstant(String text)
    {
        try {
            return Instant.parse(text);
        }
        catch (DateTimeParseException e) {
            return null;
        }
    }
}
