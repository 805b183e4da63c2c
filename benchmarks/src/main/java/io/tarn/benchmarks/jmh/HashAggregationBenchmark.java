package io.tarn.benchmarks.jmh;

import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.aggregation.CountAccumulator;
import io.tarn.engine.exec.operator.AggregateSpec;
import io.tarn.engine.exec.operator.GroupByHash;
import io.tarn.engine.exec.operator.HashAggregationOperator;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import org.apache.calcite.sql.type.SqlTypeName;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Hash aggregation over a string key of generated events: {@link GroupByHash} assigning group ids by
 * {@code eventname} (a few hundred groups), and {@link HashAggregationOperator} computing
 * {@code count(*) GROUP BY useridentity.arn} (a few hundred groups, long keys). Scores are per row.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@OperationsPerInvocation(HashAggregationBenchmark.ROWS)
public class HashAggregationBenchmark
{
    static final int ROWS = 32_768;

    @Param("1024")
    public int batchSize = 1024;

    int rows = ROWS;
    private List<ColumnBatch> batches;
    private ExecutionContext context;

    @Setup
    public void setup()
    {
        batches = BenchmarkEvents.batches(BenchmarkEvents.records(rows), batchSize);
        context = new ExecutionContext(ZoneOffset.UTC, Instant.now());
    }

    /**
     * The number of distinct event names.
     */
    @Benchmark
    public int groupIdsByEventName()
    {
        GroupByHash hash = new GroupByHash(List.of(BenchmarkEvents.varchar()));
        for (ColumnBatch batch : batches) {
            hash.groupIds(new ColumnVector[] {batch.column(BenchmarkEvents.EVENT_NAME)}, batch);
        }
        return hash.groupCount();
    }

    /**
     * The number of groups (distinct caller ARNs, null included).
     */
    @Benchmark
    public long countByUserArn()
    {
        AggregateSpec count = new AggregateSpec(CountAccumulator::new, new int[0], -1,
                BenchmarkEvents.typeFactory().createSqlType(SqlTypeName.BIGINT));
        long groups = 0;
        try (HashAggregationOperator aggregation = new HashAggregationOperator(new BatchSource(batches), new int[] {BenchmarkEvents.USER_ARN},
                List.of(BenchmarkEvents.varchar()), List.of(count), context)) {
            for (ColumnBatch batch = aggregation.next(); batch != null; batch = aggregation.next()) {
                groups += batch.size();
            }
        }
        return groups;
    }
}
