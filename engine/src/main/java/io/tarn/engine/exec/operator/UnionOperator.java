package io.tarn.engine.exec.operator;

import com.google.common.collect.ImmutableList;
import io.tarn.storage.vector.ColumnBatch;

import java.util.List;

/**
 * UNION ALL: the inputs' batches one input after another. (UNION DISTINCT adds a distinct aggregation on top.)
 */
public final class UnionOperator
        implements Operator
{
    private final List<Operator> inputs;
    private int current;

    public UnionOperator(List<Operator> inputs)
    {
        this.inputs = ImmutableList.copyOf(inputs);
    }

    @Override
    public ColumnBatch next()
    {
        while (current < inputs.size()) {
            ColumnBatch batch = inputs.get(current).next();
            if (batch != null) {
                return batch;
            }
            current++;
        }
        return null;
    }

    @Override
    public void close()
    {
        inputs.forEach(Operator::close);
    }
}
