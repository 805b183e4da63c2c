package io.tarn.engine.exec.operator;

import com.google.common.collect.ImmutableList;
import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Computes the output columns from each input batch; column references pass the input vectors through, and
 * the input's selection is kept.
 */
public final class ProjectOperator
        implements Operator
{
    private final Operator input;
    private final List<VectorExpression> projections;
    private final ExecutionContext context;

    public ProjectOperator(Operator input, List<VectorExpression> projections, ExecutionContext context)
    {
        this.input = requireNonNull(input, "input is null");
        this.projections = ImmutableList.copyOf(projections);
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public ColumnBatch next()
    {
        ColumnBatch batch = input.next();
        if (batch == null) {
            return null;
        }
        ColumnVector[] columns = new ColumnVector[projections.size()];
        for (int index = 0; index < columns.length; index++) {
            columns[index] = projections.get(index).evaluate(batch, context);
        }
        return new ColumnBatch(columns, batch.size(), batch.selected());
    }

    @Override
    public void close()
    {
        input.close();
    }
}
