package io.tarn.engine.service;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tarn.engine.exec.ValueFormatter;
import io.tarn.engine.type.TarnTypes;
import org.apache.calcite.rel.type.RelDataType;

import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Writes a result value (a Java value as {@link io.tarn.engine.exec.Values} describes) as JSON in the
 * encoding of Trino's client protocol, which is how stored results keep their values: integers and booleans
 * as JSON numbers and booleans, {@code double} and {@code real} as JSON numbers with a fraction or exponent
 * (or the strings {@code NaN}, {@code Infinity}, {@code -Infinity}), {@code varbinary} as base64,
 * arrays and rows as JSON arrays, maps as JSON objects with keys as text, and every other type
 * ({@code varchar}, {@code json}, {@code decimal}, dates, times, timestamps, intervals) as the string
 * {@code CAST(value AS varchar)} gives, e.g. {@code "2023-01-22 16:53:53.000"}.
 */
public final class TypedValueEncoder
{
    private TypedValueEncoder() {}

    public static void write(JsonGenerator generator, Object value, RelDataType type)
            throws IOException
    {
        if (value == null) {
            generator.writeNull();
            return;
        }
        if (TarnTypes.isJson(type)) {
            generator.writeString(value.toString());
            return;
        }
        switch (type.getSqlTypeName()) {
            case BOOLEAN -> generator.writeBoolean((Boolean) value);
            case TINYINT, SMALLINT, INTEGER, BIGINT -> generator.writeNumber(((Number) value).longValue());
            case DOUBLE -> writeDouble(generator, ((Number) value).doubleValue());
            case REAL, FLOAT -> {
                float real = ((Number) value).floatValue();
                if (Float.isNaN(real) || Float.isInfinite(real)) {
                    generator.writeString(Float.toString(real));
                }
                else {
                    generator.writeNumber(real);
                }
            }
            case BINARY, VARBINARY -> generator.writeString(Base64.getEncoder().encodeToString((byte[]) value));
            case ARRAY -> {
                generator.writeStartArray();
                for (Object element : (List<?>) value) {
                    write(generator, element, type.getComponentType());
                }
                generator.writeEndArray();
            }
            case MAP -> {
                generator.writeStartObject();
                for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                    generator.writeFieldName(String.valueOf(ValueFormatter.format(entry.getKey(), type.getKeyType())));
                    write(generator, entry.getValue(), type.getValueType());
                }
                generator.writeEndObject();
            }
            case ROW -> {
                List<?> fields = (List<?>) value;
                generator.writeStartArray();
                for (int field = 0; field < fields.size(); field++) {
                    write(generator, fields.get(field), type.getFieldList().get(field).getType());
                }
                generator.writeEndArray();
            }
            default -> generator.writeString(ValueFormatter.format(value, type));
        }
    }

    private static void writeDouble(JsonGenerator generator, double value)
            throws IOException
    {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            generator.writeString(Double.toString(value));
            return;
        }
        generator.writeNumber(value);
    }
}
