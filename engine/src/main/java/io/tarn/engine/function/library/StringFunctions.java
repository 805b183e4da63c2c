package io.tarn.engine.function.library;

import io.tarn.engine.exec.Json;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.engine.function.FunctionRegistry;
import io.tarn.engine.function.ScalarCall;
import io.tarn.engine.function.Scalars;
import io.tarn.engine.type.TarnTypes;
import io.tarn.error.TarnException;
import io.tarn.storage.vector.ArrayVector;
import io.tarn.storage.vector.BooleanVector;
import io.tarn.storage.vector.BytesVector;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.LongVector;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.tarn.engine.StandardErrorCode.FUNCTION_NOT_FOUND;
import static io.tarn.engine.StandardErrorCode.INVALID_FUNCTION_ARGUMENT;
import static io.tarn.engine.StandardErrorCode.NOT_SUPPORTED;

/**
 * String functions, with Trino's semantics: lengths and positions count code points, not bytes. The common
 * ones work on the UTF-8 bytes in place (see {@link RowKernel}) and answer slices of their input without
 * copying where they can.
 */
final class StringFunctions
{
    private static final int MAX_LEVENSHTEIN_CELLS = 1_000_000;
    private static final String SOUNDEX_MAPPING = "01230120022455012623010202";

    private StringFunctions() {}

    static void register(FunctionRegistry.Builder functions)
    {
        functions.scalar("lower(varchar): varchar", "Converts the string to lower case", RowKernel.of(caseMapping(false)));
        functions.scalar("upper(varchar): varchar", "Converts the string to upper case", RowKernel.of(caseMapping(true)));
        functions.scalar("length(varchar): bigint", "Length of the string in characters", RowKernel.of((arguments, position, result, output) -> {
            BytesVector value = (BytesVector) arguments[0];
            int start = value.start[position];
            ((LongVector) result).values[position] = Utf8.countCodePoints(value.vector[position], start, start + value.length[position]);
        }));
        registerTrim(functions);
        functions.scalar("substr(varchar, bigint): varchar", "Suffix of the string from the 1-based start (negative counts from the end)",
                RowKernel.of((arguments, position, result, output) -> substring(arguments, position, (BytesVector) result, Long.MAX_VALUE)));
        functions.scalar("substr(varchar, bigint, bigint): varchar", "Substring of the given length from the 1-based start (negative counts from the end)",
                RowKernel.of((arguments, position, result, output) -> substring(arguments, position, (BytesVector) result, ((LongVector) arguments[2]).values[position])));
        functions.alias("substring", "substr");
        functions.scalar("replace(varchar, varchar): varchar", "Removes all instances of the search string", RowKernel.of(StringFunctions::replace));
        functions.scalar("replace(varchar, varchar, varchar): varchar", "Replaces all instances of the search string with the replacement", RowKernel.of(StringFunctions::replace));
        functions.scalar("concat(varchar...): varchar", "Concatenation of the strings", StringFunctions::concat);
        functions.scalar("split(varchar, varchar): array(varchar)", "Splits the string on the delimiter", RowKernel.of((arguments, position, result, output) ->
                split(arguments, position, (ArrayVector) result, Integer.MAX_VALUE)));
        functions.scalar("split(varchar, varchar, bigint): array(varchar)", "Splits the string on the delimiter into at most the given number of parts",
                RowKernel.of((arguments, position, result, output) -> split(arguments, position, (ArrayVector) result, splitLimit(((LongVector) arguments[2]).values[position]))));
        functions.scalar("split_part(varchar, varchar, bigint): varchar", "Field of the string at the 1-based index after splitting on the delimiter; null past the last field",
                RowKernel.of(StringFunctions::splitPart));
        functions.scalar("strpos(varchar, varchar): bigint", "1-based position of the first instance of the substring, 0 if absent",
                RowKernel.of((arguments, position, result, output) -> ((LongVector) result).values[position] = stringPosition(arguments, position, 1)));
        functions.scalar("strpos(varchar, varchar, bigint): bigint", "1-based position of the given instance of the substring (negative counts from the end), 0 if absent",
                RowKernel.of((arguments, position, result, output) -> ((LongVector) result).values[position] = stringPosition(arguments, position, ((LongVector) arguments[2]).values[position])));
        functions.scalar("starts_with(varchar, varchar): boolean", "Whether the string starts with the prefix", RowKernel.of(StringFunctions::startsWith));
        functions.scalar("lpad(varchar, bigint, varchar): varchar", "Pads the string on the left to the given length (or truncates it)",
                RowKernel.of((arguments, position, result, output) -> pad(arguments, position, (BytesVector) result, output, true)));
        functions.scalar("rpad(varchar, bigint, varchar): varchar", "Pads the string on the right to the given length (or truncates it)",
                RowKernel.of((arguments, position, result, output) -> pad(arguments, position, (BytesVector) result, output, false)));
        functions.scalar("reverse(varchar): varchar", "The string with its characters in reverse order", RowKernel.of(StringFunctions::reverse));
        functions.scalar("chr(bigint): varchar", "The character with the given Unicode code point", Scalars.unary(codePoint -> chr((Long) codePoint)));
        functions.scalar("codepoint(varchar): integer", "Unicode code point of the only character of the string", StringFunctions::codepoint);
        functions.scalar("concat_ws(varchar...): varchar", "Concatenation of the non-null strings, separated by the first argument", call -> {
            if (call.arguments().size() < 2) {
                throw new TarnException(INVALID_FUNCTION_ARGUMENT, "There must be two or more arguments");
            }
            return Scalars.rowwiseOnNulls((arguments, context) -> concatWs((String) arguments[0], Arrays.asList(arguments).subList(1, arguments.length))).bind(call);
        });
        functions.scalar("concat_ws(varchar, array(varchar)): varchar", "Concatenation of the non-null array elements, separated by the first argument",
                Scalars.rowwise((arguments, context) -> concatWs((String) arguments[0], (List<?>) arguments[1])));
        functions.scalar("format(varchar, row): varchar", "Formats the values with a Java format string", StringFunctions::format);
        functions.scalar("levenshtein_distance(varchar, varchar): bigint", "Minimum number of single-character edits between the strings",
                Scalars.binary((left, right) -> levenshteinDistance((String) left, (String) right)));
        functions.scalar("hamming_distance(varchar, varchar): bigint", "Number of positions at which the characters of equally long strings differ",
                Scalars.binary((left, right) -> hammingDistance((String) left, (String) right)));
        functions.scalar("soundex(varchar): varchar", "American Soundex code of the string", Scalars.varcharToVarchar(StringFunctions::soundex));
        functions.scalar("translate(varchar, varchar, varchar): varchar", "Replaces each character found in the second string by the one at the same place in the third (removes it when there is none)",
                Scalars.rowwise((arguments, context) -> translate((String) arguments[0], (String) arguments[1], (String) arguments[2])));
        functions.scalar("normalize(varchar): varchar", "The string in Unicode normalization form NFC", Scalars.varcharToVarchar(value -> Normalizer.normalize(value, Normalizer.Form.NFC)));
        functions.scalar("normalize(varchar, varchar): varchar", "The string in the given Unicode normalization form (NFC, NFD, NFKC, NFKD)",
                Scalars.binary((value, form) -> normalize((String) value, (String) form)));
        functions.scalar("luhn_check(varchar): boolean", "Whether the digits pass the Luhn check", Scalars.varcharToBoolean(StringFunctions::luhnCheck));
    }

    /**
     * Per code point, as Trino does: no locale rules, so no {@code 'SS'} for {@code 'ß'} and no final sigma.
     * ASCII values without a letter to change are returned as they are.
     */
    private static RowKernel.Body caseMapping(boolean upper)
    {
        return (arguments, position, result, output) -> {
            BytesVector input = (BytesVector) arguments[0];
            byte[] bytes = input.vector[position];
            int start = input.start[position];
            int end = start + input.length[position];
            int index = start;
            while (index < end && bytes[index] >= 0 && !(upper ? bytes[index] >= 'a' && bytes[index] <= 'z' : bytes[index] >= 'A' && bytes[index] <= 'Z')) {
                index++;
            }
            BytesVector target = (BytesVector) result;
            if (index == end) {
                target.setReference(position, bytes, start, end - start);
                return;
            }
            output.begin();
            output.write(bytes, start, index - start);
            while (index < end) {
                byte value = bytes[index];
                if (value >= 0) {
                    output.write(upper ? (value >= 'a' && value <= 'z' ? value - 32 : value) : (value >= 'A' && value <= 'Z' ? value + 32 : value));
                    index++;
                    continue;
                }
                int length = Utf8.lengthAt(bytes, index, end);
                int codePoint = Utf8.codePointAt(bytes, index, end);
                if (codePoint < 0) {
                    output.write(bytes, index, length);
                }
                else {
                    output.writeCodePoint(upper ? Character.toUpperCase(codePoint) : Character.toLowerCase(codePoint));
                }
                index += length;
            }
            output.finish(target, position);
        };
    }

    private static void registerTrim(FunctionRegistry.Builder functions)
    {
        String[] names = {"trim", "ltrim", "rtrim"};
        String[] sides = {"leading and trailing", "leading", "trailing"};
        for (int index = 0; index < names.length; index++) {
            boolean left = index != 2;
            boolean right = index != 1;
            functions.scalar(names[index] + "(varchar): varchar", "Removes " + sides[index] + " whitespace",
                    RowKernel.of((arguments, position, result, output) -> trim(arguments, position, (BytesVector) result, null, left, right)));
            functions.scalar(names[index] + "(varchar, varchar): varchar", "Removes " + sides[index] + " characters found in the second argument",
                    RowKernel.of(call -> trimCharacters(call, left, right)));
        }
    }

    private static RowKernel.Body trimCharacters(ScalarCall call, boolean left, boolean right)
    {
        String constant = constantString(call, 1);
        int[] fixed = constant == null ? null : constant.codePoints().sorted().toArray();
        return (arguments, position, result, output) -> {
            int[] characters = fixed;
            if (characters == null) {
                characters = ((BytesVector) arguments[1]).getString(position).codePoints().sorted().toArray();
            }
            trim(arguments, position, (BytesVector) result, characters, left, right);
        };
    }

    /**
     * The value of a constant string argument, or null when the argument varies (or is null).
     */
    static String constantString(ScalarCall call, int argument)
    {
        Object value = Constants.value(call.argument(argument));
        return value instanceof String text ? text : null;
    }

    /**
     * Trims whitespace (Java's definition, as Trino's) when {@code characters} is null, else those code points.
     */
    private static void trim(ColumnVector[] arguments, int position, BytesVector result, int[] characters, boolean left, boolean right)
    {
        BytesVector input = (BytesVector) arguments[0];
        byte[] bytes = input.vector[position];
        int start = input.start[position];
        int end = start + input.length[position];
        if (left) {
            while (start < end && trimmed(Utf8.codePointAt(bytes, start, end), characters)) {
                start += Utf8.lengthAt(bytes, start, end);
            }
        }
        if (right) {
            while (end > start) {
                int previous = Utf8.previousStart(bytes, start, end);
                if (!trimmed(Utf8.codePointAt(bytes, previous, end), characters)) {
                    break;
                }
                end = previous;
            }
        }
        result.setReference(position, bytes, start, end - start);
    }

    private static boolean trimmed(int codePoint, int[] characters)
    {
        if (characters == null) {
            return codePoint >= 0 && Character.isWhitespace(codePoint);
        }
        return Arrays.binarySearch(characters, codePoint) >= 0;
    }

    /**
     * Trino's {@code substr}: start 0, a non-positive length or a start before the beginning give an empty
     * string; the result is a slice of the input.
     */
    private static void substring(ColumnVector[] arguments, int position, BytesVector result, long length)
    {
        BytesVector input = (BytesVector) arguments[0];
        long start = ((LongVector) arguments[1]).values[position];
        byte[] bytes = input.vector[position];
        int begin = input.start[position];
        int end = begin + input.length[position];
        if (start == 0 || length <= 0 || begin == end) {
            result.setReference(position, bytes, begin, 0);
            return;
        }
        long skip;
        if (start > 0) {
            skip = start - 1;
        }
        else {
            skip = Utf8.countCodePoints(bytes, begin, end) + start;
            if (skip < 0) {
                result.setReference(position, bytes, begin, 0);
                return;
            }
        }
        int first = Utf8.advance(bytes, begin, end, skip);
        if (first < 0 || first >= end) {
            result.setReference(position, bytes, begin, 0);
            return;
        }
        int last = Utf8.advance(bytes, first, end, length);
        result.setReference(position, bytes, first, (last < 0 ? end : last) - first);
    }

    /**
     * {@code replace}: an empty search string inserts the replacement before every character and at the end.
     */
    private static void replace(ColumnVector[] arguments, int position, ColumnVector result, ByteOutput output)
    {
        BytesVector input = (BytesVector) arguments[0];
        BytesVector search = (BytesVector) arguments[1];
        BytesVector replacement = arguments.length > 2 ? (BytesVector) arguments[2] : null;
        byte[] bytes = input.vector[position];
        int start = input.start[position];
        int end = start + input.length[position];
        int searchLength = search.length[position];
        int replacementLength = replacement == null ? 0 : replacement.length[position];
        if (searchLength > 0 && Utf8.indexOf(bytes, start, end, search.vector[position], search.start[position], searchLength) < 0) {
            ((BytesVector) result).setReference(position, bytes, start, end - start);
            return;
        }
        output.begin();
        int index = start;
        if (searchLength == 0) {
            while (index < end) {
                if (replacementLength > 0) {
                    output.write(replacement.vector[position], replacement.start[position], replacementLength);
                }
                int length = Utf8.lengthAt(bytes, index, end);
                output.write(bytes, index, length);
                index += length;
            }
            if (replacementLength > 0) {
                output.write(replacement.vector[position], replacement.start[position], replacementLength);
            }
            output.finish((BytesVector) result, position);
            return;
        }
        while (true) {
            int found = Utf8.indexOf(bytes, index, end, search.vector[position], search.start[position], searchLength);
            if (found < 0) {
                break;
            }
            output.write(bytes, index, found - index);
            if (replacementLength > 0) {
                output.write(replacement.vector[position], replacement.start[position], replacementLength);
            }
            index = found + searchLength;
        }
        output.write(bytes, index, end - index);
        output.finish((BytesVector) result, position);
    }

    /**
     * {@code concat} of strings or of binary values: the bytes one after the other.
     */
    static VectorExpression concat(ScalarCall call)
    {
        if (call.arguments().size() < 2) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "There must be two or more concatenation arguments");
        }
        return RowKernel.of((arguments, position, result, output) -> {
            output.begin();
            for (ColumnVector argument : arguments) {
                BytesVector value = (BytesVector) argument;
                output.write(value.vector[position], value.start[position], value.length[position]);
            }
            output.finish((BytesVector) result, position);
        }).bind(call);
    }

    private static int splitLimit(long limit)
    {
        if (limit <= 0) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Limit must be positive");
        }
        if (limit > Integer.MAX_VALUE) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Limit is too large");
        }
        return (int) limit;
    }

    /**
     * {@code split}: the parts are slices of the input.
     */
    private static void split(ColumnVector[] arguments, int position, ArrayVector result, int limit)
    {
        BytesVector input = (BytesVector) arguments[0];
        BytesVector delimiter = (BytesVector) arguments[1];
        int delimiterLength = delimiter.length[position];
        if (delimiterLength == 0) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "The delimiter may not be the empty string");
        }
        byte[] bytes = input.vector[position];
        int start = input.start[position];
        int end = start + input.length[position];
        int parts = 1;
        for (int index = start; parts < limit; parts++) {
            int found = Utf8.indexOf(bytes, index, end, delimiter.vector[position], delimiter.start[position], delimiterLength);
            if (found < 0) {
                break;
            }
            index = found + delimiterLength;
        }
        int element = result.startArray(position, parts);
        BytesVector elements = (BytesVector) result.elements;
        int index = start;
        for (int part = 0; part < parts - 1; part++) {
            int found = Utf8.indexOf(bytes, index, end, delimiter.vector[position], delimiter.start[position], delimiterLength);
            elements.setReference(element++, bytes, index, found - index);
            index = found + delimiterLength;
        }
        elements.setReference(element, bytes, index, end - index);
    }

    private static void splitPart(ColumnVector[] arguments, int position, ColumnVector result, ByteOutput output)
    {
        BytesVector input = (BytesVector) arguments[0];
        BytesVector delimiter = (BytesVector) arguments[1];
        long index = ((LongVector) arguments[2]).values[position];
        if (index <= 0) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Index must be greater than zero");
        }
        BytesVector target = (BytesVector) result;
        byte[] bytes = input.vector[position];
        int start = input.start[position];
        int end = start + input.length[position];
        int delimiterLength = delimiter.length[position];
        if (delimiterLength == 0) {
            int first = Utf8.advance(bytes, start, end, index - 1);
            if (first < 0 || first >= end) {
                target.setNull(position);
                return;
            }
            target.setReference(position, bytes, first, Utf8.lengthAt(bytes, first, end));
            return;
        }
        long matches = 0;
        int previous = start;
        while (previous < end) {
            int found = Utf8.indexOf(bytes, previous, end, delimiter.vector[position], delimiter.start[position], delimiterLength);
            if (found < 0) {
                break;
            }
            matches++;
            if (matches == index) {
                target.setReference(position, bytes, previous, found - previous);
                return;
            }
            previous = found + delimiterLength;
        }
        if (matches == index - 1) {
            target.setReference(position, bytes, previous, end - previous);
            return;
        }
        target.setNull(position);
    }

    /**
     * Trino's {@code strpos}: instances may overlap; negative instances count from the end.
     */
    private static long stringPosition(ColumnVector[] arguments, int position, long instance)
    {
        if (instance == 0) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "'instance' must be a positive or negative number.");
        }
        BytesVector input = (BytesVector) arguments[0];
        BytesVector search = (BytesVector) arguments[1];
        int searchLength = search.length[position];
        if (searchLength == 0) {
            return 1;
        }
        byte[] bytes = input.vector[position];
        int start = input.start[position];
        int end = start + input.length[position];
        int found = -1;
        if (instance > 0) {
            int from = start;
            for (long seen = 0; seen < instance; seen++) {
                found = Utf8.indexOf(bytes, from, end, search.vector[position], search.start[position], searchLength);
                if (found < 0) {
                    return 0;
                }
                from = found + 1;
            }
        }
        else {
            int from = end - searchLength;
            for (long seen = 0; seen < -instance; seen++) {
                found = Utf8.lastIndexOf(bytes, start, from, end, search.vector[position], search.start[position], searchLength);
                if (found < 0) {
                    return 0;
                }
                from = found - 1;
            }
        }
        return Utf8.countCodePoints(bytes, start, found) + 1L;
    }

    private static void startsWith(ColumnVector[] arguments, int position, ColumnVector result, ByteOutput output)
    {
        BytesVector input = (BytesVector) arguments[0];
        BytesVector prefix = (BytesVector) arguments[1];
        int length = prefix.length[position];
        boolean matches = length <= input.length[position]
                && Arrays.equals(input.vector[position], input.start[position], input.start[position] + length,
                prefix.vector[position], prefix.start[position], prefix.start[position] + length);
        ((BooleanVector) result).values[position] = matches;
    }

    private static void pad(ColumnVector[] arguments, int position, BytesVector result, ByteOutput output, boolean left)
    {
        BytesVector input = (BytesVector) arguments[0];
        long targetLength = ((LongVector) arguments[1]).values[position];
        BytesVector padding = (BytesVector) arguments[2];
        if (targetLength < 0 || targetLength > Integer.MAX_VALUE) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Target length must be in the range [0.." + Integer.MAX_VALUE + "]");
        }
        int paddingLength = padding.length[position];
        if (paddingLength == 0) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Padding string must not be empty");
        }
        byte[] bytes = input.vector[position];
        int start = input.start[position];
        int end = start + input.length[position];
        int length = Utf8.countCodePoints(bytes, start, end);
        if (length >= targetLength) {
            int cut = Utf8.advance(bytes, start, end, targetLength);
            result.setReference(position, bytes, start, (cut < 0 ? end : cut) - start);
            return;
        }
        output.begin();
        if (!left) {
            output.write(bytes, start, end - start);
        }
        byte[] padBytes = padding.vector[position];
        int padStart = padding.start[position];
        int padEnd = padStart + paddingLength;
        int padIndex = padStart;
        for (long missing = targetLength - length; missing > 0; missing--) {
            int characterLength = Utf8.lengthAt(padBytes, padIndex, padEnd);
            output.write(padBytes, padIndex, characterLength);
            padIndex += characterLength;
            if (padIndex >= padEnd) {
                padIndex = padStart;
            }
        }
        if (left) {
            output.write(bytes, start, end - start);
        }
        output.finish(result, position);
    }

    private static void reverse(ColumnVector[] arguments, int position, ColumnVector result, ByteOutput output)
    {
        BytesVector input = (BytesVector) arguments[0];
        byte[] bytes = input.vector[position];
        int start = input.start[position];
        int end = start + input.length[position];
        output.begin();
        while (end > start) {
            int previous = Utf8.previousStart(bytes, start, end);
            output.write(bytes, previous, end - previous);
            end = previous;
        }
        output.finish((BytesVector) result, position);
    }

    private static String chr(long codePoint)
    {
        if (codePoint < 0 || codePoint > Character.MAX_CODE_POINT || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Not a valid Unicode code point: " + codePoint);
        }
        return Character.toString((int) codePoint);
    }

    /**
     * Trino accepts only {@code varchar(1)}; Tarn knows the length of literals only, so other lengths fail
     * when the value is seen.
     */
    private static VectorExpression codepoint(ScalarCall call)
    {
        String constant = constantString(call, 0);
        if (constant != null && constant.codePointCount(0, constant.length()) > 1) {
            throw new TarnException(FUNCTION_NOT_FOUND, "Unexpected parameters (varchar(" + constant.codePointCount(0, constant.length()) + ")) for function codepoint. Expected: codepoint(varchar(1))");
        }
        return Scalars.unary(value -> {
            String text = (String) value;
            if (text.codePointCount(0, text.length()) != 1) {
                throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Input string must be a single character string");
            }
            return (long) text.codePointAt(0);
        }).bind(call);
    }

    private static String concatWs(String separator, List<?> values)
    {
        if (separator == null) {
            return null;
        }
        StringBuilder result = new StringBuilder();
        boolean first = true;
        for (Object value : values) {
            if (value == null) {
                continue;
            }
            if (!first) {
                result.append(separator);
            }
            result.append((String) value);
            first = false;
        }
        return result.toString();
    }

    /**
     * Trino's {@code format}: the values become the Java objects its formatter sees (integers of their own
     * width, {@code LocalDate}, {@code LocalDateTime}, {@code ZonedDateTime}, {@code BigDecimal}, ...).
     */
    private static VectorExpression format(ScalarCall call)
    {
        List<RelDataTypeField> fields = call.argumentType(1).getFieldList();
        for (RelDataTypeField field : fields) {
            if (!formattable(field.getType())) {
                throw new TarnException(NOT_SUPPORTED, "Type not supported for formatting: " + TarnTypes.trinoName(field.getType()));
            }
        }
        return Scalars.rowwise((arguments, context) -> {
            String format = (String) arguments[0];
            List<?> values = (List<?>) arguments[1];
            Object[] objects = new Object[values.size()];
            for (int index = 0; index < objects.length; index++) {
                objects[index] = formatObject(values.get(index), fields.get(index).getType());
            }
            try {
                return String.format(Locale.ENGLISH, format, objects);
            }
            catch (IllegalFormatException e) {
                String message = e.toString().replaceFirst("^java\\.util\\.(\\w+)Exception", "$1");
                throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Invalid format string: " + format + " (" + message + ")");
            }
        }).bind(call);
    }

    private static boolean formattable(RelDataType type)
    {
        return switch (type.getSqlTypeName()) {
            case BOOLEAN, TINYINT, SMALLINT, INTEGER, BIGINT, REAL, FLOAT, DOUBLE, DECIMAL, CHAR, VARCHAR, DATE, TIME, TIMESTAMP,
                    TIMESTAMP_TZ, TIMESTAMP_WITH_LOCAL_TIME_ZONE, NULL -> true;
            default -> TarnTypes.isJson(type);
        };
    }

    private static Object formatObject(Object value, RelDataType type)
    {
        if (value == null) {
            return null;
        }
        return switch (type.getSqlTypeName()) {
            case TINYINT -> ((Long) value).byteValue();
            case SMALLINT -> ((Long) value).shortValue();
            case INTEGER -> ((Long) value).intValue();
            case REAL, FLOAT -> ((Double) value).floatValue();
            case DECIMAL -> (BigDecimal) value;
            default -> value instanceof Json json ? json.toString() : value;
        };
    }

    private static long levenshteinDistance(String left, String right)
    {
        int[] leftPoints = left.codePoints().toArray();
        int[] rightPoints = right.codePoints().toArray();
        if (leftPoints.length == 0) {
            return rightPoints.length;
        }
        if (rightPoints.length == 0) {
            return leftPoints.length;
        }
        if ((long) leftPoints.length * rightPoints.length > MAX_LEVENSHTEIN_CELLS) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "The combined inputs for Levenshtein distance are too large");
        }
        int[] distances = new int[rightPoints.length + 1];
        for (int index = 0; index < distances.length; index++) {
            distances[index] = index;
        }
        for (int row = 1; row <= leftPoints.length; row++) {
            int diagonal = distances[0];
            distances[0] = row;
            for (int column = 1; column <= rightPoints.length; column++) {
                int above = distances[column];
                int substitution = diagonal + (leftPoints[row - 1] == rightPoints[column - 1] ? 0 : 1);
                distances[column] = Math.min(substitution, Math.min(above, distances[column - 1]) + 1);
                diagonal = above;
            }
        }
        return distances[rightPoints.length];
    }

    private static long hammingDistance(String left, String right)
    {
        int[] leftPoints = left.codePoints().toArray();
        int[] rightPoints = right.codePoints().toArray();
        if (leftPoints.length != rightPoints.length) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "The input strings to hamming_distance function must have the same length");
        }
        long distance = 0;
        for (int index = 0; index < leftPoints.length; index++) {
            if (leftPoints[index] != rightPoints[index]) {
                distance++;
            }
        }
        return distance;
    }

    /**
     * American Soundex as Apache Commons Codec computes it for Trino: letters only, upper-cased, 'H' and 'W'
     * ignored between consonants; a letter outside A-Z after upper-casing is an error.
     */
    private static String soundex(String value)
    {
        StringBuilder letters = new StringBuilder();
        for (int index = 0; index < value.length(); index++) {
            if (Character.isLetter(value.charAt(index))) {
                letters.append(value.charAt(index));
            }
        }
        String cleaned = letters.toString().toUpperCase(Locale.ENGLISH);
        if (cleaned.isEmpty()) {
            return cleaned;
        }
        char[] code = {'0', '0', '0', '0'};
        int count = 0;
        char first = cleaned.charAt(0);
        code[count++] = first;
        char previous = soundexDigit(first);
        for (int index = 1; index < cleaned.length() && count < code.length; index++) {
            char character = cleaned.charAt(index);
            if (character == 'H' || character == 'W') {
                continue;
            }
            char digit = soundexDigit(character);
            if (digit != '0' && digit != previous) {
                code[count++] = digit;
            }
            previous = digit;
        }
        return new String(code);
    }

    private static char soundexDigit(char character)
    {
        int index = character - 'A';
        if (index < 0 || index >= SOUNDEX_MAPPING.length()) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "The character is not mapped: " + character + " (index=" + index + ")");
        }
        return SOUNDEX_MAPPING.charAt(index);
    }

    private static String translate(String source, String from, String to)
    {
        int[] fromPoints = from.codePoints().toArray();
        int[] toPoints = to.codePoints().toArray();
        Map<Integer, Integer> mapping = new HashMap<>();
        for (int index = 0; index < fromPoints.length; index++) {
            mapping.putIfAbsent(fromPoints[index], index < toPoints.length ? toPoints[index] : -1);
        }
        StringBuilder result = new StringBuilder(source.length());
        source.codePoints().forEach(codePoint -> {
            Integer replacement = mapping.get(codePoint);
            if (replacement == null) {
                result.appendCodePoint(codePoint);
            }
            else if (replacement >= 0) {
                result.appendCodePoint(replacement);
            }
        });
        return result.toString();
    }

    private static String normalize(String value, String form)
    {
        Normalizer.Form normalForm;
        try {
            normalForm = Normalizer.Form.valueOf(form.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Normalization form must be one of [NFD, NFC, NFKD, NFKC]");
        }
        return Normalizer.normalize(value, normalForm);
    }

    private static boolean luhnCheck(String value)
    {
        if (value.isEmpty()) {
            return false;
        }
        int sum = 0;
        boolean doubled = false;
        for (int index = value.length() - 1; index >= 0; index--) {
            char character = value.charAt(index);
            if (character < '0' || character > '9') {
                throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Input contains non-digit character");
            }
            int digit = character - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
