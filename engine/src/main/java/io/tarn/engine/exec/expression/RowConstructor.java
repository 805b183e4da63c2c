package io.tarn.engine.exec.expression;

import com.google.common.collect.ImmutableList;
import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.StructVector;
import org.apache.calcite.rel.type.RelDataType;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * {@code ROW(a, b, ...)}: a struct whose fields are the operands' vectors, without copying.
 */
public final class RowConstructor
        implements VectorExpression
{
    private final List<VectorExpression> fields;
    private final RelDataType type;

    public RowConstructor(List<VectorExpression> fields, RelDataType type)
    {
        this.fields = ImmutableList.copyOf(requireNonNull(fields, "fields is null"));
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
        ColumnVector[] vectors = new ColumnVector[fields.size()];
        int capacity = 1;
        for (int field = 0; field < vectors.length; field++) {
            vectors[field] = fields.get(field).evaluate(batch, context);
            capacity = Math.max(capacity, vectors[field].capacity());
        }
        return new StructVector(capacity, vectors);
    }
}
