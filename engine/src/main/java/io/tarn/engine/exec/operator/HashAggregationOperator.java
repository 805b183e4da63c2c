package io.tarn.engine.exec.operator;

import com.google.common.collect.ImmutableList;
import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.PhysicalType;
import io.tarn.engine.function.GroupedAccumulator;
import io.tarn.storage.vector.BooleanVector;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import org.apache.calcite.rel.type.RelDataType;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * GROUP BY: hashes the key columns to dense group ids and feeds each aggregate's grouped accumulator a batch
 * at a time. Without keys it is a global aggregation, which produces one row even for empty input.
 */
public final class HashAggregationOperator
        implements Operator
{
    private static final int OUTPUT_BATCH = 1024;

    private final Operator input;
    private final int[] groupChannels;
    private final List<RelDataType> groupTypes;
    private final List<AggregateSpec> aggregates;
    private final ExecutionContext context;
    private final GroupByHash hash;
    private final GroupedAccumulator[] accumulators;
    private boolean consumed;
    private int nextGroup;

    public HashAggregationOperator(Operator input, int[] groupChannels, List<RelDataType> groupTypes, List<AggregateSpec> aggregates, ExecutionContext context)
    {
        this.input = requireNonNull(input, "input is null");
        this.groupChannels = groupChannels.clone();
        this.groupTypes = ImmutableList.copyOf(groupTypes);
        this.aggregates = ImmutableList.copyOf(aggregates);
        this.context = requireNonNull(context, "context is null");
        this.hash = new GroupByHash(groupTypes);
        this.accumulators = new GroupedAccumulator[aggregates.size()];
        for (int index = 0; index < accumulators.length; index++) {
            accumulators[index] = aggregates.get(index).factory().create();
        }
    }

    @Override
    public ColumnBatch next()
    {
        consumeAll();
        int groupCount = groupChannels.length == 0 ? 1 : hash.groupCount();
        if (nextGroup >= groupCount) {
            return null;
        }
        int count = Math.min(OUTPUT_BATCH, groupCount - nextGroup);
        ColumnVector[] columns = new ColumnVector[groupChannels.length + aggregates.size()];
        for (int key = 0; key < groupChannels.length; key++) {
            ColumnVector vector = PhysicalType.newVector(groupTypes.get(key), count);
            vector.ensureCapacity(count);
            for (int row = 0; row < count; row++) {
                vector.copyFrom(hash.keys().column(key), nextGroup + row, row);
            }
            columns[key] = vector;
        }
        for (int index = 0; index < aggregates.size(); index++) {
            ColumnVector vector = PhysicalType.newVector(aggregates.get(index).type(), count);
            vector.ensureCapacity(count);
            for (int row = 0; row < count; row++) {
                accumulators[index].output(nextGroup + row, vector, row);
            }
            columns[groupChannels.length + index] = vector;
        }
        nextGroup += count;
        return new ColumnBatch(columns, count);
    }

    /**
     * Reads the whole input into the groups; called once (again is a no-op), by {@link #next()} or by a
     * parallel driver before merging.
     */
    public void consumeAll()
    {
        if (consumed) {
            return;
        }
        consumed = true;
        consume();
    }

    /**
     * Adds another worker's groups and partial aggregates (same keys and aggregates) into this one.
     */
    public void mergeFrom(HashAggregationOperator other)
    {
        if (groupChannels.length == 0) {
            int[] mapping = {0};
            for (int index = 0; index < accumulators.length; index++) {
                accumulators[index].merge(other.accumulators[index], mapping, 1);
            }
            return;
        }
        RowStore otherKeys = other.hash.keys();
        ColumnVector[] keyColumns = otherKeys.columnsArray();
        int[] mapping = new int[other.hash.groupCount()];
        for (int group = 0; group < mapping.length; group++) {
            mapping[group] = hash.groupId(keyColumns, group);
        }
        for (int index = 0; index < accumulators.length; index++) {
            accumulators[index].merge(other.accumulators[index], mapping, hash.groupCount());
        }
    }

    private void consume()
    {
        int[] globalGroups = new int[0];
        while (true) {
            context.checkCancelled();
            ColumnBatch batch = input.next();
            if (batch == null) {
                return;
            }
            int[] groupIds;
            int groupCount;
            if (groupChannels.length == 0) {
                if (globalGroups.length < batch.size()) {
                    globalGroups = new int[batch.size()];
                }
                groupIds = globalGroups;
                groupCount = 1;
            }
            else {
                ColumnVector[] keys = new ColumnVector[groupChannels.length];
                for (int key = 0; key < keys.length; key++) {
                    keys[key] = batch.column(groupChannels[key]);
                }
                groupIds = hash.groupIds(keys, batch);
                groupCount = hash.groupCount();
            }
            for (int index = 0; index < aggregates.size(); index++) {
                addToAccumulator(index, batch, groupIds, groupCount);
            }
        }
    }

    private void addToAccumulator(int index, ColumnBatch batch, int[] groupIds, int groupCount)
    {
        AggregateSpec spec = aggregates.get(index);
        ColumnVector[] arguments = new ColumnVector[spec.argumentChannels().length];
        for (int argument = 0; argument < arguments.length; argument++) {
            arguments[argument] = batch.column(spec.argumentChannels()[argument]);
        }
        if (spec.filterChannel() < 0) {
            accumulators[index].add(groupIds, groupCount, arguments, batch);
            return;
        }
        BooleanVector filter = (BooleanVector) batch.column(spec.filterChannel());
        int[] positions = new int[batch.size()];
        int[] groups = new int[batch.size()];
        int count = 0;
        for (int row = 0; row < batch.size(); row++) {
            int position = batch.position(row);
            if (!filter.isNull(position) && filter.values[position]) {
                positions[count] = position;
                groups[count] = groupIds[row];
                count++;
            }
        }
        accumulators[index].add(groups, groupCount, arguments, new ColumnBatch(batch.columns(), count, positions));
    }

    @Override
    public void close()
    {
        input.close();
    }
}
