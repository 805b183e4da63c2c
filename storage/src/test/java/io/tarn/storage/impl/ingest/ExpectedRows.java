package io.tarn.storage.impl.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tarn.storage.schema.ArrayType;
import io.tarn.storage.schema.DataType;
import io.tarn.storage.schema.EventSchema;
import io.tarn.storage.schema.Field;
import io.tarn.storage.schema.MapType;
import io.tarn.storage.schema.PrimitiveType;
import io.tarn.storage.schema.StructType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a stored row should hold for a JSON record, worked out from the record with a Jackson tree and
 * java.time, independently of the ingestion code, in the representation of {@link TestingOrcReader}.
 * Values that are JSON text of a nested object or array are expected as trees and compared as trees.
 */
public final class ExpectedRows
{
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssX");

    private ExpectedRows() {}

    public static JsonNode parse(String json)
    {
        try {
            return MAPPER.readTree(json);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The expected values of every column except {@code eventjson} and {@code eventjsonchecksum}.
     */
    public static Map<String, Object> expected(EventSchema schema, JsonNode record)
    {
        Map<String, Object> row = new LinkedHashMap<>();
        for (Field column : schema.columns()) {
            if (column.name().equals(EventSchema.EVENT_JSON) || column.name().equals(EventSchema.EVENT_JSON_CHECKSUM)) {
                continue;
            }
            row.put(column.name(), value(column.type(), member(record, column.name())));
        }
        return row;
    }

    /**
     * Asserts that an actual row matches an expected one, comparing JSON text with expected trees as trees.
     */
    public static void assertMatches(Map<String, Object> actual, Map<String, Object> expected, String description)
    {
        for (Map.Entry<String, Object> entry : expected.entrySet()) {
            assertValue(actual.get(entry.getKey()), entry.getValue(), description + " " + entry.getKey());
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertValue(Object actual, Object expected, String description)
    {
        if (expected instanceof JsonNode tree) {
            assertThat(actual).as(description).isInstanceOf(String.class);
            assertThat(parse((String) actual)).as(description).isEqualTo(tree);
        }
        else if (expected instanceof Map<?, ?> expectedMap) {
            assertThat(actual).as(description).isInstanceOf(Map.class);
            Map<Object, Object> actualMap = (Map<Object, Object>) actual;
            assertThat(actualMap.keySet()).as(description).containsExactlyInAnyOrderElementsOf(expectedMap.keySet());
            for (Map.Entry<?, ?> entry : expectedMap.entrySet()) {
                assertValue(actualMap.get(entry.getKey()), entry.getValue(), description + "." + entry.getKey());
            }
        }
        else if (expected instanceof List<?> expectedList) {
            assertThat(actual).as(description).isInstanceOf(List.class);
            List<Object> actualList = (List<Object>) actual;
            assertThat(actualList).as(description).hasSameSizeAs(expectedList);
            for (int index = 0; index < expectedList.size(); index++) {
                assertValue(actualList.get(index), expectedList.get(index), description + "[" + index + "]");
            }
        }
        else {
            assertThat(actual).as(description).isEqualTo(expected);
        }
    }

    private static Object value(DataType type, JsonNode node)
    {
        if (node == null || node.isNull()) {
            return null;
        }
        if (type instanceof PrimitiveType primitive) {
            return switch (primitive) {
                case STRING -> node.isContainerNode() ? node : node.asText();
                case BOOLEAN -> node.isBoolean() ? node.booleanValue() : Boolean.valueOf(node.asText().toLowerCase(Locale.ROOT));
                case INTEGER -> node.isTextual() ? Integer.valueOf(node.asText()) : node.intValue();
                case BIGINT -> node.longValue();
                case DOUBLE -> node.isTextual() ? Double.valueOf(node.asText()) : node.doubleValue();
                case TIMESTAMP -> timestamp(node.asText());
            };
        }
        if (type instanceof StructType struct) {
            JsonNode object = node.isArray() ? (node.isEmpty() ? null : node.get(0)) : node;
            if (object == null || object.isNull()) {
                return null;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (Field field : struct.fields()) {
                values.put(field.name(), value(field.type(), member(object, field.name())));
            }
            return values;
        }
        if (type instanceof MapType) {
            Map<String, Object> values = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                values.put(field.getKey(), value.isNull() ? null : value.isContainerNode() ? value : value.asText());
            }
            return values;
        }
        if (type instanceof ArrayType array) {
            List<Object> values = new ArrayList<>();
            if (node.isArray()) {
                node.forEach(element -> values.add(value(array.elementType(), element)));
            }
            else {
                values.add(value(array.elementType(), node));
            }
            return values;
        }
        throw new IllegalArgumentException("unexpected type " + type);
    }

    static Instant timestamp(String text)
    {
        if (text.matches("\\d{8}T\\d{6}Z")) {
            return OffsetDateTime.parse(text, BASIC).toInstant();
        }
        String iso = text.replace(' ', 'T');
        if (iso.endsWith("Z") || iso.matches(".*[+-]\\d{2}:\\d{2}$")) {
            return OffsetDateTime.parse(iso).toInstant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        }
        return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    /**
     * A member of an object matched by name ignoring case.
     */
    static JsonNode member(JsonNode object, String name)
    {
        if (object == null || !object.isObject()) {
            return null;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        JsonNode found = null;
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equalsIgnoreCase(name)) {
                found = field.getValue();
            }
        }
        return found;
    }
}
