package io.tarn.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Turns the columns and rows of the Trino client protocol ({@code columns} with {@code typeSignature}s,
 * {@code data} as JSON arrays) into what printers print, showing values as the Trino CLI does: {@code NULL},
 * arrays as {@code [a, b]}, maps as {@code {k=v}}, rows (positional arrays on the wire) as {@code {f1=1, f2=x}}.
 */
public final class TrinoRows
{
    private static final Set<String> NUMERIC = Set.of("tinyint", "smallint", "integer", "bigint", "real", "double", "decimal");

    private TrinoRows() {}

    /**
     * The columns of a {@code QueryResults.columns} array.
     */
    public static List<OutputColumn> columns(JsonNode columns)
    {
        List<OutputColumn> result = new ArrayList<>();
        for (JsonNode column : columns) {
            JsonNode signature = column.path("typeSignature");
            result.add(new OutputColumn(column.path("name").asText(), column.path("type").asText(), NUMERIC.contains(signature.path("rawType").asText())));
        }
        return result;
    }

    /**
     * The rows of a {@code QueryResults.data} array, given the {@code columns} array that describes them.
     */
    public static List<OutputRow> rows(JsonNode data, JsonNode columns)
    {
        List<JsonNode> signatures = new ArrayList<>();
        columns.forEach(column -> signatures.add(column.path("typeSignature")));
        List<OutputRow> rows = new ArrayList<>(data.size());
        for (JsonNode values : data) {
            rows.add(new TrinoRow(values, signatures));
        }
        return rows;
    }

    private record TrinoRow(JsonNode values, List<JsonNode> signatures)
            implements OutputRow
    {
        private TrinoRow
        {
            requireNonNull(values, "values is null");
            requireNonNull(signatures, "signatures is null");
        }

        @Override
        public int size()
        {
            return signatures.size();
        }

        @Override
        public boolean isNull(int column)
        {
            return values.path(column).isNull() || values.path(column).isMissingNode();
        }

        @Override
        public String text(int column)
        {
            return text(values.path(column), signatures.get(column));
        }

        @Override
        public JsonNode json(int column)
        {
            return json(values.path(column), signatures.get(column));
        }

        private static String text(JsonNode value, JsonNode signature)
        {
            if (value.isNull() || value.isMissingNode()) {
                return "NULL";
            }
            switch (signature.path("rawType").asText()) {
                case "array" -> {
                    List<String> elements = new ArrayList<>();
                    value.forEach(element -> elements.add(text(element, argumentType(signature, 0))));
                    return "[" + String.join(", ", elements) + "]";
                }
                case "map" -> {
                    List<String> entries = new ArrayList<>();
                    for (Map.Entry<String, JsonNode> entry : value.properties()) {
                        entries.add(entry.getKey() + "=" + text(entry.getValue(), argumentType(signature, 1)));
                    }
                    return "{" + String.join(", ", entries) + "}";
                }
                case "row" -> {
                    List<String> fields = new ArrayList<>();
                    for (int field = 0; field < value.size(); field++) {
                        String name = fieldName(signature, field);
                        String text = text(value.get(field), fieldType(signature, field));
                        fields.add(name == null ? text : name + "=" + text);
                    }
                    return "{" + String.join(", ", fields) + "}";
                }
                case "double" -> {
                    return value.isNumber() ? Double.toString(value.doubleValue()) : value.asText();
                }
                case "real" -> {
                    return value.isNumber() ? Float.toString(value.floatValue()) : value.asText();
                }
                default -> {
                    return value.isValueNode() ? value.asText() : value.toString();
                }
            }
        }

        private static JsonNode json(JsonNode value, JsonNode signature)
        {
            if (value.isNull() || value.isMissingNode()) {
                return JsonNodeFactory.instance.nullNode();
            }
            switch (signature.path("rawType").asText()) {
                case "array" -> {
                    ArrayNode array = JsonNodeFactory.instance.arrayNode();
                    value.forEach(element -> array.add(json(element, argumentType(signature, 0))));
                    return array;
                }
                case "map" -> {
                    ObjectNode map = JsonNodeFactory.instance.objectNode();
                    for (Map.Entry<String, JsonNode> entry : value.properties()) {
                        map.set(entry.getKey(), json(entry.getValue(), argumentType(signature, 1)));
                    }
                    return map;
                }
                case "row" -> {
                    ObjectNode row = JsonNodeFactory.instance.objectNode();
                    for (int field = 0; field < value.size(); field++) {
                        String name = fieldName(signature, field);
                        row.set(name == null ? "field" + field : name, json(value.get(field), fieldType(signature, field)));
                    }
                    return row;
                }
                default -> {
                    return value;
                }
            }
        }

        private static JsonNode argumentType(JsonNode signature, int index)
        {
            return signature.path("arguments").path(index).path("value");
        }

        private static String fieldName(JsonNode signature, int index)
        {
            JsonNode name = signature.path("arguments").path(index).path("value").path("fieldName").path("name");
            return name.isTextual() ? name.asText() : null;
        }

        private static JsonNode fieldType(JsonNode signature, int index)
        {
            return signature.path("arguments").path(index).path("value").path("typeSignature");
        }
    }
}
