package io.tarn.engine.service;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns a stored value (Trino client-protocol JSON, see {@link TypedValueEncoder}) into the string Lake
 * shows in {@code QueryResultRows} and delivered CSV files: numbers as digits ({@code "96059"}), timestamps as
 * {@code 2023-01-22 16:53:53.000}, doubles in Java's shortest form ({@code 1.5}, {@code 1.0E10}), arrays as
 * {@code [a, b]}, maps as {@code {k=v}}, rows as {@code {field=value}} with {@code NULL} for nested nulls
 * (the forms the Trino CLI prints, {@link io.tarn.engine.exec.DisplayFormatter}); a top-level null is
 * {@code null}.
 */
public final class LakeValueFormatter
{
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    private LakeValueFormatter() {}

    public static String format(JsonNode value, TrinoType type)
    {
        if (value == null || value.isNull()) {
            return null;
        }
        return formatNonNull(value, type);
    }

    private static String formatNested(JsonNode value, TrinoType type)
    {
        if (value == null || value.isNull()) {
            return "NULL";
        }
        return formatNonNull(value, type);
    }

    private static String formatNonNull(JsonNode value, TrinoType type)
    {
        switch (type.rawType()) {
            case "double":
                return value.isNumber() ? Double.toString(value.doubleValue()) : value.asText();
            case "real":
                return value.isNumber() ? Float.toString(value.floatValue()) : value.asText();
            case "varbinary":
                return HEX.formatHex(Base64.getDecoder().decode(value.asText()));
            case "array": {
                TrinoType elementType = type.typeArguments().get(0);
                List<String> elements = new ArrayList<>();
                value.forEach(element -> elements.add(formatNested(element, elementType)));
                return "[" + String.join(", ", elements) + "]";
            }
            case "map": {
                TrinoType keyType = type.typeArguments().get(0);
                TrinoType valueType = type.typeArguments().get(1);
                List<String> entries = new ArrayList<>();
                for (Iterator<Map.Entry<String, JsonNode>> iterator = value.fields(); iterator.hasNext(); ) {
                    Map.Entry<String, JsonNode> entry = iterator.next();
                    entries.add(formatKey(entry.getKey(), keyType) + "=" + formatNested(entry.getValue(), valueType));
                }
                return "{" + String.join(", ", entries) + "}";
            }
            case "row": {
                List<TrinoType> fieldTypes = type.typeArguments();
                List<String> names = type.fieldNames();
                List<String> fields = new ArrayList<>();
                for (int field = 0; field < fieldTypes.size(); field++) {
                    fields.add(names.get(field) + "=" + formatNested(value.get(field), fieldTypes.get(field)));
                }
                return "{" + String.join(", ", fields) + "}";
            }
            default:
                return value.isTextual() ? value.textValue() : value.toString();
        }
    }

    private static String formatKey(String key, TrinoType keyType)
    {
        return switch (keyType.rawType()) {
            case "double" -> Double.toString(Double.parseDouble(key));
            case "real" -> Float.toString(Float.parseFloat(key));
            default -> key;
        };
    }
}
