package io.tarn.benchmarks.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tarn.benchmarks.generator.EventGenerator;
import io.tarn.benchmarks.generator.GeneratorOptions;
import io.tarn.engine.type.TarnTypes;
import io.tarn.storage.vector.BytesVector;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.LongVector;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated events as the benchmarks need them: the records' JSON bytes, and column batches of the columns
 * the engine benchmarks read ({@link #EVENT_NAME}, {@link #EVENT_TIME}, {@link #USER_ARN}, {@link #ERROR_CODE},
 * {@link #EVENT_SOURCE}).
 */
public final class BenchmarkEvents
{
    public static final int EVENT_NAME = 0;
    public static final int EVENT_TIME = 1;
    public static final int USER_ARN = 2;
    public static final int ERROR_CODE = 3;
    public static final int EVENT_SOURCE = 4;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final RelDataTypeFactory TYPE_FACTORY = TarnTypes.newTypeFactory();

    private BenchmarkEvents() {}

    /**
     * {@code count} generated records over one day, the same for the same count.
     */
    public static List<byte[]> records(int count)
    {
        return new EventGenerator(GeneratorOptions.of(count, 1).withThreads(1)).records();
    }

    public static RelDataTypeFactory typeFactory()
    {
        return TYPE_FACTORY;
    }

    public static RelDataType varchar()
    {
        return TarnTypes.nullable(TYPE_FACTORY, SqlTypeName.VARCHAR);
    }

    public static RelDataType timestamp()
    {
        return TYPE_FACTORY.createTypeWithNullability(TYPE_FACTORY.createSqlType(SqlTypeName.TIMESTAMP, 3), true);
    }

    /**
     * The records' columns in batches of {@code batchSize} rows; event times as epoch milliseconds.
     */
    public static List<ColumnBatch> batches(List<byte[]> records, int batchSize)
    {
        List<ColumnBatch> batches = new ArrayList<>();
        for (int first = 0; first < records.size(); first += batchSize) {
            int size = Math.min(batchSize, records.size() - first);
            BytesVector names = new BytesVector(size);
            LongVector times = new LongVector(size);
            BytesVector arns = new BytesVector(size);
            BytesVector errors = new BytesVector(size);
            BytesVector sources = new BytesVector(size);
            for (int row = 0; row < size; row++) {
                JsonNode record = parse(records.get(first + row));
                names.setString(row, record.get("eventName").asText());
                times.set(row, Instant.parse(record.get("eventTime").asText()).toEpochMilli());
                setOrNull(arns, row, record.get("userIdentity").get("arn"));
                setOrNull(errors, row, record.get("errorCode"));
                sources.setString(row, record.get("eventSource").asText());
            }
            batches.add(new ColumnBatch(new ColumnVector[] {names, times, arns, errors, sources}, size));
        }
        return batches;
    }

    public static JsonNode parse(byte[] record)
    {
        try {
            return MAPPER.readTree(record);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void setOrNull(BytesVector vector, int row, JsonNode value)
    {
        if (value == null || value.isNull()) {
            vector.setNull(row);
        }
        else {
            vector.setString(row, value.asText());
        }
    }
}
