package io.tarn.engine.function;

import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;

/**
 * The state of one aggregate for many groups at once, addressed by dense group ids. Grouped rather than one
 * object per group so that the common aggregates keep their state in primitive arrays.
 */
public interface GroupedAccumulator
{
    /**
     * Adds the live rows of a batch: the {@code row}-th live row (at position {@code batch.position(row)} of
     * the argument vectors) belongs to group {@code groupIds[row]}. {@code groupCount} is one more than the
     * highest group id in use so far.
     */
    void add(int[] groupIds, int groupCount, ColumnVector[] arguments, ColumnBatch batch);

    /**
     * Adds another accumulator's state (of the same aggregate), whose group {@code g} is this one's group
     * {@code groupMapping[g]}; used to combine the partial results of parallel workers.
     */
    void merge(GroupedAccumulator other, int[] groupMapping, int groupCount);

    /**
     * Writes the final value of a group; groups that received no rows produce the aggregate's empty value.
     */
    void output(int group, ColumnVector target, int position);

    /**
     * Makes accumulators for one aggregation.
     */
    @FunctionalInterface
    interface Factory
    {
        GroupedAccumulator create();
    }
}
