package io.tarn.engine.exec.operator;

import io.tarn.engine.exec.Values;
import io.tarn.engine.exec.expression.ValueComparison;
import io.tarn.storage.vector.BooleanVector;
import io.tarn.storage.vector.BytesVector;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.DoubleVector;
import io.tarn.storage.vector.LongVector;
import org.apache.calcite.rel.type.RelDataType;

import static java.util.Objects.requireNonNull;

/**
 * One ORDER BY key: a column, a direction, and where nulls go (Trino puts them last in both directions
 * unless told otherwise).
 */
public record SortKey(int channel, boolean descending, boolean nullsFirst, RelDataType type)
{
    public SortKey
    {
        requireNonNull(type, "type is null");
    }

    /**
     * Compares two rows' values of this key, each row given by a vector and a position.
     */
    public int compare(ColumnVector left, int leftPosition, ColumnVector right, int rightPosition)
    {
        boolean leftNull = left.isNull(leftPosition);
        boolean rightNull = right.isNull(rightPosition);
        if (leftNull || rightNull) {
            if (leftNull && rightNull) {
                return 0;
            }
            return leftNull == nullsFirst ? -1 : 1;
        }
        int comparison;
        if (left instanceof LongVector longs) {
            comparison = Long.compare(longs.values[leftPosition], ((LongVector) right).values[rightPosition]);
        }
        else if (left instanceof DoubleVector doubles) {
            comparison = Double.compare(doubles.values[leftPosition], ((DoubleVector) right).values[rightPosition]);
        }
        else if (left instanceof BytesVector bytes) {
            comparison = bytes.compareValues(leftPosition, (BytesVector) right, rightPosition);
        }
        else if (left instanceof BooleanVector booleans) {
            comparison = Boolean.compare(booleans.values[leftPosition], ((BooleanVector) right).values[rightPosition]);
        }
        else {
            comparison = ValueComparison.compare(Values.read(left, leftPosition, type), Values.read(right, rightPosition, type));
        }
        return descending ? -comparison : comparison;
    }
}
