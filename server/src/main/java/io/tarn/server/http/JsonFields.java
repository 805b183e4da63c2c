package io.tarn.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tarn.error.TarnException;
import io.tarn.server.api.LakeJson;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static io.tarn.server.ServerErrorCode.INVALID_REQUEST;
import static java.util.Objects.requireNonNull;

/**
 * The fields of a JSON request object, read strictly: a field of the wrong JSON type, a missing required
 * field or a field the request does not know is {@code INVALID_REQUEST} (400) naming the field, as Lake's
 * API refuses unknown parameters. A JSON {@code null} counts as absent.
 */
public final class JsonFields
{
    private final ObjectNode object;

    private JsonFields(ObjectNode object)
    {
        this.object = requireNonNull(object, "object is null");
    }

    public static JsonFields of(JsonNode node, List<String> allowed)
    {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return new JsonFields(LakeJson.MAPPER.createObjectNode());
        }
        if (!node.isObject()) {
            throw invalid("The request body must be a JSON object, not " + describe(node.getNodeType()));
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw invalid("Unknown field '" + name + "'" + (allowed.isEmpty() ? "; this request takes no fields" : "; known fields are " + String.join(", ", allowed)));
            }
        }
        return new JsonFields((ObjectNode) node);
    }

    public boolean has(String name)
    {
        return node(name).isPresent();
    }

    public Optional<JsonNode> node(String name)
    {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    public Optional<String> string(String name)
    {
        return node(name).map(value -> {
            if (!value.isTextual()) {
                throw wrongType(name, "a string", value);
            }
            return value.textValue();
        });
    }

    public String requiredString(String name)
    {
        return string(name).orElseThrow(() -> invalid("Missing field '" + name + "'"));
    }

    public OptionalInt integer(String name)
    {
        Optional<JsonNode> value = node(name);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        if (!value.get().isIntegralNumber() || !value.get().canConvertToInt()) {
            throw wrongType(name, "an integer", value.get());
        }
        return OptionalInt.of(value.get().intValue());
    }

    public Optional<Boolean> bool(String name)
    {
        return node(name).map(value -> {
            if (!value.isBoolean()) {
                throw wrongType(name, "true or false", value);
            }
            return value.booleanValue();
        });
    }

    /**
     * An array field; its elements are checked by the caller.
     */
    public Optional<JsonNode> array(String name)
    {
        return node(name).map(value -> {
            if (!value.isArray()) {
                throw wrongType(name, "an array", value);
            }
            return value;
        });
    }

    /**
     * An object field; its members are checked by the caller.
     */
    public Optional<JsonNode> objectField(String name)
    {
        return node(name).map(value -> {
            if (!value.isObject()) {
                throw wrongType(name, "an object", value);
            }
            return value;
        });
    }

    public static TarnException invalid(String message)
    {
        return new TarnException(INVALID_REQUEST, message);
    }

    private static TarnException wrongType(String name, String expected, JsonNode value)
    {
        return invalid("Field '" + name + "' must be " + expected + ", not " + describe(value.getNodeType()));
    }

    private static String describe(JsonNodeType type)
    {
        return switch (type) {
            case ARRAY -> "an array";
            case BINARY, STRING -> "a string";
            case BOOLEAN -> "a boolean";
            case MISSING, NULL -> "null";
            case NUMBER -> "a number";
            case OBJECT, POJO -> "an object";
        };
    }
}
