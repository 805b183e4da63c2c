package io.tarn.storage.vector;

import static java.util.Objects.requireNonNull;

/**
 * A batch of rows held as column vectors. When {@link #selected} is not null, only the positions it lists
 * (the first {@link #size} entries, ascending) are live rows; otherwise positions {@code 0..size-1} are.
 */
public final class ColumnBatch
{
    private final ColumnVector[] columns;
    private final int size;
    private final int[] selected;

    public ColumnBatch(ColumnVector[] columns, int size)
    {
        this(columns, size, null);
    }

    public ColumnBatch(ColumnVector[] columns, int size, int[] selected)
    {
        this.columns = requireNonNull(columns, "columns is null");
        if (size < 0) {
            throw new IllegalArgumentException("size is negative");
        }
        this.size = size;
        this.selected = selected;
    }

    public int size()
    {
        return size;
    }

    public int columnCount()
    {
        return columns.length;
    }

    public ColumnVector column(int index)
    {
        return columns[index];
    }

    public ColumnVector[] columns()
    {
        return columns;
    }

    /**
     * The live positions, or null when every position below {@link #size} is live.
     */
    public int[] selected()
    {
        return selected;
    }

    /**
     * The vector position of the {@code row}-th live row.
     */
    public int position(int row)
    {
        return selected == null ? row : selected[row];
    }
}
