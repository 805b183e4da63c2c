package io.tarn.storage.impl.orc;

import io.tarn.storage.schema.ArrayType;
import io.tarn.storage.schema.DataType;
import io.tarn.storage.schema.EventSchema;
import io.tarn.storage.schema.Field;
import io.tarn.storage.schema.MapType;
import io.tarn.storage.schema.PrimitiveType;
import io.tarn.storage.schema.StructType;
import org.apache.orc.TypeDescription;

/**
 * Translates event schemas into ORC types. Column and field names stay lower case, so Hive and Trino,
 * which match ORC columns by name, see exactly the schema's names.
 */
public final class OrcSchemas
{
    private OrcSchemas() {}

    /**
     * The ORC file schema of a store: a struct with one field per column, in the schema's order.
     */
    public static TypeDescription toOrcSchema(EventSchema schema)
    {
        return toOrcType(schema.asStruct());
    }

    public static TypeDescription toOrcType(DataType type)
    {
        if (type instanceof PrimitiveType primitive) {
            return switch (primitive) {
                case STRING -> TypeDescription.createString();
                case BOOLEAN -> TypeDescription.createBoolean();
                case INTEGER -> TypeDescription.createInt();
                case BIGINT -> TypeDescription.createLong();
                case DOUBLE -> TypeDescription.createDouble();
                case TIMESTAMP -> TypeDescription.createTimestamp();
            };
        }
        if (type instanceof StructType struct) {
            TypeDescription result = TypeDescription.createStruct();
            for (Field field : struct.fields()) {
                result.addField(field.name(), toOrcType(field.type()));
            }
            return result;
        }
        if (type instanceof MapType map) {
            return TypeDescription.createMap(toOrcType(map.keyType()), toOrcType(map.valueType()));
        }
        if (type instanceof ArrayType array) {
            return TypeDescription.createList(toOrcType(array.elementType()));
        }
        throw new IllegalArgumentException("unsupported type: " + type);
    }
}
