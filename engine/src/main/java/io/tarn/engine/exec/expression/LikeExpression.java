package io.tarn.engine.exec.expression;

import io.tarn.engine.exec.Batches;
import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.error.TarnException;
import io.tarn.storage.vector.BooleanVector;
import io.tarn.storage.vector.BytesVector;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import org.apache.calcite.rel.type.RelDataType;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static io.tarn.engine.StandardErrorCode.INVALID_FUNCTION_ARGUMENT;
import static java.util.Objects.requireNonNull;

/**
 * {@code LIKE} with a constant pattern: byte comparisons for exact, prefix, suffix and infix patterns
 * (correct on UTF-8 because the literal parts are matched whole), a regular expression otherwise.
 */
public final class LikeExpression
        implements VectorExpression
{
    private enum Shape
    {
        EXACT, PREFIX, SUFFIX, CONTAINS, REGEX
    }

    private final VectorExpression value;
    private final RelDataType type;
    private final boolean negated;
    private final Shape shape;
    private final byte[] literal;
    private final Pattern regex;
    private final BooleanVector result = new BooleanVector(1024);

    public LikeExpression(VectorExpression value, String pattern, Character escape, boolean negated, RelDataType type)
    {
        this.value = requireNonNull(value, "value is null");
        this.type = requireNonNull(type, "type is null");
        this.negated = negated;
        String body = pattern;
        boolean leading = false;
        boolean trailing = false;
        boolean simple = escape == null && pattern.indexOf('_') < 0;
        if (simple) {
            leading = body.startsWith("%");
            trailing = body.endsWith("%") && body.length() > (leading ? 1 : 0);
            body = body.substring(leading ? 1 : 0, body.length() - (trailing ? 1 : 0));
            simple = body.indexOf('%') < 0;
        }
        if (simple) {
            this.shape = leading && trailing ? Shape.CONTAINS : leading ? Shape.SUFFIX : trailing ? Shape.PREFIX : Shape.EXACT;
            this.literal = body.getBytes(StandardCharsets.UTF_8);
            this.regex = null;
        }
        else {
            this.shape = Shape.REGEX;
            this.literal = null;
            this.regex = Pattern.compile(toRegex(pattern, escape), Pattern.DOTALL);
        }
    }

    private static String toRegex(String pattern, Character escape)
    {
        StringBuilder regex = new StringBuilder();
        for (int index = 0; index < pattern.length(); index++) {
            char character = pattern.charAt(index);
            if (escape != null && character == escape) {
                if (index + 1 >= pattern.length()) {
                    throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Escape character must be followed by '%', '_' or the escape character itself");
                }
                char next = pattern.charAt(++index);
                if (next != '%' && next != '_' && next != escape) {
                    throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Escape character must be followed by '%', '_' or the escape character itself");
                }
                regex.append(Pattern.quote(String.valueOf(next)));
                continue;
            }
            if (character == '%') {
                regex.append(".*");
            }
            else if (character == '_') {
                regex.append('.');
            }
            else {
                regex.append(Pattern.quote(String.valueOf(character)));
            }
        }
        return regex.toString();
    }

    @Override
    public RelDataType type()
    {
        return type;
    }

    @Override
    public ColumnVector evaluate(ColumnBatch batch, ExecutionContext context)
    {
        BytesVector input = (BytesVector) value.evaluate(batch, context);
        Batches.prepare(result, batch);
        for (int row = 0; row < batch.size(); row++) {
            int position = batch.position(row);
            if (input.isNull(position)) {
                result.setNull(position);
                continue;
            }
            result.values[position] = matches(input, position) != negated;
        }
        return result;
    }

    private boolean matches(BytesVector input, int position)
    {
        byte[] bytes = input.vector[position];
        int start = input.start[position];
        int length = input.length[position];
        return switch (shape) {
            case EXACT -> length == literal.length && java.util.Arrays.equals(bytes, start, start + length, literal, 0, literal.length);
            case PREFIX -> length >= literal.length && java.util.Arrays.equals(bytes, start, start + literal.length, literal, 0, literal.length);
            case SUFFIX -> length >= literal.length && java.util.Arrays.equals(bytes, start + length - literal.length, start + length, literal, 0, literal.length);
            case CONTAINS -> indexOf(bytes, start, length, literal) >= 0;
            case REGEX -> regex.matcher(new String(bytes, start, length, StandardCharsets.UTF_8)).matches();
        };
    }

    static int indexOf(byte[] bytes, int start, int length, byte[] target)
    {
        if (target.length == 0) {
            return 0;
        }
        byte first = target[0];
        int last = start + length - target.length;
        for (int index = start; index <= last; index++) {
            if (bytes[index] != first) {
                continue;
            }
            int matched = 1;
            while (matched < target.length && bytes[index + matched] == target[matched]) {
                matched++;
            }
            if (matched == target.length) {
                return index - start;
            }
        }
        return -1;
    }
}
