package io.tarn.benchmarks.jmh;

import io.tarn.storage.EventDataStoreType;
import io.tarn.storage.impl.ingest.IngestBenchmarkAccess;
import org.apache.orc.storage.ql.exec.vector.VectorizedRowBatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Ingestion's record parser on generated CloudTrail records: each record's JSON into a row of ORC column
 * vectors of the CloudTrail schema, with {@code eventjson} and its SHA-256 checksum. Scores are per record;
 * the reciprocal is one parser thread's events per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@OperationsPerInvocation(JsonParseBenchmark.RECORDS)
public class JsonParseBenchmark
{
    static final int RECORDS = 8192;

    int records = RECORDS;
    private List<byte[]> input;
    private IngestBenchmarkAccess parser;
    private long bytes;

    @Setup
    public void setup()
    {
        input = BenchmarkEvents.records(records);
        parser = new IngestBenchmarkAccess(EventDataStoreType.CLOUDTRAIL);
        bytes = input.stream().mapToLong(record -> record.length).sum();
        // the generated records are all for the direct parser: a record that falls back to Jackson would
        // quietly measure the slow path
        parser.parse(input, 1024);
        if (parser.fallbackRecords() != 0) {
            throw new IllegalStateException(parser.fallbackRecords() + " of " + input.size() + " records fell back to the value parsers");
        }
    }

    /**
     * The number of rows parsed.
     */
    @Benchmark
    public long parseRecords()
    {
        long rows = 0;
        for (VectorizedRowBatch batch : parser.parse(input, 1024)) {
            rows += batch.size;
        }
        return rows;
    }

    long inputBytes()
    {
        return bytes;
    }
}
