package io.tarn.engine.exec.expression;

import io.tarn.engine.exec.Batches;
import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.PhysicalType;
import io.tarn.engine.exec.Values;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import org.apache.calcite.rel.type.RelDataType;

import static java.util.Objects.requireNonNull;

/**
 * A constant value (Java form, see {@link Values}), as a vector holding it at every position. The vector is
 * filled once and grown only when a larger batch comes.
 */
public final class Constant
        implements VectorExpression
{
    private final Object value;
    private final RelDataType type;
    private ColumnVector vector;
    private int filled;

    public Constant(Object value, RelDataType type)
    {
        this.value = value;
        this.type = requireNonNull(type, "type is null");
    }

    public Object value()
    {
        return value;
    }

    @Override
    public RelDataType type()
    {
        return type;
    }

    @Override
    public boolean isConstant()
    {
        return true;
    }

    @Override
    public ColumnVector evaluate(ColumnBatch batch, ExecutionContext context)
    {
        int limit = Batches.positionLimit(batch);
        if (vector == null || limit > filled) {
            int capacity = Math.max(limit, 1024);
            vector = PhysicalType.newVector(type, capacity);
            vector.ensureCapacity(capacity);
            for (int position = 0; position < capacity; position++) {
                Values.write(vector, position, type, value);
            }
            filled = capacity;
        }
        return vector;
    }
}
