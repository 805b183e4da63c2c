package io.tarn.engine.exec.aggregation;

import com.google.common.collect.ImmutableList;
import io.tarn.engine.exec.PhysicalType;
import io.tarn.engine.exec.Values;
import io.tarn.engine.exec.expression.ValueComparison;
import io.tarn.engine.function.GroupedAccumulator;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import org.apache.calcite.rel.type.RelDataType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * An aggregate with an ORDER BY of its own ({@code array_agg(x ORDER BY y DESC)}): keeps each group's rows,
 * and before the first result after new rows, feeds a fresh accumulator each group's rows in order. The
 * argument vectors it receives are the aggregate's arguments followed by the sort keys.
 */
public final class OrderedAccumulator
        implements GroupedAccumulator
{
    /**
     * One sort key: its type, direction and where nulls go.
     */
    public record Key(RelDataType type, boolean descending, boolean nullsFirst)
    {
        public Key
        {
            requireNonNull(type, "type is null");
        }
    }

    private final Factory delegateFactory;
    private final List<RelDataType> argumentTypes;
    private final List<Key> keys;
    private final Comparator<Object[]> order;
    private final List<List<Object[]>> rows = new ArrayList<>();
    private GroupedAccumulator delegate;

    public OrderedAccumulator(Factory delegateFactory, List<RelDataType> argumentTypes, List<Key> keys)
    {
        this.delegateFactory = requireNonNull(delegateFactory, "delegateFactory is null");
        this.argumentTypes = ImmutableList.copyOf(argumentTypes);
        this.keys = ImmutableList.copyOf(keys);
        this.order = (left, right) -> compareKeys(left, right);
    }

    private int compareKeys(Object[] left, Object[] right)
    {
        for (int index = 0; index < keys.size(); index++) {
            Key key = keys.get(index);
            Object leftValue = left[argumentTypes.size() + index];
            Object rightValue = right[argumentTypes.size() + index];
            if (leftValue == null || rightValue == null) {
                if (leftValue != rightValue) {
                    return (leftValue == null) == key.nullsFirst() ? -1 : 1;
                }
                continue;
            }
            int comparison = ValueComparison.compare(leftValue, rightValue);
            if (comparison != 0) {
                return key.descending() ? -comparison : comparison;
            }
        }
        return 0;
    }

    @Override
    public void add(int[] groupIds, int groupCount, ColumnVector[] arguments, ColumnBatch batch)
    {
        while (rows.size() < groupCount) {
            rows.add(new ArrayList<>());
        }
        for (int row = 0; row < batch.size(); row++) {
            int position = batch.position(row);
            Object[] values = new Object[arguments.length];
            for (int index = 0; index < arguments.length; index++) {
                RelDataType type = index < argumentTypes.size() ? argumentTypes.get(index) : keys.get(index - argumentTypes.size()).type();
                values[index] = Values.read(arguments[index], position, type);
            }
            rows.get(groupIds[row]).add(values);
        }
        delegate = null;
    }

    @Override
    public void merge(GroupedAccumulator other, int[] groupMapping, int groupCount)
    {
        while (rows.size() < groupCount) {
            rows.add(new ArrayList<>());
        }
        List<List<Object[]>> otherRows = ((OrderedAccumulator) other).rows;
        for (int group = 0; group < groupMapping.length && group < otherRows.size(); group++) {
            rows.get(groupMapping[group]).addAll(otherRows.get(group));
        }
        delegate = null;
    }

    @Override
    public void output(int group, ColumnVector target, int position)
    {
        if (delegate == null) {
            delegate = delegateFactory.create();
            for (int index = 0; index < rows.size(); index++) {
                replay(index);
            }
        }
        delegate.output(group, target, position);
    }

    private void replay(int group)
    {
        List<Object[]> sorted = new ArrayList<>(rows.get(group));
        sorted.sort(order);
        int count = sorted.size();
        ColumnVector[] vectors = new ColumnVector[argumentTypes.size()];
        for (int index = 0; index < vectors.length; index++) {
            vectors[index] = PhysicalType.newVector(argumentTypes.get(index), Math.max(count, 1));
            vectors[index].ensureCapacity(Math.max(count, 1));
            for (int row = 0; row < count; row++) {
                Values.write(vectors[index], row, argumentTypes.get(index), sorted.get(row)[index]);
            }
        }
        int[] groupIds = new int[count];
        Arrays.fill(groupIds, group);
        delegate.add(groupIds, rows.size(), vectors, new ColumnBatch(vectors, count));
    }
}
