package io.tarn.engine.exec.expression;

import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.engine.exec.VectorViews;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.StructVector;
import org.apache.calcite.rel.type.RelDataType;

import static java.util.Objects.requireNonNull;

/**
 * A field of a struct ({@code userIdentity.arn}): the struct's child vector, with the struct's nulls
 * added where the child does not already mark them.
 */
public final class FieldReference
        implements VectorExpression
{
    private final VectorExpression struct;
    private final int field;
    private final RelDataType type;
    private boolean[] mergedNulls;

    public FieldReference(VectorExpression struct, int field, RelDataType type)
    {
        this.struct = requireNonNull(struct, "struct is null");
        this.field = field;
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
        StructVector vector = (StructVector) struct.evaluate(batch, context);
        ColumnVector child = vector.fields[field];
        if (vector.noNulls) {
            return child;
        }
        boolean missing = false;
        for (int row = 0; row < batch.size() && !missing; row++) {
            int position = batch.position(row);
            missing = vector.isNull[position] && !child.isNull(position);
        }
        if (!missing) {
            return child;
        }
        int limit = Math.min(vector.isNull.length, child.capacity());
        if (mergedNulls == null || mergedNulls.length < child.capacity()) {
            mergedNulls = new boolean[child.capacity()];
        }
        for (int position = 0; position < limit; position++) {
            mergedNulls[position] = vector.isNull[position] || child.isNull(position);
        }
        return VectorViews.withNulls(child, mergedNulls);
    }
}
