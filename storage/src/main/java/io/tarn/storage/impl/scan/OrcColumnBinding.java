package io.tarn.storage.impl.scan;

import io.tarn.error.TarnException;
import io.tarn.storage.schema.ArrayType;
import io.tarn.storage.schema.DataType;
import io.tarn.storage.schema.EventSchema;
import io.tarn.storage.schema.Field;
import io.tarn.storage.schema.MapType;
import io.tarn.storage.schema.PrimitiveType;
import io.tarn.storage.schema.StructType;
import io.tarn.storage.vector.ColumnVector;
import org.apache.orc.TypeDescription;
import org.apache.orc.TypeDescription.Category;
import org.apache.orc.impl.TypeUtils;
import org.apache.orc.storage.ql.exec.vector.VectorizedRowBatch;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static io.tarn.storage.StorageErrorCode.CORRUPT_DATA_FILE;
import static java.util.Objects.requireNonNull;
import static org.apache.orc.TypeDescription.Category.BOOLEAN;
import static org.apache.orc.TypeDescription.Category.BYTE;
import static org.apache.orc.TypeDescription.Category.CHAR;
import static org.apache.orc.TypeDescription.Category.DOUBLE;
import static org.apache.orc.TypeDescription.Category.FLOAT;
import static org.apache.orc.TypeDescription.Category.INT;
import static org.apache.orc.TypeDescription.Category.LIST;
import static org.apache.orc.TypeDescription.Category.LONG;
import static org.apache.orc.TypeDescription.Category.MAP;
import static org.apache.orc.TypeDescription.Category.SHORT;
import static org.apache.orc.TypeDescription.Category.STRING;
import static org.apache.orc.TypeDescription.Category.STRUCT;
import static org.apache.orc.TypeDescription.Category.TIMESTAMP;
import static org.apache.orc.TypeDescription.Category.TIMESTAMP_INSTANT;
import static org.apache.orc.TypeDescription.Category.VARCHAR;

/**
 * A scan projection bound to one data file's ORC schema: the ORC column ids to read ({@code include},
 * indexed by ORC's pre-order column id, the root being 0), the converters that turn each ORC batch into
 * the requested columns, and where {@code eventtime} is. Columns and fields are matched by name, so a
 * file written with fewer fields (or in another order) still reads; what it lacks is null.
 */
final class OrcColumnBinding
{
    private static final Set<Category> STRING_CATEGORIES = EnumSet.of(STRING, VARCHAR, CHAR);
    private static final Set<Category> INTEGER_CATEGORIES = EnumSet.of(BYTE, SHORT, INT, LONG);
    private static final Set<Category> DOUBLE_CATEGORIES = EnumSet.of(DOUBLE, FLOAT);
    private static final Set<Category> TIMESTAMP_CATEGORIES = EnumSet.of(TIMESTAMP, TIMESTAMP_INSTANT);

    private final String file;
    private final TypeDescription fileSchema;
    private final boolean[] include;
    private final boolean[] includeUnfiltered;
    private final OrcVectorConverter[] converters;
    private final int[] sourceColumns;
    private final int eventTimeColumn;
    private final int capacity;

    OrcColumnBinding(ScanProjection projection, TypeDescription fileSchema, int capacity, String file)
    {
        this.file = requireNonNull(file, "file is null");
        this.fileSchema = requireNonNull(fileSchema, "fileSchema is null");
        this.capacity = capacity;
        if (fileSchema.getCategory() != STRUCT) {
            throw corrupt("is not a table of events");
        }
        this.include = new boolean[fileSchema.getMaximumId() + 1];
        include[0] = true;

        this.eventTimeColumn = fileSchema.getFieldNames().indexOf(EventSchema.EVENT_TIME);
        if (eventTimeColumn < 0 || !TIMESTAMP_CATEGORIES.contains(fileSchema.getChildren().get(eventTimeColumn).getCategory())) {
            throw corrupt("has no " + EventSchema.EVENT_TIME + " timestamp column");
        }
        int eventTimeId = fileSchema.getChildren().get(eventTimeColumn).getId();

        List<ScanProjection.Column> columns = projection.columns();
        this.converters = new OrcVectorConverter[columns.size()];
        this.sourceColumns = new int[columns.size()];
        for (int index = 0; index < columns.size(); index++) {
            Field field = columns.get(index).field();
            int source = fileSchema.getFieldNames().indexOf(field.name());
            sourceColumns[index] = source;
            TypeDescription orcType = source < 0 ? null : fileSchema.getChildren().get(source);
            converters[index] = converter(field.name(), field.type(), orcType, columns.get(index).selection());
        }
        // eventtime is read for filtering even when not requested, but rows that need no filtering do not need it
        this.includeUnfiltered = include.clone();
        include[eventTimeId] = true;
    }

    /**
     * The ORC column ids to read, for {@code Reader.Options.include}: with {@code eventtime} when rows are
     * filtered by it, and otherwise only if requested.
     */
    boolean[] include(boolean filtered)
    {
        return filtered ? include : includeUnfiltered;
    }

    int eventTimeColumn()
    {
        return eventTimeColumn;
    }

    /**
     * The ORC column id of {@code eventtime}, for its statistics.
     */
    int eventTimeColumnId()
    {
        return fileSchema.getChildren().get(eventTimeColumn).getId();
    }

    /**
     * A reusable ORC batch with vectors for the included top-level columns only.
     */
    VectorizedRowBatch createBatch()
    {
        List<TypeDescription> children = fileSchema.getChildren();
        VectorizedRowBatch batch = new VectorizedRowBatch(children.size(), capacity);
        for (int column = 0; column < children.size(); column++) {
            TypeDescription child = children.get(column);
            batch.cols[column] = include[child.getId()] ? TypeUtils.createColumn(child, TypeDescription.RowBatchVersion.ORIGINAL, capacity) : null;
        }
        return batch;
    }

    /**
     * Converts positions {@code 0..size-1} of the ORC batch into {@code columns}, one per requested column.
     */
    void convert(VectorizedRowBatch batch, int size, ColumnVector[] columns)
    {
        for (int index = 0; index < converters.length; index++) {
            int source = sourceColumns[index];
            converters[index].convert(source < 0 ? null : batch.cols[source], size);
            columns[index] = converters[index].target();
        }
    }

    private OrcVectorConverter converter(String path, DataType type, TypeDescription orcType, FieldSelection selection)
    {
        if (orcType == null) {
            return new OrcVectorConverter.NullConverter(type, capacity);
        }
        include[orcType.getId()] = true;
        if (type instanceof PrimitiveType primitive) {
            return switch (primitive) {
                case STRING -> {
                    checkCategory(path, orcType, STRING_CATEGORIES);
                    yield new OrcVectorConverter.BytesConverter();
                }
                case BOOLEAN -> {
                    checkCategory(path, orcType, EnumSet.of(BOOLEAN));
                    yield new OrcVectorConverter.BooleanConverter(capacity);
                }
                case INTEGER, BIGINT -> {
                    checkCategory(path, orcType, INTEGER_CATEGORIES);
                    yield OrcVectorConverter.LongConverter.integers();
                }
                case DOUBLE -> {
                    checkCategory(path, orcType, DOUBLE_CATEGORIES);
                    yield new OrcVectorConverter.DoubleConverter();
                }
                case TIMESTAMP -> {
                    checkCategory(path, orcType, TIMESTAMP_CATEGORIES);
                    yield OrcVectorConverter.LongConverter.timestamps();
                }
            };
        }
        if (type instanceof StructType struct) {
            checkCategory(path, orcType, EnumSet.of(STRUCT));
            List<Field> fields = struct.fields();
            OrcVectorConverter[] children = new OrcVectorConverter[fields.size()];
            int[] sourceFields = new int[fields.size()];
            for (int index = 0; index < fields.size(); index++) {
                Field field = fields.get(index);
                FieldSelection fieldSelection = selection.field(field.name()).orElse(null);
                int source = orcType.getFieldNames().indexOf(field.name());
                if (fieldSelection == null || source < 0) {
                    sourceFields[index] = -1;
                    children[index] = new OrcVectorConverter.NullConverter(field.type(), capacity);
                    continue;
                }
                sourceFields[index] = source;
                children[index] = converter(path + "." + field.name(), field.type(), orcType.getChildren().get(source), fieldSelection);
            }
            return new OrcVectorConverter.StructConverter(children, sourceFields);
        }
        if (type instanceof ArrayType array) {
            checkCategory(path, orcType, EnumSet.of(LIST));
            OrcVectorConverter elements = converter(path, array.elementType(), orcType.getChildren().get(0), selection);
            return new OrcVectorConverter.ArrayConverter(elements, capacity);
        }
        MapType map = (MapType) type;
        checkCategory(path, orcType, EnumSet.of(MAP));
        OrcVectorConverter keys = converter(path, map.keyType(), orcType.getChildren().get(0), FieldSelection.ALL);
        OrcVectorConverter values = converter(path, map.valueType(), orcType.getChildren().get(1), FieldSelection.ALL);
        return new OrcVectorConverter.MapConverter(keys, values, capacity);
    }

    private void checkCategory(String path, TypeDescription orcType, Set<Category> expected)
    {
        if (!expected.contains(orcType.getCategory())) {
            throw corrupt("stores " + path + " as " + orcType + ", which the store's schema cannot read");
        }
    }

    private TarnException corrupt(String problem)
    {
        return new TarnException(CORRUPT_DATA_FILE, "Data file '" + file + "' " + problem);
    }
}
