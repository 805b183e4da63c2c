package io.tarn.engine.exec.operator;

import io.tarn.engine.exec.PhysicalType;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import org.apache.calcite.rel.type.RelDataType;

import java.util.List;

/**
 * Rows kept by an operator beyond the batch they came in: growable column vectors, values copied in.
 */
public final class RowStore
{
    private final List<RelDataType> types;
    private final ColumnVector[] columns;
    private int size;

    public RowStore(List<RelDataType> types)
    {
        this.types = List.copyOf(types);
        this.columns = new ColumnVector[types.size()];
        for (int column = 0; column < columns.length; column++) {
            columns[column] = PhysicalType.newVector(types.get(column), 1024);
        }
    }

    public int size()
    {
        return size;
    }

    public List<RelDataType> types()
    {
        return types;
    }

    public ColumnVector column(int index)
    {
        return columns[index];
    }

    public ColumnVector[] columnsArray()
    {
        return columns.clone();
    }

    /**
     * Copies one row: the value at {@code position} of each source column.
     */
    public int append(ColumnVector[] source, int position)
    {
        int row = size;
        ensureCapacity(row + 1);
        for (int column = 0; column < columns.length; column++) {
            columns[column].copyFrom(source[column], position, row);
        }
        size++;
        return row;
    }

    /**
     * Copies every live row of a batch.
     */
    public void appendAll(ColumnBatch batch)
    {
        ColumnVector[] source = batch.columns();
        ensureCapacity(size + batch.size());
        for (int row = 0; row < batch.size(); row++) {
            int position = batch.position(row);
            for (int column = 0; column < columns.length; column++) {
                columns[column].copyFrom(source[column], position, size);
            }
            size++;
        }
    }

    private void ensureCapacity(int capacity)
    {
        if (columns.length == 0 || columns[0].capacity() >= capacity) {
            return;
        }
        for (ColumnVector column : columns) {
            column.ensureCapacity(capacity);
        }
    }

    /**
     * Rows {@code from .. from+count-1} as a batch; the returned vectors are views of the store (for
     * selected rows, see {@link #batch(int[], int)}).
     */
    public ColumnBatch batch(int from, int count)
    {
        int[] selection = new int[count];
        for (int index = 0; index < count; index++) {
            selection[index] = from + index;
        }
        return new ColumnBatch(columns, count, selection);
    }

    /**
     * The listed rows, in the order given, copied into a fresh batch.
     */
    public ColumnBatch batch(int[] rows, int count)
    {
        ColumnVector[] output = new ColumnVector[columns.length];
        for (int column = 0; column < columns.length; column++) {
            ColumnVector vector = columns[column].newEmpty(Math.max(count, 1));
            vector.ensureCapacity(Math.max(count, 1));
            for (int index = 0; index < count; index++) {
                vector.copyFrom(columns[column], rows[index], index);
            }
            output[column] = vector;
        }
        return new ColumnBatch(output, count);
    }
}
