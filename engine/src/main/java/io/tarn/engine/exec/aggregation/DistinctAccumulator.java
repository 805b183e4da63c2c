package io.tarn.engine.exec.aggregation;

import io.tarn.engine.exec.Values;
import io.tarn.engine.function.GroupedAccumulator;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import org.apache.calcite.rel.type.RelDataType;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * {@code agg(DISTINCT x)}: forwards to the aggregate only the first occurrence of each argument value per
 * group.
 */
public final class DistinctAccumulator
        implements GroupedAccumulator
{
    private final GroupedAccumulator delegate;
    private final List<RelDataType> argumentTypes;
    private final List<Set<List<Object>>> seen = new ArrayList<>();

    public DistinctAccumulator(GroupedAccumulator delegate, List<RelDataType> argumentTypes)
    {
        this.delegate = requireNonNull(delegate, "delegate is null");
        this.argumentTypes = List.copyOf(argumentTypes);
    }

    @Override
    public void add(int[] groupIds, int groupCount, ColumnVector[] arguments, ColumnBatch batch)
    {
        while (seen.size() < groupCount) {
            seen.add(new HashSet<>());
        }
        int[] positions = new int[batch.size()];
        int[] groups = new int[batch.size()];
        int count = 0;
        for (int row = 0; row < batch.size(); row++) {
            int position = batch.position(row);
            List<Object> key = new ArrayList<>(arguments.length);
            for (int index = 0; index < arguments.length; index++) {
                Object value = Values.read(arguments[index], position, argumentTypes.get(index));
                // timestamps with time zone are distinct by instant, not by zone
                key.add(value instanceof ZonedDateTime zoned ? zoned.toInstant() : value);
            }
            if (seen.get(groupIds[row]).add(key)) {
                positions[count] = position;
                groups[count] = groupIds[row];
                count++;
            }
        }
        if (count > 0) {
            delegate.add(groups, groupCount, arguments, new ColumnBatch(batch.columns(), count, positions));
        }
    }

    @Override
    public void merge(GroupedAccumulator other, int[] groupMapping, int groupCount)
    {
        throw new UnsupportedOperationException("DISTINCT aggregates are not computed in parallel parts");
    }

    @Override
    public void output(int group, ColumnVector target, int position)
    {
        delegate.output(group, target, position);
    }
}
