package io.tarn.benchmarks.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.storage.EventDataStoreType;
import io.tarn.storage.impl.ingest.IngestBenchmarkAccess;
import org.apache.orc.storage.ql.exec.vector.BytesColumnVector;
import org.apache.orc.storage.ql.exec.vector.VectorizedRowBatch;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TestJsonParseBenchmark
{
    @Test
    void testParsesEveryRecord()
    {
        JsonParseBenchmark benchmark = new JsonParseBenchmark();
        benchmark.records = 600;
        benchmark.setup();
        assertThat(benchmark.parseRecords()).isEqualTo(600);
        assertThat(benchmark.inputBytes()).isPositive();
    }

    @Test
    void testRowsHoldTheRecordsFields()
    {
        List<byte[]> records = BenchmarkEvents.records(300);
        IngestBenchmarkAccess parser = new IngestBenchmarkAccess(EventDataStoreType.CLOUDTRAIL);
        List<VectorizedRowBatch> batches = parser.parse(records, 128);
        int nameColumn = parser.orcSchema().getFieldNames().indexOf("eventname");
        int jsonColumn = parser.orcSchema().getFieldNames().indexOf("eventjson");
        int index = 0;
        for (VectorizedRowBatch batch : batches) {
            for (int row = 0; row < batch.size; row++) {
                JsonNode record = BenchmarkEvents.parse(records.get(index));
                assertThat(((BytesColumnVector) batch.cols[nameColumn]).toString(row)).isEqualTo(record.get("eventName").asText());
                assertThat(((BytesColumnVector) batch.cols[jsonColumn]).toString(row)).isEqualTo(new String(records.get(index), java.nio.charset.StandardCharsets.UTF_8));
                index++;
            }
        }
        assertThat(index).isEqualTo(300);
        // the direct parser handled every generated record
        assertThat(parser.fallbackRecords()).isZero();
    }
}
