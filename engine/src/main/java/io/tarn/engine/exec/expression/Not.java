package io.tarn.engine.exec.expression;

import io.tarn.engine.exec.Batches;
import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.storage.vector.BooleanVector;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import org.apache.calcite.rel.type.RelDataType;

import static java.util.Objects.requireNonNull;

/**
 * {@code NOT}; null stays null.
 */
public final class Not
        implements VectorExpression
{
    private final VectorExpression operand;
    private final BooleanVector result = new BooleanVector(1024);

    public Not(VectorExpression operand)
    {
        this.operand = requireNonNull(operand, "operand is null");
    }

    @Override
    public RelDataType type()
    {
        return operand.type();
    }

    @Override
    public ColumnVector evaluate(ColumnBatch batch, ExecutionContext context)
    {
        BooleanVector input = (BooleanVector) operand.evaluate(batch, context);
        Batches.prepare(result, batch);
        for (int row = 0; row < batch.size(); row++) {
            int position = batch.position(row);
            if (input.isNull(position)) {
                result.setNull(position);
                continue;
            }
            result.values[position] = !input.values[position];
        }
        return result;
    }
}
