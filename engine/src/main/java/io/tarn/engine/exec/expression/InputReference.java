package io.tarn.engine.exec.expression;

import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import org.apache.calcite.rel.type.RelDataType;

import static java.util.Objects.requireNonNull;

/**
 * A column of the input batch, returned as is.
 */
public final class InputReference
        implements VectorExpression
{
    private final int channel;
    private final RelDataType type;

    public InputReference(int channel, RelDataType type)
    {
        this.channel = channel;
        this.type = requireNonNull(type, "type is null");
    }

    public int channel()
    {
        return channel;
    }

    @Override
    public RelDataType type()
    {
        return type;
    }

    @Override
    public ColumnVector evaluate(ColumnBatch batch, ExecutionContext context)
    {
        return batch.column(channel);
    }
}
