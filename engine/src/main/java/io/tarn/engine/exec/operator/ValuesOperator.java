package io.tarn.engine.exec.operator;

import io.tarn.engine.exec.PhysicalType;
import io.tarn.engine.exec.Values;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import org.apache.calcite.rel.type.RelDataType;

import java.util.List;

/**
 * Rows given as Java values (a VALUES list, a virtual table), produced as batches of up to 1024 rows.
 */
public final class ValuesOperator
        implements Operator
{
    private static final int BATCH_SIZE = 1024;

    private final List<RelDataType> types;
    private final List<List<Object>> rows;
    private int next;

    public ValuesOperator(List<RelDataType> types, List<List<Object>> rows)
    {
        this.types = List.copyOf(types);
        this.rows = rows;
    }

    @Override
    public ColumnBatch next()
    {
        if (next >= rows.size()) {
            return null;
        }
        int count = Math.min(BATCH_SIZE, rows.size() - next);
        ColumnVector[] columns = new ColumnVector[types.size()];
        for (int column = 0; column < columns.length; column++) {
            columns[column] = PhysicalType.newVector(types.get(column), count);
            columns[column].ensureCapacity(count);
            for (int row = 0; row < count; row++) {
                Values.write(columns[column], row, types.get(column), rows.get(next + row).get(column));
            }
        }
        next += count;
        return new ColumnBatch(columns, count);
    }
}
