package io.tarn.engine.function.library;

import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.expression.LambdaExpression;
import io.tarn.storage.vector.ArrayVector;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.MapVector;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The elements of all arrays (or entries of all maps) of a batch's live rows, flattened so a lambda can be
 * applied to all of them at once: element {@code i} is at {@code positions[i]} of the element vector and
 * belongs to the row at {@code parents[i]}.
 */
record LambdaElements(int[] positions, int[] parents, int count)
{
    /**
     * The lambda applied to every element of the batch's arrays; the result is indexed as the elements are.
     */
    static ColumnVector apply(LambdaExpression function, ArrayVector arrays, ColumnBatch batch, ExecutionContext context)
    {
        return of(arrays, batch).apply(function, new ColumnVector[] {arrays.elements}, batch, context);
    }

    /**
     * The lambda applied to the key and value of every entry of the batch's maps.
     */
    static ColumnVector apply(LambdaExpression function, MapVector maps, ColumnBatch batch, ExecutionContext context)
    {
        return of(maps, batch).apply(function, new ColumnVector[] {maps.keys, maps.values}, batch, context);
    }

    ColumnVector apply(LambdaExpression function, ColumnVector[] parameters, ColumnBatch batch, ExecutionContext context)
    {
        return function.apply(parameters, positions, parents, count, batch, context);
    }

    static LambdaElements of(ArrayVector arrays, ColumnBatch batch)
    {
        return of(arrays.offsets, arrays.lengths, arrays, batch);
    }

    static LambdaElements of(MapVector maps, ColumnBatch batch)
    {
        return of(maps.offsets, maps.lengths, maps, batch);
    }

    private static LambdaElements of(int[] offsets, int[] lengths, io.tarn.storage.vector.ColumnVector collection, ColumnBatch batch)
    {
        int total = 0;
        for (int row = 0; row < batch.size(); row++) {
            int position = batch.position(row);
            if (!collection.isNull(position)) {
                total += lengths[position];
            }
        }
        int[] positions = new int[total];
        int[] parents = new int[total];
        int count = 0;
        for (int row = 0; row < batch.size(); row++) {
            int position = batch.position(row);
            if (collection.isNull(position)) {
                continue;
            }
            for (int index = 0; index < lengths[position]; index++) {
                positions[count] = offsets[position] + index;
                parents[count] = position;
                count++;
            }
        }
        sortByPosition(positions, parents, count);
        return new LambdaElements(positions, parents, count);
    }

    /**
     * Element batches need ascending positions; arrays usually already are, so this is a cheap check.
     */
    private static void sortByPosition(int[] positions, int[] parents, int count)
    {
        boolean sorted = true;
        for (int index = 1; index < count && sorted; index++) {
            sorted = positions[index - 1] < positions[index];
        }
        if (sorted) {
            return;
        }
        Integer[] order = new Integer[count];
        for (int index = 0; index < count; index++) {
            order[index] = index;
        }
        Arrays.sort(order, Comparator.comparingInt(index -> positions[index]));
        int[] sortedPositions = new int[count];
        int[] sortedParents = new int[count];
        for (int index = 0; index < count; index++) {
            sortedPositions[index] = positions[order[index]];
            sortedParents[index] = parents[order[index]];
        }
        System.arraycopy(sortedPositions, 0, positions, 0, count);
        System.arraycopy(sortedParents, 0, parents, 0, count);
    }

    /**
     * Collects elements one by one, in ascending positions.
     */
    static final class Builder
    {
        private int[] positions = new int[64];
        private int[] parents = new int[64];
        private int count;

        void add(int position, int parent)
        {
            if (count == positions.length) {
                positions = Arrays.copyOf(positions, count * 2);
                parents = Arrays.copyOf(parents, count * 2);
            }
            positions[count] = position;
            parents[count] = parent;
            count++;
        }

        LambdaElements build()
        {
            return new LambdaElements(Arrays.copyOf(positions, count), Arrays.copyOf(parents, count), count);
        }
    }
}
