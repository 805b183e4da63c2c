package io.tarn.engine.exec;

import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;

/**
 * Helpers for batches and live-row selections.
 */
public final class Batches
{
    private Batches() {}

    /**
     * One more than the highest live position: the capacity a result vector needs.
     */
    public static int positionLimit(ColumnBatch batch)
    {
        int[] selected = batch.selected();
        if (selected == null) {
            return batch.size();
        }
        return batch.size() == 0 ? 0 : selected[batch.size() - 1] + 1;
    }

    /**
     * The same columns with another set of live positions (ascending).
     */
    public static ColumnBatch withSelection(ColumnBatch batch, int[] selected, int size)
    {
        return new ColumnBatch(batch.columns(), size, selected);
    }

    /**
     * The live positions as an array (a fresh one when every position is live).
     */
    public static int[] livePositions(ColumnBatch batch)
    {
        int[] selected = batch.selected();
        if (selected != null) {
            return selected;
        }
        int[] positions = new int[batch.size()];
        for (int index = 0; index < positions.length; index++) {
            positions[index] = index;
        }
        return positions;
    }

    /**
     * Prepares a result vector for a batch: the right capacity and no stale nulls.
     */
    public static <T extends ColumnVector> T prepare(T vector, ColumnBatch batch)
    {
        vector.ensureCapacity(positionLimit(batch));
        vector.reset();
        return vector;
    }
}
