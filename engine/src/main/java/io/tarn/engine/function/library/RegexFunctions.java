package io.tarn.engine.function.library;

import io.tarn.engine.exec.Batches;
import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.PhysicalType;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.engine.exec.expression.LambdaExpression;
import io.tarn.engine.function.FunctionRegistry;
import io.tarn.engine.function.ScalarCall;
import io.tarn.error.TarnException;
import io.tarn.storage.vector.ArrayVector;
import io.tarn.storage.vector.BooleanVector;
import io.tarn.storage.vector.BytesVector;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.LongVector;
import org.apache.calcite.rel.type.RelDataType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.tarn.engine.StandardErrorCode.INVALID_FUNCTION_ARGUMENT;
import static java.util.Objects.requireNonNull;

/**
 * Regular expression functions with Trino's semantics (see {@link RegexPatterns} for the dialect). A
 * constant pattern is compiled once per call; {@code regexp_like} with a constant plain-text pattern (or
 * one anchored with {@code ^}, or alternatives of plain text) compares bytes without running the regular
 * expression, and with another
 * constant pattern first looks for the text every match must contain. ASCII values are matched in place,
 * without decoding.
 */
final class RegexFunctions
{
    private RegexFunctions() {}

    static void register(FunctionRegistry.Builder functions)
    {
        functions.scalar("regexp_like(varchar, varchar): boolean", "Whether the pattern matches somewhere in the string", RowKernel.of(RegexFunctions::like));
        functions.scalar("regexp_extract(varchar, varchar): varchar", "First substring matched by the pattern, null if none",
                RowKernel.of(call -> extract(call, false)));
        functions.scalar("regexp_extract(varchar, varchar, bigint): varchar", "The given capturing group of the first match, null if none",
                RowKernel.of(call -> extract(call, true)));
        functions.scalar("regexp_extract_all(varchar, varchar): array(varchar)", "All substrings matched by the pattern",
                RowKernel.of(call -> extractAll(call, false)));
        functions.scalar("regexp_extract_all(varchar, varchar, bigint): array(varchar)", "The given capturing group of every match",
                RowKernel.of(call -> extractAll(call, true)));
        functions.scalar("regexp_replace(varchar, varchar): varchar", "Removes every substring matched by the pattern",
                RowKernel.of(call -> replace(call, false)));
        functions.scalar("regexp_replace(varchar, varchar, varchar): varchar", "Replaces every match; $n and ${name} in the replacement insert capturing groups",
                RowKernel.of(call -> replace(call, true)));
        functions.scalar("regexp_replace(varchar, varchar, function(array(varchar),varchar)): varchar",
                "Replaces every match with the function of its capturing groups", ReplaceWithFunction::new);
        functions.scalar("regexp_split(varchar, varchar): array(varchar)", "Splits the string around the matches of the pattern", RowKernel.of(RegexFunctions::split));
        functions.scalar("regexp_count(varchar, varchar): bigint", "Number of matches of the pattern", RowKernel.of(call -> {
            Matching matching = new Matching(call);
            return (arguments, position, result, output) -> {
                Matcher matcher = matching.matcher(arguments, position);
                long count = 0;
                while (matcher.find()) {
                    count++;
                }
                ((LongVector) result).values[position] = count;
            };
        }));
        functions.scalar("regexp_position(varchar, varchar): integer", "1-based position of the first match, -1 if none", RowKernel.of(RegexFunctions::position));
        functions.scalar("regexp_position(varchar, varchar, integer): integer", "1-based position of the first match at or after the start, -1 if none",
                RowKernel.of(RegexFunctions::position));
        functions.scalar("regexp_position(varchar, varchar, integer, integer): integer", "1-based position of the given match at or after the start, -1 if none",
                RowKernel.of(RegexFunctions::position));
    }

    private static RowKernel.Body like(ScalarCall call)
    {
        String constant = StringFunctions.constantString(call, 1);
        if (constant != null && RegexPatterns.isLiteral(constant)) {
            byte[] literal = constant.getBytes(StandardCharsets.UTF_8);
            return (arguments, position, result, output) -> {
                BytesVector value = (BytesVector) arguments[0];
                int start = value.start[position];
                ((BooleanVector) result).values[position] = Utf8.indexOf(value.vector[position], start, start + value.length[position], literal, 0, literal.length) >= 0;
            };
        }
        if (constant != null && constant.indexOf('|') > 0 && Arrays.stream(constant.split("\\|", -1)).allMatch(part -> !part.isEmpty() && RegexPatterns.isLiteral(part))) {
            // Alternatives of plain text: a match is any of them occurring.
            byte[][] literals = Arrays.stream(constant.split("\\|", -1)).map(part -> part.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
            return (arguments, position, result, output) -> {
                BytesVector value = (BytesVector) arguments[0];
                int start = value.start[position];
                int end = start + value.length[position];
                boolean found = false;
                for (int index = 0; index < literals.length && !found; index++) {
                    found = Utf8.indexOf(value.vector[position], start, end, literals[index], 0, literals[index].length) >= 0;
                }
                ((BooleanVector) result).values[position] = found;
            };
        }
        if (constant != null && constant.startsWith("^") && RegexPatterns.isLiteral(constant.substring(1))) {
            byte[] prefix = constant.substring(1).getBytes(StandardCharsets.UTF_8);
            return (arguments, position, result, output) -> {
                BytesVector value = (BytesVector) arguments[0];
                int start = value.start[position];
                ((BooleanVector) result).values[position] = value.length[position] >= prefix.length
                        && Arrays.equals(value.vector[position], start, start + prefix.length, prefix, 0, prefix.length);
            };
        }
        Matching matching = new Matching(call);
        String required = constant == null ? null : RegexPatterns.requiredLiteral(constant);
        if (required != null) {
            // Most values of a filter do not match; the text every match contains rules them out cheaply.
            byte[] needle = required.getBytes(StandardCharsets.UTF_8);
            return (arguments, position, result, output) -> {
                BytesVector value = (BytesVector) arguments[0];
                int start = value.start[position];
                boolean possible = Utf8.indexOf(value.vector[position], start, start + value.length[position], needle, 0, needle.length) >= 0;
                ((BooleanVector) result).values[position] = possible && matching.matcher(arguments, position).find();
            };
        }
        return (arguments, position, result, output) -> ((BooleanVector) result).values[position] = matching.matcher(arguments, position).find();
    }

    private static RowKernel.Body extract(ScalarCall call, boolean withGroup)
    {
        Matching matching = new Matching(call);
        return (arguments, position, result, output) -> {
            Matcher matcher = matching.matcher(arguments, position);
            int group = withGroup ? checkGroup(matcher, ((LongVector) arguments[2]).values[position]) : 0;
            if (!matcher.find() || matcher.start(group) < 0) {
                result.setNull(position);
                return;
            }
            matching.subject().slice((BytesVector) result, position, matcher.start(group), matcher.end(group), output);
        };
    }

    private static RowKernel.Body extractAll(ScalarCall call, boolean withGroup)
    {
        Matching matching = new Matching(call);
        List<int[]> ranges = new ArrayList<>();
        return (arguments, position, result, output) -> {
            Matcher matcher = matching.matcher(arguments, position);
            int group = withGroup ? checkGroup(matcher, ((LongVector) arguments[2]).values[position]) : 0;
            ranges.clear();
            while (matcher.find()) {
                ranges.add(new int[] {matcher.start(group), matcher.end(group)});
            }
            ArrayVector arrays = (ArrayVector) result;
            int element = arrays.startArray(position, ranges.size());
            BytesVector elements = (BytesVector) arrays.elements;
            for (int[] range : ranges) {
                if (range[0] < 0) {
                    elements.setNull(element++);
                    continue;
                }
                matching.subject().slice(elements, element++, range[0], range[1], output);
            }
        };
    }

    private static int checkGroup(Matcher matcher, long group)
    {
        if (group < 0) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Group cannot be negative");
        }
        if (group > matcher.groupCount()) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Pattern has " + matcher.groupCount() + " groups. Cannot access group " + group);
        }
        return (int) group;
    }

    private static RowKernel.Body replace(ScalarCall call, boolean withReplacement)
    {
        Matching matching = new Matching(call);
        StringBuilder text = new StringBuilder();
        return (arguments, position, result, output) -> {
            Matcher matcher = matching.matcher(arguments, position);
            if (!matcher.find()) {
                BytesVector input = (BytesVector) arguments[0];
                ((BytesVector) result).setReference(position, input.vector[position], input.start[position], input.length[position]);
                return;
            }
            String replacement = withReplacement ? ((BytesVector) arguments[2]).getString(position) : "";
            CharSequence subject = matching.subject().sequence();
            text.setLength(0);
            int previous = 0;
            do {
                text.append(subject, previous, matcher.start());
                appendReplacement(text, matcher, replacement);
                previous = matcher.end();
            }
            while (matcher.find());
            text.append(subject, previous, subject.length());
            output.set((BytesVector) result, position, text.toString());
        };
    }

    /**
     * Trino's replacement syntax: {@code $n} (as many digits as name an existing group), {@code ${name}},
     * and backslash escapes; a group that did not take part inserts nothing.
     */
    private static void appendReplacement(StringBuilder text, Matcher matcher, String replacement)
    {
        for (int index = 0; index < replacement.length(); index++) {
            char character = replacement.charAt(index);
            if (character == '\\') {
                if (++index >= replacement.length()) {
                    throw illegalReplacement(replacement);
                }
                text.append(replacement.charAt(index));
                continue;
            }
            if (character != '$') {
                text.append(character);
                continue;
            }
            if (++index >= replacement.length()) {
                throw illegalReplacement(replacement);
            }
            char next = replacement.charAt(index);
            String value;
            if (next == '{') {
                int close = replacement.indexOf('}', index);
                if (close < 0) {
                    throw illegalReplacement(replacement);
                }
                String name = replacement.substring(index + 1, close);
                try {
                    value = matcher.group(name);
                }
                catch (IllegalArgumentException e) {
                    throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Illegal replacement sequence: unknown group { " + name + " }");
                }
                index = close;
            }
            else if (next >= '0' && next <= '9') {
                int group = next - '0';
                if (group > matcher.groupCount()) {
                    throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Illegal replacement sequence: unknown group " + group);
                }
                while (index + 1 < replacement.length() && Character.isDigit(replacement.charAt(index + 1))) {
                    int longer = group * 10 + (replacement.charAt(index + 1) - '0');
                    if (longer > matcher.groupCount()) {
                        break;
                    }
                    group = longer;
                    index++;
                }
                value = matcher.group(group);
            }
            else {
                throw illegalReplacement(replacement);
            }
            if (value != null) {
                text.append(value);
            }
        }
    }

    private static TarnException illegalReplacement(String replacement)
    {
        return new TarnException(INVALID_FUNCTION_ARGUMENT, "Illegal replacement sequence: " + replacement);
    }

    private static RowKernel.Body split(ScalarCall call)
    {
        Matching matching = new Matching(call);
        List<int[]> ranges = new ArrayList<>();
        return (arguments, position, result, output) -> {
            Matcher matcher = matching.matcher(arguments, position);
            ranges.clear();
            int previous = 0;
            while (matcher.find()) {
                ranges.add(new int[] {previous, matcher.start()});
                previous = matcher.end();
            }
            ranges.add(new int[] {previous, matching.subject().sequence().length()});
            ArrayVector arrays = (ArrayVector) result;
            int element = arrays.startArray(position, ranges.size());
            for (int[] range : ranges) {
                matching.subject().slice((BytesVector) arrays.elements, element++, range[0], range[1], output);
            }
        };
    }

    private static RowKernel.Body position(ScalarCall call)
    {
        Matching matching = new Matching(call);
        int argumentCount = call.arguments().size();
        return (arguments, position, result, output) -> {
            long start = argumentCount > 2 ? ((LongVector) arguments[2]).values[position] : 1;
            long occurrence = argumentCount > 3 ? ((LongVector) arguments[3]).values[position] : 1;
            if (start < 1) {
                throw new TarnException(INVALID_FUNCTION_ARGUMENT, "start position cannot be smaller than 1");
            }
            if (occurrence < 1) {
                throw new TarnException(INVALID_FUNCTION_ARGUMENT, "occurrence cannot be smaller than 1");
            }
            Matcher matcher = matching.matcher(arguments, position);
            Subject subject = matching.subject();
            int from = subject.charIndex(start - 1);
            LongVector target = (LongVector) result;
            if (from < 0) {
                target.values[position] = -1;
                return;
            }
            boolean found = matcher.find(from);
            for (long seen = 1; found && seen < occurrence; seen++) {
                found = matcher.find();
            }
            target.values[position] = found ? subject.codePointIndex(matcher.start()) + 1 : -1;
        };
    }

    /**
     * The pattern of a call (compiled once when constant) and a matcher reset on each row's value.
     */
    private static final class Matching
    {
        private final Pattern constant;
        private final RegexPatterns patterns = new RegexPatterns();
        private final Subject subject = new Subject();
        private Matcher matcher;
        private Pattern current;

        Matching(ScalarCall call)
        {
            String regex = StringFunctions.constantString(call, 1);
            this.constant = regex == null ? null : RegexPatterns.compile(regex);
        }

        Matcher matcher(ColumnVector[] arguments, int position)
        {
            Pattern pattern = constant != null ? constant : patterns.get(((BytesVector) arguments[1]).getString(position));
            CharSequence sequence = subject.reset((BytesVector) arguments[0], position);
            if (matcher == null || pattern != current) {
                matcher = pattern.matcher(sequence);
                current = pattern;
            }
            else {
                matcher.reset(sequence);
            }
            return matcher;
        }

        Subject subject()
        {
            return subject;
        }
    }

    /**
     * The value being matched: its bytes as characters when it is ASCII, else its decoded string.
     */
    private static final class Subject
    {
        private final AsciiSequence ascii = new AsciiSequence();
        private BytesVector vector;
        private int position;
        private String decoded;

        CharSequence reset(BytesVector vector, int position)
        {
            this.vector = vector;
            this.position = position;
            byte[] bytes = vector.vector[position];
            int start = vector.start[position];
            int end = start + vector.length[position];
            for (int index = start; index < end; index++) {
                if (bytes[index] < 0) {
                    decoded = vector.getString(position);
                    return decoded;
                }
            }
            decoded = null;
            ascii.reset(bytes, start, end - start);
            return ascii;
        }

        CharSequence sequence()
        {
            return decoded != null ? decoded : ascii;
        }

        /**
         * Sets the characters {@code [start, end)} as a value: a slice of the input bytes when ASCII.
         */
        void slice(BytesVector result, int resultPosition, int start, int end, ByteOutput output)
        {
            if (decoded == null) {
                result.setReference(resultPosition, vector.vector[position], vector.start[position] + start, end - start);
                return;
            }
            output.set(result, resultPosition, decoded.substring(start, end));
        }

        int codePointIndex(int charIndex)
        {
            return decoded == null ? charIndex : decoded.codePointCount(0, charIndex);
        }

        /**
         * The char index of a code point index, or -1 when it is not before the end.
         */
        int charIndex(long codePointIndex)
        {
            if (decoded == null) {
                return codePointIndex < ascii.length() ? (int) codePointIndex : -1;
            }
            if (codePointIndex >= decoded.codePointCount(0, decoded.length())) {
                return -1;
            }
            return decoded.offsetByCodePoints(0, (int) codePointIndex);
        }
    }

    /**
     * ASCII bytes seen as characters, so that the regular expression runs over a value without decoding it.
     */
    private static final class AsciiSequence
            implements CharSequence
    {
        private byte[] bytes;
        private int start;
        private int length;

        void reset(byte[] bytes, int start, int length)
        {
            this.bytes = bytes;
            this.start = start;
            this.length = length;
        }

        @Override
        public int length()
        {
            return length;
        }

        @Override
        public char charAt(int index)
        {
            return (char) bytes[start + index];
        }

        @Override
        public CharSequence subSequence(int from, int to)
        {
            return new String(bytes, start + from, to - from, StandardCharsets.US_ASCII);
        }

        @Override
        public String toString()
        {
            return new String(bytes, start, length, StandardCharsets.US_ASCII);
        }
    }

    /**
     * {@code regexp_replace} with a function: the function runs once per batch over every match of every row,
     * receiving each match's capturing groups as an array.
     */
    private static final class ReplaceWithFunction
            implements VectorExpression
    {
        private final VectorExpression input;
        private final LambdaExpression function;
        private final RelDataType type;
        private final ScalarCall call;
        private Matching matching;
        private final ByteOutput output = new ByteOutput();
        private BytesVector result;

        ReplaceWithFunction(ScalarCall call)
        {
            this.call = requireNonNull(call, "call is null");
            this.input = call.argument(0);
            this.function = (LambdaExpression) call.argument(2);
            this.type = call.returnType();
        }

        @Override
        public RelDataType type()
        {
            return type;
        }

        @Override
        public ColumnVector evaluate(ColumnBatch batch, ExecutionContext context)
        {
            if (matching == null) {
                matching = new Matching(call);
            }
            BytesVector values = (BytesVector) input.evaluate(batch, context);
            BytesVector patterns = (BytesVector) call.argument(1).evaluate(batch, context);
            ColumnVector[] arguments = {values, patterns};
            ArrayVector groups = new ArrayVector(Batches.positionLimit(batch), new BytesVector(1024));
            List<int[]> matches = new ArrayList<>();
            List<Integer> parents = new ArrayList<>();
            for (int row = 0; row < batch.size(); row++) {
                int position = batch.position(row);
                if (values.isNull(position) || patterns.isNull(position)) {
                    continue;
                }
                Matcher matcher = matching.matcher(arguments, position);
                while (matcher.find()) {
                    int element = matches.size();
                    groups.ensureCapacity(element + 1);
                    int first = groups.startArray(element, matcher.groupCount());
                    for (int group = 1; group <= matcher.groupCount(); group++) {
                        String value = matcher.group(group);
                        if (value == null) {
                            groups.elements.setNull(first + group - 1);
                        }
                        else {
                            ((BytesVector) groups.elements).setString(first + group - 1, value);
                        }
                    }
                    matches.add(new int[] {position, matcher.start(), matcher.end()});
                    parents.add(position);
                }
            }
            int count = matches.size();
            int[] elementPositions = new int[count];
            int[] parentPositions = new int[count];
            for (int index = 0; index < count; index++) {
                elementPositions[index] = index;
                parentPositions[index] = parents.get(index);
            }
            BytesVector replacements = count == 0 ? null
                    : (BytesVector) function.apply(new ColumnVector[] {groups}, elementPositions, parentPositions, count, batch, context);
            if (result == null) {
                result = (BytesVector) PhysicalType.newVector(type, Batches.positionLimit(batch));
            }
            Batches.prepare(result, batch);
            output.reset();
            int next = 0;
            StringBuilder text = new StringBuilder();
            for (int row = 0; row < batch.size(); row++) {
                int position = batch.position(row);
                if (values.isNull(position) || patterns.isNull(position)) {
                    result.setNull(position);
                    continue;
                }
                String value = values.getString(position);
                text.setLength(0);
                int previous = 0;
                boolean isNull = false;
                while (next < count && matches.get(next)[0] == position) {
                    int[] match = matches.get(next);
                    text.append(value, previous, match[1]);
                    if (replacements.isNull(next)) {
                        isNull = true;
                    }
                    else {
                        text.append(replacements.getString(next));
                    }
                    previous = match[2];
                    next++;
                }
                if (isNull) {
                    result.setNull(position);
                    continue;
                }
                text.append(value, previous, value.length());
                output.set(result, position, text.toString());
            }
            return result;
        }
    }
}
