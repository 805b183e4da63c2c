package io.tarn.benchmarks.jmh;

import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.engine.exec.expression.Comparison;
import io.tarn.engine.exec.expression.Constant;
import io.tarn.engine.exec.expression.InputReference;
import io.tarn.engine.exec.expression.NullTest;
import io.tarn.engine.exec.operator.FilterOperator;
import io.tarn.storage.vector.ColumnBatch;
import org.apache.calcite.rel.type.RelDataType;
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
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@link FilterOperator} over batches of generated events: a string equality ({@code eventname = 'GetObject'},
 * about a sixth of the rows pass) and a three-conjunct filter ({@code eventtime} in a six-hour window and
 * {@code errorcode IS NOT NULL}, a few percent pass). Scores are per row.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@OperationsPerInvocation(FilterBenchmark.ROWS)
public class FilterBenchmark
{
    static final int ROWS = 32_768;

    @Param("1024")
    public int batchSize = 1024;

    int rows = ROWS;
    private List<ColumnBatch> batches;
    private ExecutionContext context;
    private VectorExpression isGetObject;
    private List<VectorExpression> windowWithErrors;

    @Setup
    public void setup()
    {
        batches = BenchmarkEvents.batches(BenchmarkEvents.records(rows), batchSize);
        context = new ExecutionContext(ZoneOffset.UTC, Instant.now());
        RelDataType varchar = BenchmarkEvents.varchar();
        RelDataType timestamp = BenchmarkEvents.timestamp();
        RelDataType bool = BenchmarkEvents.typeFactory().createTypeWithNullability(BenchmarkEvents.typeFactory().createSqlType(SqlTypeName.BOOLEAN), true);
        isGetObject = new Comparison(Comparison.Operator.EQUAL, new InputReference(BenchmarkEvents.EVENT_NAME, varchar), new Constant("GetObject", varchar), bool);
        LocalDateTime from = LocalDateTime.of(2025, 1, 1, 12, 0);
        windowWithErrors = List.of(
                new Comparison(Comparison.Operator.GREATER_THAN_OR_EQUAL, new InputReference(BenchmarkEvents.EVENT_TIME, timestamp), new Constant(from, timestamp), bool),
                new Comparison(Comparison.Operator.LESS_THAN, new InputReference(BenchmarkEvents.EVENT_TIME, timestamp), new Constant(from.plusHours(6), timestamp), bool),
                new NullTest(NullTest.Kind.IS_NOT_NULL, new InputReference(BenchmarkEvents.ERROR_CODE, varchar), bool));
    }

    @Benchmark
    public long equalsEventName()
    {
        return filter(List.of(isGetObject));
    }

    @Benchmark
    public long timeWindowWithErrors()
    {
        return filter(windowWithErrors);
    }

    private long filter(List<VectorExpression> conjuncts)
    {
        long kept = 0;
        try (FilterOperator filter = new FilterOperator(new BatchSource(batches), conjuncts, context, null)) {
            for (ColumnBatch batch = filter.next(); batch != null; batch = filter.next()) {
                kept += batch.size();
            }
        }
        return kept;
    }
}
