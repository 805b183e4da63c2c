package io.tarn.engine.exec.expression;

import io.tarn.engine.exec.Batches;
import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.PhysicalType;
import io.tarn.engine.exec.TimestampWithZone;
import io.tarn.engine.exec.Values;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.engine.type.TarnTypes;
import io.tarn.storage.vector.BooleanVector;
import io.tarn.storage.vector.BytesVector;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.DoubleVector;
import io.tarn.storage.vector.LongVector;
import org.apache.calcite.rel.type.RelDataType;

import static java.util.Objects.requireNonNull;

/**
 * {@code =, <>, <, <=, >, >=} and {@code IS [NOT] DISTINCT FROM} on two operands of the same physical type,
 * with a tight loop per physical type. Nested values compare by their Java forms.
 */
public final class Comparison
        implements VectorExpression
{
    /**
     * The comparison; {@code DISTINCT} and {@code NOT_DISTINCT} treat nulls as values.
     */
    public enum Operator
    {
        EQUAL, NOT_EQUAL, LESS_THAN, LESS_THAN_OR_EQUAL, GREATER_THAN, GREATER_THAN_OR_EQUAL, DISTINCT, NOT_DISTINCT;

        boolean test(int comparison)
        {
            return switch (this) {
                case EQUAL, NOT_DISTINCT -> comparison == 0;
                case NOT_EQUAL, DISTINCT -> comparison != 0;
                case LESS_THAN -> comparison < 0;
                case LESS_THAN_OR_EQUAL -> comparison <= 0;
                case GREATER_THAN -> comparison > 0 && comparison != 2;
                case GREATER_THAN_OR_EQUAL -> comparison >= 0 && comparison != 2;
            };
        }

        boolean nullSafe()
        {
            return this == DISTINCT || this == NOT_DISTINCT;
        }
    }

    private final Operator operator;
    private final VectorExpression left;
    private final VectorExpression right;
    private final RelDataType type;
    private final PhysicalType physicalType;
    private final boolean withZone;
    private final BooleanVector result = new BooleanVector(1024);

    public Comparison(Operator operator, VectorExpression left, VectorExpression right, RelDataType type)
    {
        this.operator = requireNonNull(operator, "operator is null");
        this.left = requireNonNull(left, "left is null");
        this.right = requireNonNull(right, "right is null");
        this.type = requireNonNull(type, "type is null");
        this.physicalType = PhysicalType.of(left.type());
        this.withZone = TarnTypes.isTimestampWithZone(left.type());
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
        Batches.prepare(result, batch);
        boolean[] values = result.values;
        boolean nullSafe = operator.nullSafe();
        boolean nestedEquality = (operator == Operator.EQUAL || operator == Operator.NOT_EQUAL)
                && (physicalType == PhysicalType.STRUCT || physicalType == PhysicalType.ARRAY || physicalType == PhysicalType.MAP);
        int size = batch.size();
        for (int row = 0; row < size; row++) {
            int position = batch.position(row);
            boolean leftNull = leftVector.isNull(position);
            boolean rightNull = rightVector.isNull(position);
            if (leftNull || rightNull) {
                if (nullSafe) {
                    values[position] = operator.test(leftNull && rightNull ? 0 : 1);
                    continue;
                }
                result.setNull(position);
                continue;
            }
            if (nestedEquality) {
                // SQL equality of arrays, maps and rows is unknown when nulls inside leave it undecided.
                Boolean equal = ValueComparison.equal(Values.read(leftVector, position, left.type()), Values.read(rightVector, position, right.type()));
                if (equal == null) {
                    result.setNull(position);
                }
                else {
                    values[position] = equal == (operator == Operator.EQUAL);
                }
                continue;
            }
            values[position] = operator.test(compare(leftVector, rightVector, position));
        }
        return result;
    }

    private int compare(ColumnVector leftVector, ColumnVector rightVector, int position)
    {
        return switch (physicalType) {
            case LONG -> withZone
                    // Timestamps with time zone compare by instant, whatever their zones.
                    ? Long.compare(TimestampWithZone.epochMillis(((LongVector) leftVector).values[position]), TimestampWithZone.epochMillis(((LongVector) rightVector).values[position]))
                    : Long.compare(((LongVector) leftVector).values[position], ((LongVector) rightVector).values[position]);
            case DOUBLE -> compareDoubles(((DoubleVector) leftVector).values[position], ((DoubleVector) rightVector).values[position]);
            case BOOLEAN -> Boolean.compare(((BooleanVector) leftVector).values[position], ((BooleanVector) rightVector).values[position]);
            case BYTES -> {
                BytesVector leftBytes = (BytesVector) leftVector;
                BytesVector rightBytes = (BytesVector) rightVector;
                if (operator == Operator.EQUAL || operator == Operator.NOT_EQUAL || operator.nullSafe()) {
                    yield leftBytes.valueEquals(position, rightBytes, position) ? 0 : 1;
                }
                yield leftBytes.compareValues(position, rightBytes, position);
            }
            case STRUCT, ARRAY, MAP -> ValueComparison.compare(
                    Values.read(leftVector, position, left.type()), Values.read(rightVector, position, right.type()));
        };
    }

    /**
     * As SQL compares doubles: {@code 0.0 = -0.0}, and NaN is neither equal to nor less than anything.
     */
    private static int compareDoubles(double left, double right)
    {
        if (left == right) {
            return 0;
        }
        return left < right ? -1 : (left > right ? 1 : 2);
    }
}
