package io.tarn.engine.exec.operator;

import io.tarn.storage.vector.ColumnBatch;

import static java.util.Objects.requireNonNull;

/**
 * OFFSET and LIMIT without ORDER BY: skips and cuts rows, and stops pulling input once the limit is
 * reached, so {@code SELECT * ... LIMIT 10} stops the scan early.
 */
public final class LimitOperator
        implements Operator
{
    private final Operator input;
    private long toSkip;
    private long remaining;

    /**
     * @param limit rows to return after the offset, or -1 for all
     */
    public LimitOperator(Operator input, long offset, long limit)
    {
        this.input = requireNonNull(input, "input is null");
        this.toSkip = offset;
        this.remaining = limit < 0 ? Long.MAX_VALUE : limit;
    }

    @Override
    public ColumnBatch next()
    {
        while (remaining > 0) {
            ColumnBatch batch = input.next();
            if (batch == null) {
                return null;
            }
            int size = batch.size();
            int skip = (int) Math.min(toSkip, size);
            toSkip -= skip;
            int take = (int) Math.min(remaining, size - skip);
            if (take <= 0) {
                continue;
            }
            remaining -= take;
            int[] positions = new int[take];
            for (int row = 0; row < take; row++) {
                positions[row] = batch.position(skip + row);
            }
            return new ColumnBatch(batch.columns(), take, positions);
        }
        return null;
    }

    @Override
    public void close()
    {
        input.close();
    }
}
