package io.tarn.engine.exec.expression;

import com.google.common.collect.ImmutableSet;
import io.tarn.engine.exec.Batches;
import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.Values;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.storage.vector.BooleanVector;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.LongVector;
import org.apache.calcite.rel.type.RelDataType;

import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * {@code x IN (constant, ...)} by hash lookup; a null {@code x} gives null, and so does a miss when the
 * list contains null.
 */
public final class InExpression
        implements VectorExpression
{
    private final VectorExpression value;
    private final Set<Object> values;
    private final boolean listHasNull;
    private final RelDataType type;
    private final BooleanVector result = new BooleanVector(1024);

    public InExpression(VectorExpression value, Set<Object> values, boolean listHasNull, RelDataType type)
    {
        this.value = requireNonNull(value, "value is null");
        this.values = ImmutableSet.copyOf(values);
        this.listHasNull = listHasNull;
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
        ColumnVector input = value.evaluate(batch, context);
        Batches.prepare(result, batch);
        RelDataType inputType = value.type();
        for (int row = 0; row < batch.size(); row++) {
            int position = batch.position(row);
            if (input.isNull(position)) {
                result.setNull(position);
                continue;
            }
            Object candidate = input instanceof LongVector longs ? (Object) longs.values[position] : Values.read(input, position, inputType);
            boolean found = values.contains(candidate);
            if (!found && listHasNull) {
                result.setNull(position);
                continue;
            }
            result.values[position] = found;
        }
        return result;
    }
}
