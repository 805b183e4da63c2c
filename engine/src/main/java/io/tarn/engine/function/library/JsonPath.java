package io.tarn.engine.function.library;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.tarn.error.TarnException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static io.tarn.engine.StandardErrorCode.INVALID_FUNCTION_ARGUMENT;
import static java.util.Objects.requireNonNull;

/**
 * A compiled path of Trino's {@code json_extract} dialect: {@code $} then steps {@code .name} (letters,
 * digits, {@code _} and {@code :}), {@code [name]} (letters, digits, {@code _}) or {@code ["quoted name"]}
 * (with {@code \"} and {@code \\} escapes). A step selects an object's field of that name, or, when the
 * name is a non-negative integer, an array's element at that 0-based index. No wildcards or recursion, as in
 * Trino.
 */
final class JsonPath
{
    private final String text;
    private final SerializedString[] names;
    private final int[] indexes;
    private final JsonPathScanner scanner;

    private JsonPath(String text, List<String> steps)
    {
        this.text = requireNonNull(text, "text is null");
        this.names = new SerializedString[steps.size()];
        this.indexes = new int[steps.size()];
        for (int step = 0; step < steps.size(); step++) {
            names[step] = new SerializedString(steps.get(step));
            indexes[step] = arrayIndex(steps.get(step));
        }
        this.scanner = new JsonPathScanner(steps.stream().map(step -> step.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new), indexes);
    }

    static JsonPath parse(String text)
    {
        return new JsonPath(text, new Tokenizer(text).tokens());
    }

    String text()
    {
        return text;
    }

    /**
     * The byte scanner for this path, which answers most documents without a parser.
     */
    JsonPathScanner scanner()
    {
        return scanner;
    }

    /**
     * Moves a parser standing before a document's first token to the first token of the value the path
     * selects; false when there is no such value. Malformed JSON on the way throws {@link JsonParseException}.
     */
    boolean navigate(JsonParser parser)
            throws IOException
    {
        if (parser.nextToken() == null) {
            return false;
        }
        for (int step = 0; step < names.length; step++) {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.START_OBJECT) {
                if (!findField(parser, names[step])) {
                    return false;
                }
            }
            else if (token == JsonToken.START_ARRAY) {
                if (!findElement(parser, indexes[step])) {
                    return false;
                }
            }
            else {
                throw new JsonParseException(parser, "Expected a JSON object or array");
            }
        }
        return true;
    }

    private static boolean findField(JsonParser parser, SerializedString name)
            throws IOException
    {
        while (!parser.nextFieldName(name)) {
            if (!parser.hasCurrentToken()) {
                throw new JsonParseException(parser, "Unexpected end of object");
            }
            if (parser.currentToken() == JsonToken.END_OBJECT) {
                return false;
            }
            parser.skipChildren();
        }
        parser.nextToken();
        return true;
    }

    private static boolean findElement(JsonParser parser, int index)
            throws IOException
    {
        int current = 0;
        while (true) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new JsonParseException(parser, "Unexpected end of array");
            }
            if (token == JsonToken.END_ARRAY) {
                return false;
            }
            if (current == index) {
                return true;
            }
            current++;
            parser.skipChildren();
        }
    }

    private static int arrayIndex(String name)
    {
        try {
            return Integer.parseInt(name);
        }
        catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public String toString()
    {
        return text;
    }

    private static final class Tokenizer
    {
        private final String path;
        private int index;

        Tokenizer(String path)
        {
            this.path = path;
        }

        List<String> tokens()
        {
            if (path.isEmpty() || path.charAt(0) != '$') {
                throw invalid();
            }
            index = 1;
            List<String> tokens = new ArrayList<>();
            while (index < path.length()) {
                char character = path.charAt(index++);
                if (character == '.') {
                    tokens.add(unquoted(true));
                }
                else if (character == '[') {
                    tokens.add(accept('"') ? quoted() : unquoted(false));
                    if (!accept(']')) {
                        throw invalid();
                    }
                }
                else {
                    throw invalid();
                }
            }
            return tokens;
        }

        private String unquoted(boolean allowColon)
        {
            int start = index;
            while (index < path.length() && isUnquoted(path.charAt(index), allowColon)) {
                index++;
            }
            if (index == start) {
                throw invalid();
            }
            return path.substring(start, index);
        }

        private static boolean isUnquoted(char character, boolean allowColon)
        {
            return character == '_' || Character.isLetterOrDigit(character) || (allowColon && character == ':');
        }

        private String quoted()
        {
            StringBuilder token = new StringBuilder();
            while (index < path.length()) {
                char character = path.charAt(index++);
                if (character == '"') {
                    return token.toString();
                }
                if (character == '\\') {
                    if (index == path.length() || (path.charAt(index) != '"' && path.charAt(index) != '\\')) {
                        throw invalid();
                    }
                    character = path.charAt(index++);
                }
                token.append(character);
            }
            throw invalid();
        }

        private boolean accept(char expected)
        {
            if (index < path.length() && path.charAt(index) == expected) {
                index++;
                return true;
            }
            return false;
        }

        private TarnException invalid()
        {
            return new TarnException(INVALID_FUNCTION_ARGUMENT, "Invalid JSON path: '" + path + "'");
        }
    }
}
