package io.tarn.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import io.tarn.error.TarnException;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static io.tarn.storage.StorageErrorCode.INVALID_EVENT_SELECTORS;

/**
 * Reads and writes advanced event selectors in Lake's JSON shape:
 * {@code [{"Name": "...", "FieldSelectors": [{"Field": "eventCategory", "Equals": ["Management"]}]}]}.
 *
 * <p>Parsing checks the shape only: an array of objects with an optional string {@code Name} and an array
 * {@code FieldSelectors} of objects with a string {@code Field} and operators ({@code Equals},
 * {@code NotEquals}, {@code StartsWith}, {@code NotStartsWith}, {@code EndsWith}, {@code NotEndsWith}) whose
 * values are arrays of strings. Key names are case-sensitive, as in Lake; unknown keys, unknown operators and
 * repeated keys are refused with {@link StorageErrorCode#INVALID_EVENT_SELECTORS}. Whether the fields and
 * values make sense for a store is checked when the store is created or updated.
 */
public final class AdvancedEventSelectors
{
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final String NAME = "Name";
    private static final String FIELD_SELECTORS = "FieldSelectors";
    private static final String FIELD = "Field";
    private static final String OPERATOR_NAMES = Arrays.stream(SelectorOperator.values())
            .map(SelectorOperator::jsonName)
            .collect(Collectors.joining(", "));

    private AdvancedEventSelectors() {}

    public static List<AdvancedEventSelector> parse(String json)
    {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        }
        catch (JsonProcessingException e) {
            throw invalid("Advanced event selectors are not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw invalid("Advanced event selectors must be a JSON array of selectors, such as "
                    + "[{\"Name\": \"Management events\", \"FieldSelectors\": [{\"Field\": \"eventCategory\", \"Equals\": [\"Management\"]}]}]");
        }
        ImmutableList.Builder<AdvancedEventSelector> selectors = ImmutableList.builder();
        for (int index = 0; index < root.size(); index++) {
            selectors.add(parseSelector(root.get(index), index));
        }
        return selectors.build();
    }

    /**
     * The selectors as compact JSON in Lake's shape; {@code Name} is left out when a selector has none.
     */
    public static String toJson(List<AdvancedEventSelector> selectors)
    {
        ArrayNode array = JSON.createArrayNode();
        for (AdvancedEventSelector selector : selectors) {
            ObjectNode object = array.addObject();
            selector.name().ifPresent(name -> object.put(NAME, name));
            ArrayNode fieldSelectors = object.putArray(FIELD_SELECTORS);
            for (FieldSelector fieldSelector : selector.fieldSelectors()) {
                ObjectNode fieldObject = fieldSelectors.addObject();
                fieldObject.put(FIELD, fieldSelector.field());
                fieldSelector.conditions().forEach((operator, values) -> {
                    ArrayNode valueArray = fieldObject.putArray(operator.jsonName());
                    values.forEach(valueArray::add);
                });
            }
        }
        try {
            return JSON.writeValueAsString(array);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("selectors cannot be written as JSON", e);
        }
    }

    /**
     * How messages name a selector: by its name when it has one, else by its 1-based position.
     */
    public static String describe(Optional<String> name, int index)
    {
        return name.map(value -> "Advanced event selector '" + value + "'")
                .orElseGet(() -> "Advanced event selector #" + (index + 1));
    }

    private static AdvancedEventSelector parseSelector(JsonNode node, int index)
    {
        if (!node.isObject()) {
            throw invalid("Advanced event selector #" + (index + 1) + " must be a JSON object with \"FieldSelectors\"");
        }
        JsonNode nameNode = node.get(NAME);
        if (nameNode != null && !nameNode.isTextual()) {
            throw invalid("Advanced event selector #" + (index + 1) + ": \"Name\" must be a string");
        }
        Optional<String> name = Optional.ofNullable(nameNode).map(JsonNode::textValue);
        String selector = describe(name, index);
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!key.equals(NAME) && !key.equals(FIELD_SELECTORS)) {
                throw invalid(selector + ": unknown key \"" + key + "\"; a selector has \"Name\" and \"FieldSelectors\"");
            }
        }
        JsonNode fieldSelectorsNode = node.get(FIELD_SELECTORS);
        if (fieldSelectorsNode == null || !fieldSelectorsNode.isArray()) {
            throw invalid(selector + ": \"FieldSelectors\" must be an array of field selectors");
        }
        ImmutableList.Builder<FieldSelector> fieldSelectors = ImmutableList.builder();
        for (int position = 0; position < fieldSelectorsNode.size(); position++) {
            fieldSelectors.add(parseFieldSelector(fieldSelectorsNode.get(position), selector + ", field selector #" + (position + 1)));
        }
        return new AdvancedEventSelector(name, fieldSelectors.build());
    }

    private static FieldSelector parseFieldSelector(JsonNode node, String location)
    {
        if (!node.isObject()) {
            throw invalid(location + " must be a JSON object such as {\"Field\": \"eventName\", \"Equals\": [\"PutObject\"]}");
        }
        JsonNode fieldNode = node.get(FIELD);
        if (fieldNode == null || !fieldNode.isTextual()) {
            throw invalid(location + ": \"Field\" must be a string naming the event field");
        }
        String field = fieldNode.textValue();
        Map<SelectorOperator, List<String>> conditions = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> entries = node.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (entry.getKey().equals(FIELD)) {
                continue;
            }
            String where = location + " (" + field + ")";
            SelectorOperator operator = SelectorOperator.fromJsonName(entry.getKey())
                    .orElseThrow(() -> invalid(where + ": unknown operator \"" + entry.getKey() + "\"; operators are " + OPERATOR_NAMES));
            conditions.put(operator, parseValues(entry.getValue(), where + ", " + operator.jsonName()));
        }
        return new FieldSelector(field, conditions);
    }

    private static List<String> parseValues(JsonNode node, String location)
    {
        if (!node.isArray()) {
            throw invalid(location + ": values must be an array of strings");
        }
        ImmutableList.Builder<String> values = ImmutableList.builder();
        for (JsonNode value : node) {
            if (!value.isTextual()) {
                throw invalid(location + ": values must be strings, not " + value);
            }
            values.add(value.textValue());
        }
        return values.build();
    }

    private static TarnException invalid(String message)
    {
        return new TarnException(INVALID_EVENT_SELECTORS, message);
    }
}
