package io.tarn.engine.exec.operator;

import com.google.common.collect.ImmutableList;
import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.PhysicalType;
import io.tarn.engine.exec.Values;
import io.tarn.engine.function.GroupedAccumulator;
import io.tarn.error.TarnException;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.DoubleVector;
import io.tarn.storage.vector.LongVector;
import org.apache.calcite.rel.type.RelDataType;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static io.tarn.engine.StandardErrorCode.INVALID_FUNCTION_ARGUMENT;
import static java.util.Objects.requireNonNull;

/**
 * One window group ({@code OVER (PARTITION BY ... ORDER BY ... frame)}) over its whole input: rows are kept,
 * sorted by partition and order keys, and each function is computed per partition. Running aggregates
 * (frame from the partition start to the current row) are computed incrementally; other frames from
 * scratch per row. Output: the input columns, then one column per function, in input order.
 */
public final class WindowOperator
        implements Operator
{
    private static final int OUTPUT_BATCH = 1024;

    private final Operator input;
    private final List<RelDataType> inputTypes;
    private final int[] partitionChannels;
    private final List<SortKey> orderKeys;
    private final Frame frame;
    private final List<WindowFunctionSpec> functions;
    private final ExecutionContext context;
    private RowStore rows;
    private ColumnVector[] results;
    private int nextRow;

    /**
     * A window frame in rows or peer groups (RANGE with only UNBOUNDED and CURRENT ROW bounds).
     *
     * @param startOffset rows before the current one (null: unbounded preceding; 0: current row)
     * @param endOffset rows after the current one (null: unbounded following; 0: current row)
     */
    public record Frame(boolean rows, Long startOffset, Long endOffset) {}

    public WindowOperator(Operator input, List<RelDataType> inputTypes, int[] partitionChannels, List<SortKey> orderKeys, Frame frame, List<WindowFunctionSpec> functions, ExecutionContext context)
    {
        this.input = requireNonNull(input, "input is null");
        this.inputTypes = ImmutableList.copyOf(inputTypes);
        this.partitionChannels = partitionChannels.clone();
        this.orderKeys = ImmutableList.copyOf(orderKeys);
        this.frame = requireNonNull(frame, "frame is null");
        this.functions = ImmutableList.copyOf(functions);
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public ColumnBatch next()
    {
        if (rows == null) {
            compute();
        }
        if (nextRow >= rows.size()) {
            return null;
        }
        int count = Math.min(OUTPUT_BATCH, rows.size() - nextRow);
        int[] selection = new int[count];
        for (int index = 0; index < count; index++) {
            selection[index] = nextRow + index;
        }
        ColumnVector[] columns = new ColumnVector[inputTypes.size() + functions.size()];
        for (int column = 0; column < inputTypes.size(); column++) {
            columns[column] = rows.column(column);
        }
        System.arraycopy(results, 0, columns, inputTypes.size(), results.length);
        nextRow += count;
        return new ColumnBatch(columns, count, selection);
    }

    private void compute()
    {
        rows = new RowStore(inputTypes);
        while (true) {
            context.checkCancelled();
            ColumnBatch batch = input.next();
            if (batch == null) {
                break;
            }
            rows.appendAll(batch);
        }
        int size = rows.size();
        results = new ColumnVector[functions.size()];
        for (int index = 0; index < functions.size(); index++) {
            results[index] = PhysicalType.newVector(functions.get(index).type(), Math.max(size, 1));
            results[index].ensureCapacity(Math.max(size, 1));
        }
        Integer[] order = new Integer[size];
        for (int row = 0; row < size; row++) {
            order[row] = row;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(row -> 0).thenComparing(this::comparePartition).thenComparing(this::compareOrder).thenComparing(Integer::compare));
        int start = 0;
        while (start < size) {
            int end = start + 1;
            while (end < size && comparePartition(order[start], order[end]) == 0) {
                end++;
            }
            for (int function = 0; function < functions.size(); function++) {
                computePartition(functions.get(function), results[function], order, start, end);
            }
            start = end;
        }
    }

    private int comparePartition(int left, int right)
    {
        for (int channel : partitionChannels) {
            int comparison = new SortKey(channel, false, false, inputTypes.get(channel)).compare(rows.column(channel), left, rows.column(channel), right);
            if (comparison != 0) {
                return comparison;
            }
        }
        return 0;
    }

    private int compareOrder(int left, int right)
    {
        for (SortKey key : orderKeys) {
            int comparison = key.compare(rows.column(key.channel()), left, rows.column(key.channel()), right);
            if (comparison != 0) {
                return comparison;
            }
        }
        return 0;
    }

    private void computePartition(WindowFunctionSpec function, ColumnVector result, Integer[] order, int start, int end)
    {
        int count = end - start;
        switch (function.kind()) {
            case "ROW_NUMBER" -> {
                for (int index = 0; index < count; index++) {
                    ((LongVector) result).set(order[start + index], index + 1);
                }
            }
            case "RANK", "DENSE_RANK", "PERCENT_RANK", "CUME_DIST" -> ranks(function.kind(), result, order, start, end);
            case "NTILE" -> {
                long buckets = argumentLong(function, order[start], 0);
                if (buckets <= 0) {
                    throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Buckets must be greater than 0");
                }
                for (int index = 0; index < count; index++) {
                    long bucketSize = count / buckets;
                    long remainder = count % buckets;
                    long boundary = remainder * (bucketSize + 1);
                    long bucket = index < boundary ? index / (bucketSize + 1) : remainder + (index - boundary) / Math.max(bucketSize, 1);
                    ((LongVector) result).set(order[start + index], bucket + 1);
                }
            }
            case "LAG", "LEAD" -> {
                boolean lag = function.kind().equals("LAG");
                for (int index = 0; index < count; index++) {
                    int row = order[start + index];
                    long offset = function.argumentChannels().length > 1 ? argumentLong(function, row, 1) : 1;
                    long target = lag ? index - offset : index + offset;
                    if (target >= 0 && target < count) {
                        result.copyFrom(rows.column(function.argumentChannels()[0]), order[start + (int) target], row);
                    }
                    else if (function.argumentChannels().length > 2) {
                        result.copyFrom(rows.column(function.argumentChannels()[2]), row, row);
                    }
                    else {
                        Values.write(result, row, function.type(), null);
                    }
                }
            }
            case "FIRST_VALUE", "LAST_VALUE", "NTH_VALUE" -> valueFunction(function, result, order, start, end);
            default -> aggregate(function, result, order, start, end);
        }
    }

    private void ranks(String kind, ColumnVector result, Integer[] order, int start, int end)
    {
        int count = end - start;
        long rank = 1;
        long denseRank = 1;
        int peerStart = 0;
        for (int index = 0; index < count; index++) {
            if (index > 0 && compareOrder(order[start + index - 1], order[start + index]) != 0) {
                rank = index + 1;
                denseRank++;
                peerStart = index;
            }
            int row = order[start + index];
            switch (kind) {
                case "RANK" -> ((LongVector) result).set(row, rank);
                case "DENSE_RANK" -> ((LongVector) result).set(row, denseRank);
                case "PERCENT_RANK" -> ((DoubleVector) result).set(row, count == 1 ? 0 : (double) (rank - 1) / (count - 1));
                default -> {
                    int peerEnd = peerStart;
                    while (peerEnd + 1 < count && compareOrder(order[start + peerEnd], order[start + peerEnd + 1]) == 0) {
                        peerEnd++;
                    }
                    ((DoubleVector) result).set(row, (double) (peerEnd + 1) / count);
                }
            }
        }
    }

    private void valueFunction(WindowFunctionSpec function, ColumnVector result, Integer[] order, int start, int end)
    {
        ColumnVector argument = rows.column(function.argumentChannels()[0]);
        for (int index = 0; index < end - start; index++) {
            int row = order[start + index];
            int[] bounds = frameBounds(order, start, end, index);
            int target = switch (function.kind()) {
                case "FIRST_VALUE" -> bounds[0];
                case "LAST_VALUE" -> bounds[1];
                default -> bounds[0] + (int) argumentLong(function, row, 1) - 1;
            };
            if (bounds[0] > bounds[1] || target < bounds[0] || target > bounds[1]) {
                Values.write(result, row, function.type(), null);
                continue;
            }
            result.copyFrom(argument, order[start + target], row);
        }
    }

    private void aggregate(WindowFunctionSpec function, ColumnVector result, Integer[] order, int start, int end)
    {
        int count = end - start;
        ColumnVector[] arguments = new ColumnVector[function.argumentChannels().length];
        for (int index = 0; index < arguments.length; index++) {
            arguments[index] = rows.column(function.argumentChannels()[index]);
        }
        int[] zero = new int[1];
        boolean running = frame.startOffset() == null && frame.endOffset() != null && frame.endOffset() == 0;
        boolean whole = frame.startOffset() == null && frame.endOffset() == null;
        if (running || whole) {
            GroupedAccumulator accumulator = function.aggregate().create();
            int index = 0;
            while (index < count) {
                int peerEnd = index;
                if (whole) {
                    peerEnd = count - 1;
                }
                else if (!frame.rows()) {
                    while (peerEnd + 1 < count && compareOrder(order[start + peerEnd], order[start + peerEnd + 1]) == 0) {
                        peerEnd++;
                    }
                }
                for (int member = index; member <= peerEnd; member++) {
                    accumulator.add(zero, 1, arguments, new ColumnBatch(arguments, 1, new int[] {order[start + member]}));
                }
                for (int member = index; member <= peerEnd; member++) {
                    accumulator.output(0, result, order[start + member]);
                }
                index = peerEnd + 1;
            }
            return;
        }
        for (int index = 0; index < count; index++) {
            int[] bounds = frameBounds(order, start, end, index);
            GroupedAccumulator accumulator = function.aggregate().create();
            for (int member = bounds[0]; member <= bounds[1]; member++) {
                accumulator.add(zero, 1, arguments, new ColumnBatch(arguments, 1, new int[] {order[start + member]}));
            }
            accumulator.output(0, result, order[start + index]);
        }
    }

    /**
     * The first and last partition indexes in the frame of the row at {@code index}.
     */
    private int[] frameBounds(Integer[] order, int start, int end, int index)
    {
        int count = end - start;
        int first;
        int last;
        if (frame.rows()) {
            first = frame.startOffset() == null ? 0 : (int) Math.max(0, index - frame.startOffset());
            last = frame.endOffset() == null ? count - 1 : (int) Math.min(count - 1, index + frame.endOffset());
            return new int[] {first, last};
        }
        first = 0;
        last = count - 1;
        if (frame.startOffset() != null) {
            first = index;
            while (first > 0 && compareOrder(order[start + first - 1], order[start + index]) == 0) {
                first--;
            }
        }
        if (frame.endOffset() != null) {
            last = index;
            while (last + 1 < count && compareOrder(order[start + last + 1], order[start + index]) == 0) {
                last++;
            }
        }
        return new int[] {first, last};
    }

    private long argumentLong(WindowFunctionSpec function, int row, int argument)
    {
        ColumnVector vector = rows.column(function.argumentChannels()[argument]);
        if (vector.isNull(row)) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Window function argument must not be null");
        }
        return ((LongVector) vector).values[row];
    }

    @Override
    public void close()
    {
        input.close();
    }
}
