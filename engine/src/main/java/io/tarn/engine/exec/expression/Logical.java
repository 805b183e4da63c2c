package io.tarn.engine.exec.expression;

import com.google.common.collect.ImmutableList;
import io.tarn.engine.exec.Batches;
import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.storage.vector.BooleanVector;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import org.apache.calcite.rel.type.RelDataType;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * {@code AND} and {@code OR} over any number of operands with SQL's three-valued logic. Each operand is
 * evaluated only on the rows the previous ones left undecided.
 */
public final class Logical
        implements VectorExpression
{
    private final boolean conjunction;
    private final List<VectorExpression> operands;
    private final RelDataType type;
    private final BooleanVector result = new BooleanVector(1024);
    private int[] undecided = new int[1024];
    private int[] next = new int[1024];

    public Logical(boolean conjunction, List<VectorExpression> operands, RelDataType type)
    {
        this.conjunction = conjunction;
        this.operands = ImmutableList.copyOf(requireNonNull(operands, "operands is null"));
        this.type = requireNonNull(type, "type is null");
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
        int size = batch.size();
        if (undecided.length < size) {
            undecided = new int[size];
            next = new int[size];
        }
        // Start as if every live row were TRUE (AND) or FALSE (OR); a NULL operand makes a row NULL unless decided later.
        for (int row = 0; row < size; row++) {
            int position = batch.position(row);
            undecided[row] = position;
            result.values[position] = conjunction;
            result.isNull[position] = false;
        }
        int count = size;
        boolean anyNull = false;
        for (VectorExpression operand : operands) {
            if (count == 0) {
                break;
            }
            ColumnBatch subset = Batches.withSelection(batch, undecided, count);
            BooleanVector values = (BooleanVector) operand.evaluate(subset, context);
            int remaining = 0;
            for (int row = 0; row < count; row++) {
                int position = undecided[row];
                if (values.isNull(position)) {
                    result.isNull[position] = true;
                    anyNull = true;
                    next[remaining++] = position;
                    continue;
                }
                if (values.values[position] != conjunction) {
                    // Decided: FALSE for AND, TRUE for OR, whatever other operands say.
                    result.values[position] = !conjunction;
                    result.isNull[position] = false;
                    continue;
                }
                next[remaining++] = position;
            }
            int[] swap = undecided;
            undecided = next;
            next = swap;
            count = remaining;
        }
        result.noNulls = !anyNull;
        if (anyNull) {
            // Rows decided by a later operand were cleared above; rows still NULL keep the flag.
            for (int row = 0; row < size; row++) {
                int position = batch.position(row);
                if (result.isNull[position] && result.values[position] != conjunction) {
                    result.isNull[position] = false;
                }
            }
        }
        return result;
    }
}
