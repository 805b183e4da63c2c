package io.tarn.engine.exec.operator;

import com.google.common.collect.ImmutableList;
import io.tarn.engine.exec.Batches;
import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.storage.vector.BooleanVector;
import io.tarn.storage.vector.ColumnBatch;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import static java.util.Objects.requireNonNull;

/**
 * Keeps the rows for which every conjunct is true, evaluating each conjunct only on the rows the previous
 * ones kept. Output batches share the input's vectors with a narrower selection: nothing is copied.
 */
public final class FilterOperator
        implements Operator
{
    private final Operator input;
    private final List<VectorExpression> conjuncts;
    private final ExecutionContext context;
    private final LongAdder matchedRows;
    // Two buffers used in turn by successive conjuncts; the returned batch's selection is one of them,
    // valid until the next call, as batches are.
    private int[] first = new int[1024];
    private int[] second = new int[1024];

    /**
     * @param matchedRows counts rows that pass, or null; the filter right above a store scan counts Lake's
     *         {@code EventsMatched}
     */
    public FilterOperator(Operator input, List<VectorExpression> conjuncts, ExecutionContext context, LongAdder matchedRows)
    {
        this.input = requireNonNull(input, "input is null");
        this.conjuncts = ImmutableList.copyOf(conjuncts);
        this.context = requireNonNull(context, "context is null");
        this.matchedRows = matchedRows;
    }

    @Override
    public ColumnBatch next()
    {
        while (true) {
            ColumnBatch batch = input.next();
            if (batch == null) {
                return null;
            }
            ColumnBatch filtered = filter(batch);
            if (filtered.size() > 0) {
                if (matchedRows != null) {
                    matchedRows.add(filtered.size());
                }
                return filtered;
            }
        }
    }

    private ColumnBatch filter(ColumnBatch batch)
    {
        ColumnBatch current = batch;
        if (first.length < batch.size()) {
            first = new int[batch.size()];
            second = new int[batch.size()];
        }
        boolean useFirst = true;
        for (VectorExpression conjunct : conjuncts) {
            BooleanVector result = (BooleanVector) conjunct.evaluate(current, context);
            int size = current.size();
            int[] kept = useFirst ? first : second;
            useFirst = !useFirst;
            int count = 0;
            for (int row = 0; row < size; row++) {
                int position = current.position(row);
                if (!result.isNull(position) && result.values[position]) {
                    kept[count++] = position;
                }
            }
            current = Batches.withSelection(batch, kept, count);
            if (count == 0) {
                break;
            }
        }
        return current;
    }

    @Override
    public void close()
    {
        input.close();
    }
}
