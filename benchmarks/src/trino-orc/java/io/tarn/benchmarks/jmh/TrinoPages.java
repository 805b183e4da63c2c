package io.tarn.benchmarks.jmh;

import io.airlift.slice.Slices;
import io.trino.spi.Page;
import io.trino.spi.block.ArrayBlock;
import io.trino.spi.block.Block;
import io.trino.spi.block.ByteArrayBlock;
import io.trino.spi.block.LongArrayBlock;
import io.trino.spi.block.MapBlock;
import io.trino.spi.block.RowBlock;
import io.trino.spi.block.VariableWidthBlock;
import io.trino.spi.type.ArrayType;
import io.trino.spi.type.MapType;
import io.trino.spi.type.RowType;
import io.trino.spi.type.Type;
import io.trino.spi.type.TypeOperators;
import org.apache.orc.TypeDescription;
import org.apache.orc.storage.ql.exec.vector.BytesColumnVector;
import org.apache.orc.storage.ql.exec.vector.ColumnVector;
import org.apache.orc.storage.ql.exec.vector.DoubleColumnVector;
import org.apache.orc.storage.ql.exec.vector.ListColumnVector;
import org.apache.orc.storage.ql.exec.vector.LongColumnVector;
import org.apache.orc.storage.ql.exec.vector.MapColumnVector;
import org.apache.orc.storage.ql.exec.vector.MultiValuedColumnVector;
import org.apache.orc.storage.ql.exec.vector.StructColumnVector;
import org.apache.orc.storage.ql.exec.vector.TimestampColumnVector;
import org.apache.orc.storage.ql.exec.vector.VectorizedRowBatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.trino.spi.type.BigintType.BIGINT;
import static io.trino.spi.type.BooleanType.BOOLEAN;
import static io.trino.spi.type.DoubleType.DOUBLE;
import static io.trino.spi.type.TimestampType.TIMESTAMP_MILLIS;
import static io.trino.spi.type.VarcharType.VARCHAR;

/**
 * ORC column batches as Trino pages: the types of an ORC schema as Trino types (string as varchar, bigint,
 * boolean, double, timestamp as {@code timestamp(3)} in UTC, and structs, maps and lists of them), and a batch's
 * rows as a page of blocks of those types.
 */
final class TrinoPages
{
    private static final TypeOperators TYPE_OPERATORS = new TypeOperators();

    private TrinoPages() {}

    static List<Type> types(TypeDescription schema)
    {
        return schema.getChildren().stream()
                .map(TrinoPages::type)
                .toList();
    }

    static Type type(TypeDescription type)
    {
        switch (type.getCategory()) {
            case STRING:
            case VARCHAR:
            case CHAR:
                return VARCHAR;
            case BOOLEAN:
                return BOOLEAN;
            case LONG:
                return BIGINT;
            case DOUBLE:
                return DOUBLE;
            case TIMESTAMP:
                return TIMESTAMP_MILLIS;
            case STRUCT:
                List<RowType.Field> fields = new ArrayList<>();
                for (int field = 0; field < type.getChildren().size(); field++) {
                    fields.add(RowType.field(type.getFieldNames().get(field), type(type.getChildren().get(field))));
                }
                return RowType.from(fields);
            case MAP:
                return new MapType(type(type.getChildren().get(0)), type(type.getChildren().get(1)), TYPE_OPERATORS);
            case LIST:
                return new ArrayType(type(type.getChildren().get(0)));
            default:
                throw new IllegalArgumentException("no Trino type for ORC type " + type);
        }
    }

    static Page page(TypeDescription schema, List<Type> types, VectorizedRowBatch batch)
    {
        int[] rows = new int[batch.size];
        for (int row = 0; row < batch.size; row++) {
            rows[row] = row;
        }
        Block[] blocks = new Block[batch.cols.length];
        for (int column = 0; column < blocks.length; column++) {
            blocks[column] = block(schema.getChildren().get(column), types.get(column), batch.cols[column], rows, batch.size);
        }
        return new Page(batch.size, blocks);
    }

    /**
     * A block of the values at {@code rows[0..count)} of the vector, in that order.
     */
    private static Block block(TypeDescription type, Type trinoType, ColumnVector vector, int[] rows, int count)
    {
        boolean[] nulls = new boolean[count];
        boolean anyNull = false;
        for (int position = 0; position < count; position++) {
            nulls[position] = isNull(vector, rows[position]);
            anyNull |= nulls[position];
        }
        Optional<boolean[]> valueIsNull = anyNull ? Optional.of(nulls) : Optional.empty();
        switch (type.getCategory()) {
            case STRING:
            case VARCHAR:
            case CHAR:
                return varchar((BytesColumnVector) vector, rows, count, nulls, valueIsNull);
            case BOOLEAN:
                byte[] booleans = new byte[count];
                for (int position = 0; position < count; position++) {
                    booleans[position] = nulls[position] ? 0 : (byte) ((LongColumnVector) vector).vector[index(vector, rows[position])];
                }
                return new ByteArrayBlock(count, valueIsNull, booleans);
            case LONG:
                long[] longs = new long[count];
                for (int position = 0; position < count; position++) {
                    longs[position] = nulls[position] ? 0 : ((LongColumnVector) vector).vector[index(vector, rows[position])];
                }
                return new LongArrayBlock(count, valueIsNull, longs);
            case DOUBLE:
                long[] doubles = new long[count];
                for (int position = 0; position < count; position++) {
                    doubles[position] = nulls[position] ? 0 : Double.doubleToLongBits(((DoubleColumnVector) vector).vector[index(vector, rows[position])]);
                }
                return new LongArrayBlock(count, valueIsNull, doubles);
            case TIMESTAMP:
                // epoch microseconds, of the epoch milliseconds ORC keeps (CloudTrail's times are whole seconds)
                long[] micros = new long[count];
                for (int position = 0; position < count; position++) {
                    micros[position] = nulls[position] ? 0 : ((TimestampColumnVector) vector).time[index(vector, rows[position])] * 1_000;
                }
                return new LongArrayBlock(count, valueIsNull, micros);
            case STRUCT:
                return row(type, (RowType) trinoType, (StructColumnVector) vector, rows, count, nulls, valueIsNull);
            case MAP:
                MapColumnVector map = (MapColumnVector) vector;
                MapType mapType = (MapType) trinoType;
                Entries mapEntries = entries(map, rows, count, nulls);
                return MapBlock.fromKeyValueBlock(
                        valueIsNull,
                        mapEntries.offsets(),
                        block(type.getChildren().get(0), mapType.getKeyType(), map.keys, mapEntries.childRows(), mapEntries.childCount()),
                        block(type.getChildren().get(1), mapType.getValueType(), map.values, mapEntries.childRows(), mapEntries.childCount()),
                        mapType);
            case LIST:
                ListColumnVector list = (ListColumnVector) vector;
                Entries listEntries = entries(list, rows, count, nulls);
                return ArrayBlock.fromElementBlock(
                        count,
                        valueIsNull,
                        listEntries.offsets(),
                        block(type.getChildren().get(0), ((ArrayType) trinoType).getElementType(), list.child, listEntries.childRows(), listEntries.childCount()));
            default:
                throw new IllegalArgumentException("no Trino block for ORC type " + type);
        }
    }

    private static Block varchar(BytesColumnVector vector, int[] rows, int count, boolean[] nulls, Optional<boolean[]> valueIsNull)
    {
        int[] offsets = new int[count + 1];
        for (int position = 0; position < count; position++) {
            offsets[position + 1] = offsets[position] + (nulls[position] ? 0 : vector.length[index(vector, rows[position])]);
        }
        byte[] bytes = new byte[offsets[count]];
        for (int position = 0; position < count; position++) {
            if (!nulls[position]) {
                int row = index(vector, rows[position]);
                System.arraycopy(vector.vector[row], vector.start[row], bytes, offsets[position], vector.length[row]);
            }
        }
        return new VariableWidthBlock(count, Slices.wrappedBuffer(bytes), offsets, valueIsNull);
    }

    /**
     * A row block's fields hold only its non-null rows.
     */
    private static Block row(TypeDescription type, RowType rowType, StructColumnVector vector, int[] rows, int count, boolean[] nulls, Optional<boolean[]> valueIsNull)
    {
        int[] fieldRows = new int[count];
        int fieldCount = 0;
        for (int position = 0; position < count; position++) {
            if (!nulls[position]) {
                fieldRows[fieldCount++] = index(vector, rows[position]);
            }
        }
        Block[] fields = new Block[vector.fields.length];
        for (int field = 0; field < fields.length; field++) {
            fields[field] = block(type.getChildren().get(field), rowType.getFields().get(field).getType(), vector.fields[field], fieldRows, fieldCount);
        }
        return RowBlock.fromFieldBlocks(count, valueIsNull, fields);
    }

    private record Entries(int[] offsets, int[] childRows, int childCount) {}

    /**
     * The offsets of the rows' entries in the child blocks, and the child vector's rows of those entries; a null
     * map or list has none.
     */
    private static Entries entries(MultiValuedColumnVector vector, int[] rows, int count, boolean[] nulls)
    {
        int[] offsets = new int[count + 1];
        for (int position = 0; position < count; position++) {
            offsets[position + 1] = offsets[position] + (nulls[position] ? 0 : (int) vector.lengths[index(vector, rows[position])]);
        }
        int[] childRows = new int[offsets[count]];
        for (int position = 0; position < count; position++) {
            if (!nulls[position]) {
                int row = index(vector, rows[position]);
                for (int entry = 0; entry < vector.lengths[row]; entry++) {
                    childRows[offsets[position] + entry] = (int) vector.offsets[row] + entry;
                }
            }
        }
        return new Entries(offsets, childRows, offsets[count]);
    }

    private static boolean isNull(ColumnVector vector, int row)
    {
        return !vector.noNulls && vector.isNull[index(vector, row)];
    }

    private static int index(ColumnVector vector, int row)
    {
        return vector.isRepeating ? 0 : row;
    }
}
