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
 * {@code IS [NOT] NULL}, {@code IS [NOT] TRUE}, {@code IS [NOT] FALSE}: never null.
 */
public final class NullTest
        implements VectorExpression
{
    /**
     * Which test.
     */
    public enum Kind
    {
        IS_NULL, IS_NOT_NULL, IS_TRUE, IS_NOT_TRUE, IS_FALSE, IS_NOT_FALSE
    }

    private final Kind kind;
    private final VectorExpression operand;
    private final RelDataType type;
    private final BooleanVector result = new BooleanVector(1024);

    public NullTest(Kind kind, VectorExpression operand, RelDataType type)
    {
        this.kind = requireNonNull(kind, "kind is null");
        this.operand = requireNonNull(operand, "operand is null");
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
        ColumnVector input = operand.evaluate(batch, context);
        Batches.prepare(result, batch);
        for (int row = 0; row < batch.size(); row++) {
            int position = batch.position(row);
            boolean isNull = input.isNull(position);
            result.values[position] = switch (kind) {
                case IS_NULL -> isNull;
                case IS_NOT_NULL -> !isNull;
                case IS_TRUE -> !isNull && ((BooleanVector) input).values[position];
                case IS_NOT_TRUE -> isNull || !((BooleanVector) input).values[position];
                case IS_FALSE -> !isNull && !((BooleanVector) input).values[position];
                case IS_NOT_FALSE -> isNull || ((BooleanVector) input).values[position];
            };
        }
        return result;
    }
}
