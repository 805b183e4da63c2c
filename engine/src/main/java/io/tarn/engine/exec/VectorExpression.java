package io.tarn.engine.exec;

import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import org.apache.calcite.rel.type.RelDataType;

/**
 * A compiled expression that computes a column for the live rows of a batch. Positions that are not live
 * are left undefined. The returned vector belongs to the expression (or to the batch, for column
 * references) and is valid until the next call.
 */
public interface VectorExpression
{
    RelDataType type();

    ColumnVector evaluate(ColumnBatch batch, ExecutionContext context);

    /**
     * Whether the expression has no inputs and always gives the same value within a query.
     */
    default boolean isConstant()
    {
        return false;
    }
}
