package io.tarn.engine.exec.expression;

import com.google.common.collect.ImmutableList;
import io.tarn.engine.exec.Batches;
import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.PhysicalType;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.storage.vector.BooleanVector;
import io.tarn.storage.vector.BytesVector;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import org.apache.calcite.rel.type.RelDataType;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * {@code CASE WHEN c1 THEN v1 ... ELSE e END}: each condition is evaluated on the rows no earlier condition
 * took, and each value only on the rows it applies to.
 */
public final class CaseExpression
        implements VectorExpression
{
    private final List<VectorExpression> conditions;
    private final List<VectorExpression> values;
    private final VectorExpression otherwise;
    private final RelDataType type;
    private ColumnVector result;

    public CaseExpression(List<VectorExpression> conditions, List<VectorExpression> values, VectorExpression otherwise, RelDataType type)
    {
        this.conditions = ImmutableList.copyOf(requireNonNull(conditions, "conditions is null"));
        this.values = ImmutableList.copyOf(requireNonNull(values, "values is null"));
        this.otherwise = requireNonNull(otherwise, "otherwise is null");
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
        if (result == null) {
            result = PhysicalType.newVector(type, Batches.positionLimit(batch));
        }
        Batches.prepare(result, batch);
        int size = batch.size();
        int[] remaining = Batches.livePositions(batch).clone();
        int remainingCount = size;
        int[] taken = new int[size];
        int[] left = new int[size];
        for (int branch = 0; branch < conditions.size() && remainingCount > 0; branch++) {
            ColumnBatch subset = Batches.withSelection(batch, remaining, remainingCount);
            BooleanVector condition = (BooleanVector) conditions.get(branch).evaluate(subset, context);
            int takenCount = 0;
            int leftCount = 0;
            for (int row = 0; row < remainingCount; row++) {
                int position = remaining[row];
                if (!condition.isNull(position) && condition.values[position]) {
                    taken[takenCount++] = position;
                }
                else {
                    left[leftCount++] = position;
                }
            }
            if (takenCount > 0) {
                copy(values.get(branch).evaluate(Batches.withSelection(batch, taken, takenCount), context), taken, takenCount);
            }
            System.arraycopy(left, 0, remaining, 0, leftCount);
            remainingCount = leftCount;
        }
        if (remainingCount > 0) {
            copy(otherwise.evaluate(Batches.withSelection(batch, remaining, remainingCount), context), remaining, remainingCount);
        }
        return result;
    }

    private void copy(ColumnVector source, int[] positions, int count)
    {
        for (int row = 0; row < count; row++) {
            int position = positions[row];
            if (source instanceof BytesVector bytes && !bytes.isNull(position)) {
                ((BytesVector) result).setReference(position, bytes.vector[position], bytes.start[position], bytes.length[position]);
                continue;
            }
            result.copyFrom(source, position, position);
        }
    }
}
