package io.tarn.storage.impl.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.google.common.collect.ImmutableMap;
import com.google.common.hash.Hashing;
import io.tarn.storage.schema.ArrayType;
import io.tarn.storage.schema.DataType;
import io.tarn.storage.schema.EventSchema;
import io.tarn.storage.schema.Field;
import io.tarn.storage.schema.MapType;
import io.tarn.storage.schema.PrimitiveType;
import io.tarn.storage.schema.StructType;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.orc.CompressionKind;
import org.apache.orc.OrcConf;
import org.apache.orc.OrcFile;
import org.apache.orc.OrcProto;
import org.apache.orc.Reader;
import org.apache.orc.StripeInformation;
import org.apache.orc.TypeDescription;
import org.apache.orc.Writer;
import org.apache.orc.impl.RecordReaderImpl;
import org.apache.orc.storage.ql.exec.vector.BytesColumnVector;
import org.apache.orc.storage.ql.exec.vector.ColumnVector;
import org.apache.orc.storage.ql.exec.vector.DoubleColumnVector;
import org.apache.orc.storage.ql.exec.vector.ListColumnVector;
import org.apache.orc.storage.ql.exec.vector.LongColumnVector;
import org.apache.orc.storage.ql.exec.vector.MapColumnVector;
import org.apache.orc.storage.ql.exec.vector.StructColumnVector;
import org.apache.orc.storage.ql.exec.vector.TimestampColumnVector;
import org.apache.orc.storage.ql.exec.vector.VectorizedRowBatch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Writes CloudTrail events (JSON) into an ORC file the way the architecture describes Tarn's data files:
 * the store's schema as an ORC struct, ZSTD with 64 KiB compression chunks, small stripes, a 10,000-row
 * index stride and UTC timestamps. Fields are matched to JSON keys case-insensitively; maps keep the JSON
 * keys and hold nested values as JSON text; {@code eventjson} is the event's JSON text. The caller sorts
 * events by event time. A stand-in for ingestion's writer until it lands.
 */
final class TestingOrcEventWriter
{
    static final int COMPRESSION_CHUNK_SIZE = 64 * 1024;
    static final int ROW_INDEX_STRIDE = 10_000;

    private TestingOrcEventWriter() {}

    /**
     * How the file is cut into stripes and row groups: ORC ends a stripe when its buffered size passes
     * {@code stripeSize}, checked every {@code rowsBetweenMemoryChecks} rows; a row group has
     * {@code rowIndexStride} rows.
     */
    record Settings(long stripeSize, int rowsBetweenMemoryChecks, int rowIndexStride)
    {
        static final Settings DEFAULT = new Settings(64L << 20, 5000, ROW_INDEX_STRIDE);
    }

    /**
     * What the catalog records about a written file.
     */
    record WrittenFile(long sizeBytes, long rowCount, Map<String, Long> columnBytes, long metadataBytes)
    {
        WrittenFile
        {
            columnBytes = ImmutableMap.copyOf(requireNonNull(columnBytes, "columnBytes is null"));
        }
    }

    static WrittenFile write(FileSystem fileSystem, String location, EventSchema schema, List<ObjectNode> events, Settings settings)
            throws IOException
    {
        TypeDescription orcSchema = TypeDescription.fromString(schema.asStruct().hiveName());
        Configuration configuration = new Configuration(false);
        OrcConf.ROWS_BETWEEN_CHECKS.setInt(configuration, settings.rowsBetweenMemoryChecks());
        Path path = new Path(location);
        try (Writer writer = OrcFile.createWriter(path, OrcFile.writerOptions(configuration)
                .fileSystem(fileSystem)
                .setSchema(orcSchema)
                .compress(CompressionKind.ZSTD)
                .bufferSize(COMPRESSION_CHUNK_SIZE)
                .enforceBufferSize()
                .stripeSize(settings.stripeSize())
                .blockPadding(false)
                .rowIndexStride(settings.rowIndexStride())
                .useUTCTimestamp(true)
                .overwrite(true))) {
            VectorizedRowBatch batch = orcSchema.createRowBatch(1024);
            for (ObjectNode event : events) {
                int row = batch.size++;
                Map<String, JsonNode> fields = TestingVectors.lowerCaseFields(event);
                List<Field> columns = schema.columns();
                for (int column = 0; column < columns.size(); column++) {
                    Field field = columns.get(column);
                    JsonNode value = switch (field.name()) {
                        case EventSchema.EVENT_JSON -> TextNode.valueOf(event.toString());
                        case EventSchema.EVENT_JSON_CHECKSUM -> TextNode.valueOf(Hashing.sha256().hashString(event.toString(), StandardCharsets.UTF_8).toString());
                        default -> fields.get(field.name());
                    };
                    set(batch.cols[column], row, field.type(), value);
                }
                if (batch.size == batch.getMaxSize()) {
                    writer.addRowBatch(batch);
                    batch.reset();
                }
            }
            if (batch.size > 0) {
                writer.addRowBatch(batch);
            }
        }
        return describe(fileSystem, path, orcSchema);
    }

    /**
     * Sizes from the written file: each top-level column's streams (indexes and data) over all stripes;
     * whatever else (stripe footers, the root column's streams, the file tail) is metadata.
     */
    private static WrittenFile describe(FileSystem fileSystem, Path path, TypeDescription orcSchema)
            throws IOException
    {
        long size = fileSystem.getFileStatus(path).getLen();
        Map<String, Long> columnBytes = new HashMap<>();
        long rows;
        try (Reader reader = OrcFile.createReader(path, OrcFile.readerOptions(new Configuration(false)).filesystem(fileSystem));
                RecordReaderImpl records = (RecordReaderImpl) reader.rows()) {
            rows = reader.getNumberOfRows();
            List<String> names = orcSchema.getFieldNames();
            List<TypeDescription> children = orcSchema.getChildren();
            for (StripeInformation stripe : reader.getStripes()) {
                for (OrcProto.Stream stream : records.readStripeFooter(stripe).getStreamsList()) {
                    for (int column = 0; column < children.size(); column++) {
                        TypeDescription child = children.get(column);
                        if (stream.getColumn() >= child.getId() && stream.getColumn() <= child.getMaximumId()) {
                            columnBytes.merge(names.get(column), stream.getLength(), Long::sum);
                        }
                    }
                }
            }
        }
        long columnTotal = columnBytes.values().stream().mapToLong(Long::longValue).sum();
        return new WrittenFile(size, rows, columnBytes, size - columnTotal);
    }

    private static void set(ColumnVector vector, int row, DataType type, JsonNode value)
    {
        if (value == null || value.isNull() || value.isMissingNode()) {
            setNull(vector, row);
            return;
        }
        if (type instanceof PrimitiveType primitive) {
            setPrimitive(vector, row, primitive, value);
            return;
        }
        if (type instanceof StructType struct) {
            if (!value.isObject()) {
                setNull(vector, row);
                return;
            }
            StructColumnVector structVector = (StructColumnVector) vector;
            structVector.isNull[row] = false;
            Map<String, JsonNode> fields = TestingVectors.lowerCaseFields(value);
            for (int index = 0; index < struct.fields().size(); index++) {
                Field field = struct.fields().get(index);
                set(structVector.fields[index], row, field.type(), fields.get(field.name()));
            }
            return;
        }
        if (type instanceof ArrayType array) {
            if (!value.isArray()) {
                setNull(vector, row);
                return;
            }
            ListColumnVector list = (ListColumnVector) vector;
            list.isNull[row] = false;
            list.offsets[row] = list.childCount;
            list.lengths[row] = value.size();
            list.child.ensureSize(list.childCount + value.size(), true);
            for (JsonNode element : value) {
                set(list.child, list.childCount++, array.elementType(), element);
            }
            return;
        }
        MapType map = (MapType) type;
        if (!value.isObject()) {
            setNull(vector, row);
            return;
        }
        MapColumnVector mapVector = (MapColumnVector) vector;
        mapVector.isNull[row] = false;
        mapVector.offsets[row] = mapVector.childCount;
        mapVector.lengths[row] = value.size();
        mapVector.keys.ensureSize(mapVector.childCount + value.size(), true);
        mapVector.values.ensureSize(mapVector.childCount + value.size(), true);
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            int position = mapVector.childCount++;
            set(mapVector.keys, position, map.keyType(), TextNode.valueOf(entry.getKey()));
            set(mapVector.values, position, map.valueType(), entry.getValue());
        }
    }

    private static void setPrimitive(ColumnVector vector, int row, PrimitiveType type, JsonNode value)
    {
        switch (type) {
            case STRING -> {
                String text = value.isTextual() ? value.asText() : value.toString();
                ((BytesColumnVector) vector).setVal(row, text.getBytes(StandardCharsets.UTF_8));
            }
            case BOOLEAN -> ((LongColumnVector) vector).vector[row] = value.asBoolean() ? 1 : 0;
            case INTEGER, BIGINT -> ((LongColumnVector) vector).vector[row] = value.asLong();
            case DOUBLE -> ((DoubleColumnVector) vector).vector[row] = value.asDouble();
            case TIMESTAMP -> {
                long millis;
                try {
                    millis = Instant.parse(value.asText()).toEpochMilli();
                }
                catch (DateTimeParseException e) {
                    setNull(vector, row);
                    return;
                }
                TimestampColumnVector timestamps = (TimestampColumnVector) vector;
                timestamps.time[row] = millis;
                timestamps.nanos[row] = (int) Math.floorMod(millis, 1000L) * 1_000_000;
            }
        }
        vector.isNull[row] = false;
    }

    private static void setNull(ColumnVector vector, int row)
    {
        vector.noNulls = false;
        vector.isNull[row] = true;
        if (vector instanceof StructColumnVector struct) {
            for (ColumnVector field : struct.fields) {
                setNull(field, row);
            }
        }
    }
}
