package io.tarn.engine.exec.operator;

import com.google.common.collect.ImmutableList;
import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.storage.vector.ArrayVector;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.LongVector;
import io.tarn.storage.vector.MapVector;
import io.tarn.storage.vector.StructVector;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * {@code CROSS JOIN UNNEST(a, b, ...)} (and {@code LEFT JOIN UNNEST ... ON true}): each input row is repeated
 * once per element, arrays of the same row zipped together and padded with nulls, maps giving key and value
 * columns, arrays of rows giving one column per field where the plan expands them, and an ordinality column
 * when asked.
 */
public final class UnnestOperator
        implements Operator
{
    private static final int OUTPUT_BATCH = 4096;

    private final Operator input;
    private final List<RelDataType> inputTypes;
    private final List<VectorExpression> collections;
    private final List<Boolean> expandRows;
    private final boolean withOrdinality;
    private final boolean outer;
    private final ExecutionContext context;
    private final Deque<ColumnBatch> output = new ArrayDeque<>();

    public UnnestOperator(Operator input, List<RelDataType> inputTypes, List<VectorExpression> collections, List<Boolean> expandRows, boolean withOrdinality, boolean outer, ExecutionContext context)
    {
        this.input = requireNonNull(input, "input is null");
        this.inputTypes = ImmutableList.copyOf(inputTypes);
        this.collections = ImmutableList.copyOf(collections);
        this.expandRows = ImmutableList.copyOf(expandRows);
        this.withOrdinality = withOrdinality;
        this.outer = outer;
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public ColumnBatch next()
    {
        while (output.isEmpty()) {
            context.checkCancelled();
            ColumnBatch batch = input.next();
            if (batch == null) {
                return null;
            }
            unnest(batch);
        }
        return output.poll();
    }

    private void unnest(ColumnBatch batch)
    {
        ColumnVector[] values = new ColumnVector[collections.size()];
        for (int index = 0; index < values.length; index++) {
            values[index] = collections.get(index).evaluate(batch, context);
        }
        int[] parents = new int[OUTPUT_BATCH];
        int[][] elements = new int[values.length][OUTPUT_BATCH];
        long[] ordinals = new long[OUTPUT_BATCH];
        int count = 0;
        for (int row = 0; row < batch.size(); row++) {
            int position = batch.position(row);
            int length = 0;
            for (ColumnVector value : values) {
                length = Math.max(length, size(value, position));
            }
            if (length == 0 && outer) {
                length = -1;
            }
            for (int element = 0; element < Math.max(length, length < 0 ? 1 : 0); element++) {
                if (count == OUTPUT_BATCH) {
                    emit(batch, values, parents, elements, ordinals, count);
                    count = 0;
                }
                parents[count] = position;
                for (int index = 0; index < values.length; index++) {
                    elements[index][count] = length < 0 || element >= size(values[index], position) ? -1 : offset(values[index], position) + element;
                }
                ordinals[count] = element + 1;
                count++;
            }
        }
        if (count > 0) {
            emit(batch, values, parents, elements, ordinals, count);
        }
    }

    private static int size(ColumnVector collection, int position)
    {
        if (collection.isNull(position)) {
            return 0;
        }
        return collection instanceof ArrayVector array ? array.lengths[position] : ((MapVector) collection).lengths[position];
    }

    private static int offset(ColumnVector collection, int position)
    {
        return collection instanceof ArrayVector array ? array.offsets[position] : ((MapVector) collection).offsets[position];
    }

    private void emit(ColumnBatch batch, ColumnVector[] values, int[] parents, int[][] elements, long[] ordinals, int count)
    {
        List<ColumnVector> columns = new java.util.ArrayList<>();
        for (int column = 0; column < inputTypes.size(); column++) {
            columns.add(Gather.gather(batch.column(column), inputTypes.get(column), parents, count));
        }
        for (int index = 0; index < values.length; index++) {
            RelDataType type = collections.get(index).type();
            if (values[index] instanceof MapVector map) {
                columns.add(Gather.gather(map.keys, type.getKeyType(), elements[index], count));
                columns.add(Gather.gather(map.values, type.getValueType(), elements[index], count));
                continue;
            }
            ArrayVector array = (ArrayVector) values[index];
            RelDataType elementType = type.getComponentType();
            if (expandRows.get(index) && elementType.getSqlTypeName() == SqlTypeName.ROW) {
                StructVector struct = (StructVector) array.elements;
                ColumnVector gatheredStruct = Gather.gather(struct, elementType, elements[index], count);
                for (int field = 0; field < elementType.getFieldCount(); field++) {
                    columns.add(((StructVector) gatheredStruct).fields[field]);
                }
                continue;
            }
            columns.add(Gather.gather(array.elements, elementType, elements[index], count));
        }
        if (withOrdinality) {
            LongVector ordinal = new LongVector(count);
            System.arraycopy(ordinals, 0, ordinal.values, 0, count);
            columns.add(ordinal);
        }
        output.add(new ColumnBatch(columns.toArray(ColumnVector[]::new), count));
    }

    @Override
    public void close()
    {
        input.close();
    }
}
