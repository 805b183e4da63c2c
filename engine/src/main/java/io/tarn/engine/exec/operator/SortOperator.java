package io.tarn.engine.exec.operator;

import com.google.common.collect.ImmutableList;
import io.tarn.engine.exec.ExecutionContext;
import io.tarn.storage.vector.ColumnBatch;
import org.apache.calcite.rel.type.RelDataType;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * ORDER BY with optional OFFSET and LIMIT. With a limit it keeps only the best {@code offset + limit} rows
 * seen so far (pruning whenever the kept rows double), so a top-N over a large input needs little memory.
 */
public final class SortOperator
        implements Operator
{
    private static final int OUTPUT_BATCH = 1024;

    private final Operator input;
    private final List<RelDataType> types;
    private final List<SortKey> keys;
    private final long offset;
    private final long limit;
    private final ExecutionContext context;
    private RowStore rows;
    private int[] order;
    private int nextRow;

    /**
     * @param limit the number of rows to return after the offset, or -1 for all
     */
    public SortOperator(Operator input, List<RelDataType> types, List<SortKey> keys, long offset, long limit, ExecutionContext context)
    {
        this.input = requireNonNull(input, "input is null");
        this.types = ImmutableList.copyOf(types);
        this.keys = ImmutableList.copyOf(keys);
        this.offset = offset;
        this.limit = limit;
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public ColumnBatch next()
    {
        if (rows == null) {
            consume();
        }
        int end = limit < 0 ? order.length : (int) Math.min(order.length, offset + limit);
        if (nextRow >= end) {
            return null;
        }
        int count = Math.min(OUTPUT_BATCH, end - nextRow);
        ColumnBatch batch = rows.batch(Arrays.copyOfRange(order, nextRow, nextRow + count), count);
        nextRow += count;
        return batch;
    }

    private void consume()
    {
        rows = new RowStore(types);
        long keep = limit < 0 ? -1 : offset + limit;
        while (true) {
            context.checkCancelled();
            ColumnBatch batch = input.next();
            if (batch == null) {
                break;
            }
            rows.appendAll(batch);
            if (keep >= 0 && rows.size() > Math.max(2 * keep, 4096)) {
                int[] best = sortedRows((int) keep);
                rows = copyOf(best);
            }
        }
        order = sortedRows(keep < 0 ? rows.size() : (int) Math.min(keep, rows.size()));
        nextRow = (int) Math.min(offset, order.length);
    }

    private RowStore copyOf(int[] rowIndexes)
    {
        RowStore copy = new RowStore(types);
        copy.appendAll(rows.batch(rowIndexes, rowIndexes.length));
        return copy;
    }

    private int[] sortedRows(int count)
    {
        Integer[] indexes = new Integer[rows.size()];
        for (int row = 0; row < indexes.length; row++) {
            indexes[row] = row;
        }
        Comparator<Integer> comparator = (left, right) -> {
            for (SortKey key : keys) {
                int comparison = key.compare(rows.column(key.channel()), left, rows.column(key.channel()), right);
                if (comparison != 0) {
                    return comparison;
                }
            }
            return Integer.compare(left, right);
        };
        Arrays.sort(indexes, comparator);
        int[] result = new int[count];
        for (int index = 0; index < count; index++) {
            result[index] = indexes[index];
        }
        return result;
    }

    @Override
    public void close()
    {
        input.close();
    }
}
