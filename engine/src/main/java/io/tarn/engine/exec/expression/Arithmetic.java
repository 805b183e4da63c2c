package io.tarn.engine.exec.expression;

import io.tarn.engine.exec.Batches;
import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.error.TarnException;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.DoubleVector;
import io.tarn.storage.vector.LongVector;
import org.apache.calcite.rel.type.RelDataType;

import static io.tarn.engine.StandardErrorCode.DIVISION_BY_ZERO;
import static io.tarn.engine.StandardErrorCode.NUMERIC_VALUE_OUT_OF_RANGE;
import static java.util.Objects.requireNonNull;

/**
 * {@code + - * / %} on integers (with overflow and division-by-zero errors, division truncating toward
 * zero) and on doubles, both operands already of the result's physical type.
 */
public final class Arithmetic
        implements VectorExpression
{
    /**
     * The operation.
     */
    public enum Operator
    {
        ADD, SUBTRACT, MULTIPLY, DIVIDE, MODULUS
    }

    private final Operator operator;
    private final VectorExpression left;
    private final VectorExpression right;
    private final RelDataType type;
    private final boolean integer;
    private final String typeName;
    private final LongVector longResult = new LongVector(1024);
    private final DoubleVector doubleResult = new DoubleVector(1024);

    public Arithmetic(Operator operator, VectorExpression left, VectorExpression right, RelDataType type, boolean integer, String typeName)
    {
        this.operator = requireNonNull(operator, "operator is null");
        this.left = requireNonNull(left, "left is null");
        this.right = requireNonNull(right, "right is null");
        this.type = requireNonNull(type, "type is null");
        this.integer = integer;
        this.typeName = requireNonNull(typeName, "typeName is null");
    }

    @Override
    public RelDataType type()
    {
        return type;
    }

    @Override
    public ColumnVector evaluate(ColumnBatch batch, ExecutionContext context)
    {
        ColumnVector leftVector = left.evaluate(batch, context);
        ColumnVector rightVector = right.evaluate(batch, context);
        if (integer) {
            return evaluateLongs((LongVector) leftVector, (LongVector) rightVector, batch);
        }
        return evaluateDoubles((DoubleVector) leftVector, (DoubleVector) rightVector, batch);
    }

    private ColumnVector evaluateLongs(LongVector leftVector, LongVector rightVector, ColumnBatch batch)
    {
        Batches.prepare(longResult, batch);
        long[] leftValues = leftVector.values;
        long[] rightValues = rightVector.values;
        long[] result = longResult.values;
        boolean nulls = !leftVector.noNulls || !rightVector.noNulls;
        for (int row = 0; row < batch.size(); row++) {
            int position = batch.position(row);
            if (nulls && (leftVector.isNull(position) || rightVector.isNull(position))) {
                longResult.setNull(position);
                continue;
            }
            long a = leftValues[position];
            long b = rightValues[position];
            result[position] = switch (operator) {
                case ADD -> addExact(a, b);
                case SUBTRACT -> subtractExact(a, b);
                case MULTIPLY -> multiplyExact(a, b);
                case DIVIDE -> {
                    if (b == 0) {
                        throw new TarnException(DIVISION_BY_ZERO, "Division by zero");
                    }
                    yield a / b;
                }
                case MODULUS -> {
                    if (b == 0) {
                        throw new TarnException(DIVISION_BY_ZERO, "Division by zero");
                    }
                    yield a % b;
                }
            };
        }
        return longResult;
    }

    private long addExact(long a, long b)
    {
        try {
            return checkWidth(Math.addExact(a, b));
        }
        catch (ArithmeticException e) {
            throw overflow();
        }
    }

    private long subtractExact(long a, long b)
    {
        try {
            return checkWidth(Math.subtractExact(a, b));
        }
        catch (ArithmeticException e) {
            throw overflow();
        }
    }

    private long multiplyExact(long a, long b)
    {
        try {
            return checkWidth(Math.multiplyExact(a, b));
        }
        catch (ArithmeticException e) {
            throw overflow();
        }
    }

    private long checkWidth(long value)
    {
        boolean fits = switch (typeName) {
            case "integer" -> value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
            case "smallint" -> value >= Short.MIN_VALUE && value <= Short.MAX_VALUE;
            case "tinyint" -> value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE;
            default -> true;
        };
        if (!fits) {
            throw overflow();
        }
        return value;
    }

    private TarnException overflow()
    {
        return new TarnException(NUMERIC_VALUE_OUT_OF_RANGE, typeName + " overflow");
    }

    private ColumnVector evaluateDoubles(DoubleVector leftVector, DoubleVector rightVector, ColumnBatch batch)
    {
        Batches.prepare(doubleResult, batch);
        double[] leftValues = leftVector.values;
        double[] rightValues = rightVector.values;
        double[] result = doubleResult.values;
        boolean nulls = !leftVector.noNulls || !rightVector.noNulls;
        for (int row = 0; row < batch.size(); row++) {
            int position = batch.position(row);
            if (nulls && (leftVector.isNull(position) || rightVector.isNull(position))) {
                doubleResult.setNull(position);
                continue;
            }
            double a = leftValues[position];
            double b = rightValues[position];
            result[position] = switch (operator) {
                case ADD -> a + b;
                case SUBTRACT -> a - b;
                case MULTIPLY -> a * b;
                case DIVIDE -> a / b;
                case MODULUS -> a % b;
            };
        }
        return doubleResult;
    }
}
