package io.tarn.storage.impl.ingest;

import io.tarn.storage.impl.orc.OrcFileSettings;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.orc.OrcFile;
import org.apache.orc.Reader;
import org.apache.orc.RecordReader;
import org.apache.orc.TypeDescription;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Reads data files back with ORC's own reader into plain Java values, independently of the scan code:
 * strings, booleans, integers, doubles, {@link Instant}s, maps (structs and maps) and lists.
 */
public final class TestingOrcReader
{
    private TestingOrcReader() {}

    public static List<Map<String, Object>> read(Configuration configuration, FileSystem fileSystem, Path path)
            throws IOException
    {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Reader reader = OrcFile.createReader(path, OrcFileSettings.readerOptions(configuration, fileSystem));
                RecordReader records = reader.rows()) {
            TypeDescription schema = reader.getSchema();
            VectorizedRowBatch batch = schema.createRowBatch();
            while (records.nextBatch(batch)) {
                for (int row = 0; row < batch.size; row++) {
                    Map<String, Object> values = new LinkedHashMap<>();
                    for (int column = 0; column < batch.cols.length; column++) {
                        values.put(schema.getFieldNames().get(column), value(schema.getChildren().get(column), batch.cols[column], row));
                    }
                    rows.add(values);
                }
            }
        }
        return rows;
    }

    private static Object value(TypeDescription type, ColumnVector vector, int row)
    {
        int position = vector.isRepeating ? 0 : row;
        if (!vector.noNulls && vector.isNull[position]) {
            return null;
        }
        return switch (type.getCategory()) {
            case STRING -> {
                BytesColumnVector strings = (BytesColumnVector) vector;
                yield new String(strings.vector[position], strings.start[position], strings.length[position], UTF_8);
            }
            case BOOLEAN -> ((LongColumnVector) vector).vector[position] != 0;
            case INT -> (int) ((LongColumnVector) vector).vector[position];
            case LONG -> ((LongColumnVector) vector).vector[position];
            case DOUBLE -> ((DoubleColumnVector) vector).vector[position];
            case TIMESTAMP -> Instant.ofEpochMilli(((TimestampColumnVector) vector).time[position]);
            case STRUCT -> {
                StructColumnVector struct = (StructColumnVector) vector;
                Map<String, Object> values = new LinkedHashMap<>();
                for (int field = 0; field < struct.fields.length; field++) {
                    values.put(type.getFieldNames().get(field), value(type.getChildren().get(field), struct.fields[field], position));
                }
                yield values;
            }
            case MAP -> {
                MapColumnVector map = (MapColumnVector) vector;
                Map<Object, Object> values = new LinkedHashMap<>();
                for (long child = map.offsets[position]; child < map.offsets[position] + map.lengths[position]; child++) {
                    values.put(value(type.getChildren().get(0), map.keys, (int) child), value(type.getChildren().get(1), map.values, (int) child));
                }
                yield values;
            }
            case LIST -> {
                ListColumnVector list = (ListColumnVector) vector;
                List<Object> values = new ArrayList<>();
                for (long child = list.offsets[position]; child < list.offsets[position] + list.lengths[position]; child++) {
                    values.add(value(type.getChildren().get(0), list.child, (int) child));
                }
                yield values;
            }
            default -> throw new IllegalArgumentException("unexpected type " + type);
        };
    }
}
