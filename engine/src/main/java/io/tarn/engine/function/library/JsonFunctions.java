package io.tarn.engine.function.library;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tarn.engine.exec.Batches;
import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.Json;
import io.tarn.engine.exec.JsonValues;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.engine.exec.expression.Constant;
import io.tarn.engine.function.FunctionRegistry;
import io.tarn.engine.function.ScalarCall;
import io.tarn.engine.function.ScalarImplementation;
import io.tarn.engine.function.Scalars;
import io.tarn.error.TarnException;
import io.tarn.storage.vector.BytesVector;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import org.apache.calcite.rel.type.RelDataType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static io.tarn.engine.StandardErrorCode.INVALID_FUNCTION_ARGUMENT;
import static java.util.Objects.requireNonNull;

/**
 * JSON functions with Trino's semantics. The path functions ({@code json_extract_scalar},
 * {@code json_extract}, {@code json_size}) use Trino's own path dialect (see {@link JsonPath}) and, as
 * Trino does, read the document with a streaming parser that stops at the selected value: text after it is
 * not checked, and malformed text before it gives null. {@code json_extract_scalar} on {@code eventjson}
 * runs on every row of many Lake queries, so the path ones are vector kernels that compile a constant path
 * once. Functions on {@code json} values read its text the same way as on {@code varchar}.
 */
final class JsonFunctions
{
    static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .build();
    // Containers that json_array_get returns are re-serialized through a tree, keys in document order.
    private static final ObjectMapper TREE_MAPPER = new ObjectMapper(FACTORY);

    private JsonFunctions() {}

    static void register(FunctionRegistry.Builder functions)
    {
        for (String input : List.of("varchar", "json")) {
            functions.scalar("json_extract_scalar(" + input + ", varchar): varchar", "Scalar value (string, number or boolean) at the JSON path, as text; null for objects, arrays, JSON null and missing values",
                    call -> new PathKernel(call, JsonFunctions::extractScalar, true));
            functions.scalar("json_extract(" + input + ", varchar): json", "JSON value at the JSON path",
                    call -> new PathKernel(call, new JsonValueExtraction(), false));
            functions.scalar("json_size(" + input + ", varchar): bigint", "Number of elements or fields of the array or object at the JSON path; 0 for scalars",
                    withPathCache(paths -> (arguments, context) -> size(text(arguments[0]), paths.get((String) arguments[1]))));
            functions.scalar("json_array_get(" + input + ", bigint): json", "Element of a JSON array at the 0-based index (negative counts from the end)",
                    Scalars.rowwise((arguments, context) -> arrayGet(text(arguments[0]), (Long) arguments[1])));
            functions.scalar("json_array_length(" + input + "): bigint", "Number of elements of a JSON array; null if not an array",
                    Scalars.rowwise((arguments, context) -> arrayLength(text(arguments[0]))));
            functions.scalar("is_json_scalar(" + input + "): boolean", "Whether the JSON value is a scalar (not an array or object)",
                    Scalars.rowwise((arguments, context) -> isScalar(text(arguments[0]))));
            for (String element : List.of("boolean", "bigint", "double", "varchar")) {
                functions.scalar("json_array_contains(" + input + ", " + element + "): boolean", "Whether the JSON array contains the value",
                        Scalars.rowwise((arguments, context) -> arrayContains(text(arguments[0]), arguments[1])));
            }
        }
        functions.scalar("json_parse(varchar): json", "Parses JSON text into a json value (keys sorted, numbers normalized)",
                Scalars.rowwise((arguments, context) -> new Json(JsonValues.print(JsonValues.parse((String) arguments[0])))));
        functions.scalar("json_format(json): varchar", "JSON text of a json value",
                Scalars.rowwise((arguments, context) -> arguments[0].toString()));
    }

    private static String text(Object value)
    {
        return value instanceof Json json ? json.text() : (String) value;
    }

    private static JsonParser parser(String text)
            throws IOException
    {
        return FACTORY.createParser(text);
    }

    /**
     * What a path kernel does with the value its path selects: writes the result at the position, or null.
     * Called with the parser on the value's first token.
     */
    @FunctionalInterface
    private interface Extraction
    {
        void write(JsonParser parser, BytesVector result, int position)
                throws IOException;
    }

    private static void extractScalar(JsonParser parser, BytesVector result, int position)
            throws IOException
    {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new JsonParseException(parser, "Unexpected end of value");
        }
        if (!token.isScalarValue() || token == JsonToken.VALUE_NULL) {
            result.setNull(position);
            return;
        }
        result.setString(position, parser.getText());
    }

    /**
     * {@code json_extract_scalar} by Jackson alone, as Trino computes it: the reference for the byte scanner.
     */
    static String scalarWithParser(byte[] document, JsonPath path)
    {
        BytesVector result = new BytesVector(1);
        try (JsonParser parser = FACTORY.createParser(document)) {
            if (!path.navigate(parser)) {
                return null;
            }
            extractScalar(parser, result, 0);
            return result.isNull(0) ? null : result.getString(0);
        }
        catch (JsonProcessingException e) {
            return null;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code json_extract}: the value re-written as Jackson copies it (keys in document order, floating-point
     * numbers through double), as Trino does.
     */
    private static final class JsonValueExtraction
            implements Extraction
    {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        @Override
        public void write(JsonParser parser, BytesVector result, int position)
                throws IOException
        {
            buffer.reset();
            try (JsonGenerator generator = FACTORY.createGenerator(buffer)) {
                generator.copyCurrentStructure(parser);
            }
            result.setValue(position, buffer.toByteArray());
        }
    }

    /**
     * {@code json_extract_scalar} and {@code json_extract}: one pass per row over the document's bytes, by
     * the {@link JsonPathScanner} where it can answer (a found scalar is a reference into the document, no
     * copy) and by Jackson's streaming parser otherwise; a constant path is compiled once, column paths
     * through a small cache.
     */
    private static final class PathKernel
            implements VectorExpression
    {
        private final VectorExpression document;
        private final VectorExpression path;
        private final RelDataType type;
        private final Extraction extraction;
        private final boolean scalars;
        private final JsonPath constantPath;
        private final boolean nullPath;
        private final PathCache paths = new PathCache();
        private final BytesVector result = new BytesVector(1024);

        PathKernel(ScalarCall call, Extraction extraction, boolean scalars)
        {
            this.document = call.argument(0);
            this.path = call.argument(1);
            this.type = call.returnType();
            this.extraction = requireNonNull(extraction, "extraction is null");
            this.scalars = scalars;
            if (path instanceof Constant constant) {
                this.nullPath = constant.value() == null;
                this.constantPath = nullPath ? null : JsonPath.parse((String) constant.value());
            }
            else {
                this.nullPath = false;
                this.constantPath = null;
            }
        }

        @Override
        public RelDataType type()
        {
            return type;
        }

        @Override
        public ColumnVector evaluate(ColumnBatch batch, ExecutionContext context)
        {
            Batches.prepare(result, batch);
            if (nullPath) {
                for (int row = 0; row < batch.size(); row++) {
                    result.setNull(batch.position(row));
                }
                return result;
            }
            BytesVector documents = (BytesVector) document.evaluate(batch, context);
            BytesVector pathTexts = constantPath == null ? (BytesVector) path.evaluate(batch, context) : null;
            for (int row = 0; row < batch.size(); row++) {
                int position = batch.position(row);
                if (documents.isNull(position) || (pathTexts != null && pathTexts.isNull(position))) {
                    result.setNull(position);
                    continue;
                }
                JsonPath compiled = constantPath != null ? constantPath : paths.get(pathTexts.getString(position));
                byte[] bytes = documents.vector[position];
                if (scalars) {
                    long found = compiled.scanner().scalar(bytes, documents.start[position], documents.length[position]);
                    if (found == JsonPathScanner.NULL) {
                        result.setNull(position);
                        continue;
                    }
                    if (found >= 0) {
                        int start = JsonPathScanner.start(found);
                        result.setReference(position, bytes, start, JsonPathScanner.end(found) - start);
                        continue;
                    }
                }
                try (JsonParser parser = FACTORY.createParser(bytes, documents.start[position], documents.length[position])) {
                    if (compiled.navigate(parser)) {
                        extraction.write(parser, result, position);
                    }
                    else {
                        result.setNull(position);
                    }
                }
                catch (JsonProcessingException e) {
                    result.setNull(position);
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return result;
        }
    }

    /**
     * Compiled paths of a column of paths; paths repeat, so a few are kept.
     */
    private static final class PathCache
    {
        private static final int LIMIT = 64;
        private final Map<String, JsonPath> paths = new HashMap<>();

        JsonPath get(String text)
        {
            JsonPath path = paths.get(text);
            if (path == null) {
                path = JsonPath.parse(text);
                if (paths.size() >= LIMIT) {
                    paths.clear();
                }
                paths.put(text, path);
            }
            return path;
        }
    }

    /**
     * A row-at-a-time function with its own path cache (one per compiled call, so no sharing between threads).
     */
    private static ScalarImplementation withPathCache(Function<PathCache, Scalars.ValueFunction> function)
    {
        return call -> Scalars.rowwise(function.apply(new PathCache())).bind(call);
    }

    private static Long size(String json, JsonPath path)
    {
        try (JsonParser parser = parser(json)) {
            if (!path.navigate(parser)) {
                return null;
            }
            JsonToken token = parser.currentToken();
            if (token == JsonToken.START_ARRAY) {
                long length = 0;
                while (true) {
                    JsonToken next = parser.nextToken();
                    if (next == null) {
                        return null;
                    }
                    if (next == JsonToken.END_ARRAY) {
                        return length;
                    }
                    parser.skipChildren();
                    length++;
                }
            }
            if (token == JsonToken.START_OBJECT) {
                long length = 0;
                while (true) {
                    JsonToken next = parser.nextToken();
                    if (next == null) {
                        return null;
                    }
                    if (next == JsonToken.END_OBJECT) {
                        return length;
                    }
                    if (next == JsonToken.FIELD_NAME) {
                        length++;
                    }
                    else {
                        parser.skipChildren();
                    }
                }
            }
            return 0L;
        }
        catch (JsonProcessingException e) {
            return null;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Trino's {@code json_array_get}: arrays and objects come back as JSON text, scalars as their bare text
     * (a string without its quotes), JSON null as SQL null.
     */
    private static Json arrayGet(String json, long index)
    {
        if (index == Long.MIN_VALUE) {
            return null;
        }
        try (JsonParser parser = parser(json)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return null;
            }
            long count = 0;
            while (true) {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    return null;
                }
                if (token == JsonToken.END_ARRAY) {
                    if (index < 0 && count + index >= 0) {
                        return arrayGet(json, count + index);
                    }
                    return null;
                }
                if (count == index) {
                    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                        JsonNode node = TREE_MAPPER.readTree(parser);
                        return new Json(TREE_MAPPER.writeValueAsString(node));
                    }
                    String value = parser.getValueAsString();
                    return value == null ? null : new Json(value);
                }
                parser.skipChildren();
                count++;
            }
        }
        catch (IOException e) {
            return null;
        }
    }

    private static Long arrayLength(String json)
    {
        try (JsonParser parser = parser(json)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return null;
            }
            long length = 0;
            while (true) {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    return null;
                }
                if (token == JsonToken.END_ARRAY) {
                    return length;
                }
                parser.skipChildren();
                length++;
            }
        }
        catch (IOException e) {
            return null;
        }
    }

    /**
     * Trino's {@code json_array_contains}: only top-level elements of the value's own JSON kind match
     * (a bigint matches integer tokens, a double floating-point tokens); the scan stops at the first match.
     */
    private static Boolean arrayContains(String json, Object value)
    {
        if (value instanceof Double number && !Double.isFinite(number)) {
            return false;
        }
        try (JsonParser parser = parser(json)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return null;
            }
            while (true) {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    return null;
                }
                if (token == JsonToken.END_ARRAY) {
                    return false;
                }
                parser.skipChildren();
                if (elementMatches(parser, token, value)) {
                    return true;
                }
            }
        }
        catch (IOException e) {
            return null;
        }
    }

    private static boolean elementMatches(JsonParser parser, JsonToken token, Object value)
            throws IOException
    {
        if (value instanceof Boolean bool) {
            return (token == JsonToken.VALUE_TRUE && bool) || (token == JsonToken.VALUE_FALSE && !bool);
        }
        if (value instanceof Long number) {
            return token == JsonToken.VALUE_NUMBER_INT
                    && (parser.getNumberType() == JsonParser.NumberType.INT || parser.getNumberType() == JsonParser.NumberType.LONG)
                    && parser.getLongValue() == number;
        }
        if (value instanceof Double number) {
            return token == JsonToken.VALUE_NUMBER_FLOAT && parser.getDoubleValue() == number && Double.isFinite(parser.getDoubleValue());
        }
        return token == JsonToken.VALUE_STRING && value.equals(parser.getValueAsString());
    }

    private static boolean isScalar(String json)
    {
        try (JsonParser parser = parser(json)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw invalidValue(json);
            }
            boolean container = token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT;
            if (container) {
                parser.skipChildren();
            }
            if (parser.nextToken() != null) {
                throw invalidValue(json);
            }
            return !container;
        }
        catch (IOException e) {
            throw invalidValue(json);
        }
    }

    private static TarnException invalidValue(String json)
    {
        return new TarnException(INVALID_FUNCTION_ARGUMENT, "Invalid JSON value: " + json);
    }
}
