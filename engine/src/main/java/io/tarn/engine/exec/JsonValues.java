package io.tarn.engine.exec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tarn.engine.type.TarnTypes;
import io.tarn.error.TarnException;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.tarn.engine.StandardErrorCode.INVALID_CAST_ARGUMENT;
import static io.tarn.engine.StandardErrorCode.INVALID_FUNCTION_ARGUMENT;
import static io.tarn.engine.StandardErrorCode.NUMERIC_VALUE_OUT_OF_RANGE;

/**
 * Conversions between SQL values and JSON: {@code CAST(x AS json)}, {@code CAST(json AS type)}, parsing and
 * canonical printing of JSON text.
 */
public final class JsonValues
{
    // Trino's json is canonical: object keys sorted, no insignificant whitespace.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.WRITE_PROPERTIES_SORTED, true)
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonValues() {}

    /**
     * Parses JSON text; an error names the text, as {@code json_parse} does.
     */
    public static JsonNode parse(String text)
    {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Cannot convert value to JSON: '" + text + "'");
            }
            return node;
        }
        catch (JsonProcessingException e) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Cannot convert value to JSON: '" + text + "'");
        }
    }

    /**
     * Parses JSON text, or null when it is not JSON (for functions that return null on bad input).
     */
    public static JsonNode tryParse(String text)
    {
        try {
            return MAPPER.readTree(text);
        }
        catch (JsonProcessingException e) {
            return null;
        }
    }

    public static String print(JsonNode node)
    {
        try {
            return MAPPER.writeValueAsString(node);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String toJsonText(Object value, RelDataType type)
    {
        return print(toNode(value, type));
    }

    public static JsonNode toNode(Object value, RelDataType type)
    {
        if (value == null) {
            return NODES.nullNode();
        }
        if (TarnTypes.isJson(type)) {
            return parse(value.toString());
        }
        SqlTypeName name = type.getSqlTypeName();
        switch (name) {
            case BOOLEAN:
                return NODES.booleanNode((Boolean) value);
            case TINYINT, SMALLINT, INTEGER, BIGINT:
                return NODES.numberNode((Long) value);
            case DECIMAL:
                return NODES.numberNode((BigDecimal) value);
            case REAL, FLOAT, DOUBLE:
                return NODES.numberNode((Double) value);
            case ARRAY: {
                ArrayNode array = NODES.arrayNode();
                for (Object element : (List<?>) value) {
                    array.add(toNode(element, type.getComponentType()));
                }
                return array;
            }
            case MAP: {
                ObjectNode object = NODES.objectNode();
                for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                    object.set(ValueFormatter.format(entry.getKey(), type.getKeyType()), toNode(entry.getValue(), type.getValueType()));
                }
                return object;
            }
            case ROW: {
                List<?> fields = (List<?>) value;
                ObjectNode object = NODES.objectNode();
                for (int field = 0; field < fields.size(); field++) {
                    object.set(type.getFieldList().get(field).getName(), toNode(fields.get(field), type.getFieldList().get(field).getType()));
                }
                return object;
            }
            default:
                return NODES.textNode(ValueFormatter.format(value, type));
        }
    }

    /**
     * {@code CAST(json AS type)}.
     */
    public static Object fromJson(String text, RelDataType type, ExecutionContext context)
    {
        return fromNode(parse(text), type, context, text);
    }

    public static Object fromNode(JsonNode node, RelDataType type, ExecutionContext context, String original)
    {
        if (node == null || node.isNull()) {
            return null;
        }
        if (TarnTypes.isJson(type)) {
            return new Json(print(node));
        }
        SqlTypeName name = type.getSqlTypeName();
        switch (name) {
            case CHAR, VARCHAR:
                if (node.isContainerNode()) {
                    throw cannotCast(original, type);
                }
                if (node.isFloatingPointNumber()) {
                    // As Trino: a JSON double becomes text as CAST(double AS varchar) writes it (1.5E0).
                    return ValueFormatter.formatDouble(node.doubleValue());
                }
                return node.isTextual() ? node.textValue() : node.asText();
            case BOOLEAN:
                if (node.isBoolean()) {
                    return node.booleanValue();
                }
                if (node.isNumber()) {
                    return node.doubleValue() != 0;
                }
                if (node.isTextual()) {
                    return Casts.cast(node.textValue(), TarnTypes.nullable(TarnTypes.newTypeFactory(), SqlTypeName.VARCHAR), type, context);
                }
                throw cannotCast(original, type);
            case TINYINT, SMALLINT, INTEGER, BIGINT, DECIMAL, REAL, FLOAT, DOUBLE: {
                Object number;
                if (node.isIntegralNumber()) {
                    number = node.canConvertToLong() ? (Object) node.longValue() : node.decimalValue();
                }
                else if (node.isNumber()) {
                    number = node.doubleValue();
                }
                else if (node.isBoolean()) {
                    number = node.booleanValue() ? 1L : 0L;
                }
                else if (node.isTextual()) {
                    number = node.textValue();
                }
                else {
                    throw cannotCast(original, type);
                }
                RelDataType sourceType = TarnTypes.nullable(TarnTypes.newTypeFactory(),
                        number instanceof Long ? SqlTypeName.BIGINT : number instanceof Double ? SqlTypeName.DOUBLE : number instanceof BigDecimal ? SqlTypeName.DECIMAL : SqlTypeName.VARCHAR);
                try {
                    return Casts.cast(number instanceof BigDecimal decimal ? (Object) decimal.doubleValue() : number,
                            number instanceof BigDecimal ? TarnTypes.nullable(TarnTypes.newTypeFactory(), SqlTypeName.DOUBLE) : sourceType, type, context);
                }
                catch (TarnException e) {
                    if (e.getErrorCode().equals(NUMERIC_VALUE_OUT_OF_RANGE.toErrorCode())) {
                        // Trino reports numbers out of the target's range in json casts as bad cast arguments.
                        throw new TarnException(INVALID_CAST_ARGUMENT, "Cannot cast '" + print(node) + "' to " + TarnTypes.trinoName(type));
                    }
                    throw e;
                }
            }
            case ARRAY: {
                if (!node.isArray()) {
                    throw cannotCast(original, type);
                }
                List<Object> result = new ArrayList<>();
                for (JsonNode element : node) {
                    result.add(fromNode(element, type.getComponentType(), context, original));
                }
                return result;
            }
            case MAP: {
                if (!node.isObject()) {
                    throw cannotCast(original, type);
                }
                Map<Object, Object> result = new LinkedHashMap<>();
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    Object key = Casts.cast(field.getKey(), TarnTypes.nullable(TarnTypes.newTypeFactory(), SqlTypeName.VARCHAR), type.getKeyType(), context);
                    result.put(key, fromNode(field.getValue(), type.getValueType(), context, original));
                }
                return result;
            }
            case ROW: {
                List<Object> result = new ArrayList<>();
                if (node.isArray()) {
                    for (int field = 0; field < type.getFieldCount(); field++) {
                        result.add(fromNode(node.get(field), type.getFieldList().get(field).getType(), context, original));
                    }
                    return result;
                }
                if (node.isObject()) {
                    for (int field = 0; field < type.getFieldCount(); field++) {
                        JsonNode value = findField(node, type.getFieldList().get(field).getName());
                        result.add(fromNode(value, type.getFieldList().get(field).getType(), context, original));
                    }
                    return result;
                }
                throw cannotCast(original, type);
            }
            case DATE:
                return node.isTextual() ? (Object) LocalDate.parse(node.textValue()) : throwCannotCast(original, type);
            case TIMESTAMP:
                return node.isTextual() ? (Object) DateTimeParsing.parseTimestamp(node.textValue()) : throwCannotCast(original, type);
            case TIMESTAMP_TZ, TIMESTAMP_WITH_LOCAL_TIME_ZONE:
                return node.isTextual() ? (Object) DateTimeParsing.parseTimestampWithZone(node.textValue(), context.timeZone()) : throwCannotCast(original, type);
            default:
                throw cannotCast(original, type);
        }
    }

    private static JsonNode findField(JsonNode object, String name)
    {
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue();
            }
        }
        return null;
    }

    private static Object throwCannotCast(String original, RelDataType type)
    {
        throw cannotCast(original, type);
    }

    private static TarnException cannotCast(String original, RelDataType type)
    {
        return new TarnException(INVALID_CAST_ARGUMENT, "Cannot cast to " + TarnTypes.trinoName(type) + ". " + original);
    }

    static boolean isTemporal(Object value)
    {
        return value instanceof LocalDate || value instanceof LocalDateTime || value instanceof ZonedDateTime;
    }
}
