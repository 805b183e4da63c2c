package io.tarn.server.trino;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tarn.engine.service.TrinoType;

import java.io.IOException;
import java.util.Set;

/**
 * Writes a Trino type as the client protocol's {@code typeSignature}, from which clients build their value
 * decoders: {@code {"rawType": "varchar", "arguments": [{"kind": "LONG", "value": 2147483647}]}}. Type
 * arguments are {@code TYPE}, row fields {@code NAMED_TYPE} ({@code {"fieldName": {"name": "arn"},
 * "typeSignature": ...}}, without {@code fieldName} for an anonymous field), numbers {@code LONG}. An
 * unbounded {@code varchar} carries Trino's unbounded length. Clients that do not announce the
 * {@code PARAMETRIC_DATETIME} capability get {@code timestamp} and {@code time} without a precision, as
 * Trino sends them.
 */
final class TypeSignatures
{
    static final long UNBOUNDED_VARCHAR_LENGTH = Integer.MAX_VALUE;
    private static final Set<String> PARAMETRIC_DATETIME_TYPES = Set.of("timestamp", "timestamp with time zone", "time", "time with time zone");

    private TypeSignatures() {}

    static void write(JsonGenerator generator, TrinoType type, boolean parametricDatetime)
            throws IOException
    {
        generator.writeStartObject();
        generator.writeStringField("rawType", type.rawType());
        generator.writeArrayFieldStart("arguments");
        if (type.rawType().equals("varchar") && type.arguments().isEmpty()) {
            writeLong(generator, UNBOUNDED_VARCHAR_LENGTH);
        }
        boolean dropPrecision = !parametricDatetime && PARAMETRIC_DATETIME_TYPES.contains(type.rawType());
        boolean row = type.rawType().equals("row");
        for (TrinoType.Argument argument : type.arguments()) {
            if (argument instanceof TrinoType.NumberArgument number) {
                if (!dropPrecision) {
                    writeLong(generator, number.value());
                }
            }
            else if (argument instanceof TrinoType.TypeArgument typeArgument) {
                generator.writeStartObject();
                if (row) {
                    generator.writeStringField("kind", "NAMED_TYPE");
                    generator.writeObjectFieldStart("value");
                    if (typeArgument.name().isPresent()) {
                        generator.writeObjectFieldStart("fieldName");
                        generator.writeStringField("name", typeArgument.name().get());
                        generator.writeEndObject();
                    }
                    generator.writeFieldName("typeSignature");
                    write(generator, typeArgument.type(), parametricDatetime);
                    generator.writeEndObject();
                }
                else {
                    generator.writeStringField("kind", "TYPE");
                    generator.writeFieldName("value");
                    write(generator, typeArgument.type(), parametricDatetime);
                }
                generator.writeEndObject();
            }
        }
        generator.writeEndArray();
        generator.writeEndObject();
    }

    /**
     * The type's name as the column's {@code type}: Trino's spelling, without a date-time precision for
     * clients that do not take one.
     */
    static String displayName(TrinoType type, boolean parametricDatetime)
    {
        if (!parametricDatetime && PARAMETRIC_DATETIME_TYPES.contains(type.rawType())) {
            return type.rawType();
        }
        return type.toString();
    }

    private static void writeLong(JsonGenerator generator, long value)
            throws IOException
    {
        generator.writeStartObject();
        generator.writeStringField("kind", "LONG");
        generator.writeNumberField("value", value);
        generator.writeEndObject();
    }
}
