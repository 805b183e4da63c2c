package io.tarn.engine.exec.aggregation;

import io.tarn.engine.exec.Values;
import io.tarn.engine.function.GroupedAccumulator;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import org.apache.calcite.rel.type.RelDataType;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * An aggregate whose per-group state is a Java object, fed with Java values (see
 * {@link io.tarn.engine.exec.Values}): the easy way to write {@code array_agg}, {@code histogram},
 * {@code approx_percentile} and the like.
 */
public final class ObjectAccumulator<S>
        implements GroupedAccumulator
{
    /**
     * The aggregate's logic. {@code add} and {@code combine} may mutate and return the state.
     */
    public interface Aggregation<S>
    {
        S initial();

        S add(S state, Object[] arguments);

        S combine(S left, S right);

        /**
         * The result of a group; {@code state} is null for a group that received no row.
         */
        Object result(S state);

        /**
         * Whether a row with a null argument is ignored (true for most aggregates).
         */
        default boolean skipsNullArguments()
        {
            return true;
        }
    }

    private final Aggregation<S> aggregation;
    private final List<RelDataType> argumentTypes;
    private final RelDataType resultType;
    private Object[] states = new Object[16];

    public ObjectAccumulator(Aggregation<S> aggregation, List<RelDataType> argumentTypes, RelDataType resultType)
    {
        this.aggregation = requireNonNull(aggregation, "aggregation is null");
        this.argumentTypes = List.copyOf(argumentTypes);
        this.resultType = requireNonNull(resultType, "resultType is null");
    }

    @Override
    @SuppressWarnings("unchecked")
    public void add(int[] groupIds, int groupCount, ColumnVector[] arguments, ColumnBatch batch)
    {
        states = GroupedArrays.ensure(states, groupCount);
        Object[] values = new Object[arguments.length];
        for (int row = 0; row < batch.size(); row++) {
            int position = batch.position(row);
            boolean anyNull = false;
            for (int index = 0; index < arguments.length; index++) {
                values[index] = Values.read(arguments[index], position, argumentTypes.get(index));
                anyNull |= values[index] == null;
            }
            if (anyNull && aggregation.skipsNullArguments()) {
                continue;
            }
            int group = groupIds[row];
            S state = states[group] == null ? aggregation.initial() : (S) states[group];
            states[group] = aggregation.add(state, values.clone());
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void merge(GroupedAccumulator other, int[] groupMapping, int groupCount)
    {
        states = GroupedArrays.ensure(states, groupCount);
        Object[] otherStates = ((ObjectAccumulator<S>) other).states;
        for (int group = 0; group < groupMapping.length && group < otherStates.length; group++) {
            if (otherStates[group] == null) {
                continue;
            }
            int target = groupMapping[group];
            states[target] = states[target] == null ? otherStates[group] : aggregation.combine((S) states[target], (S) otherStates[group]);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void output(int group, ColumnVector target, int position)
    {
        S state = group < states.length ? (S) states[group] : null;
        Values.write(target, position, resultType, aggregation.result(state));
    }
}
