package io.tarn.engine.exec.operator;

import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.aggregation.ApproximateDistinctAccumulator;
import io.tarn.engine.exec.aggregation.CountAccumulator;
import io.tarn.engine.exec.aggregation.CountIfAccumulator;
import io.tarn.engine.exec.aggregation.LongMinMaxAccumulator;
import io.tarn.engine.exec.aggregation.ObjectAccumulator;
import io.tarn.engine.function.GroupedAccumulator;
import io.tarn.engine.type.TarnTypes;
import io.tarn.storage.vector.BooleanVector;
import io.tarn.storage.vector.BytesVector;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.LongVector;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The hot path of audit GROUP BY queries, {@code count(*)}, {@code count_if}, {@code min}, {@code max} and
 * {@code approx_distinct} over millions of rows, through the hash aggregation. Checks the results against
 * the generated data; how fast it runs is measured by the benchmarks module's hash aggregation benchmark.
 */
class TestHashAggregationOverManyRows
{
    private static final RelDataTypeFactory TYPES = TarnTypes.newTypeFactory();
    private static final RelDataType BIGINT = TYPES.createSqlType(SqlTypeName.BIGINT);
    private static final RelDataType BOOLEAN = TYPES.createSqlType(SqlTypeName.BOOLEAN);
    private static final RelDataType VARCHAR = TYPES.createSqlType(SqlTypeName.VARCHAR);
    private static final int ROWS = 1_000_000;
    private static final int BATCH = 1024;
    private static final int GROUPS = 200;
    private static final int USERS = 20_000;

    @Test
    void testGroupByHotPath()
    {
        List<ColumnBatch> results = run();

        long rows = 0;
        int groups = 0;
        for (ColumnBatch batch : results) {
            for (int row = 0; row < batch.size(); row++) {
                long group = ((LongVector) batch.column(0)).values[row];
                long count = ((LongVector) batch.column(1)).values[row];
                rows += count;
                groups++;
                // Rows of a group are the numbers congruent to it modulo GROUPS; every third is flagged.
                assertThat(count).isEqualTo(ROWS / GROUPS);
                assertThat(((LongVector) batch.column(2)).values[row]).isEqualTo(flagged(group));
                assertThat(((LongVector) batch.column(3)).values[row]).isEqualTo(group);
                assertThat(((LongVector) batch.column(4)).values[row]).isEqualTo(ROWS - GROUPS + group);
                // Each group sees every user whose number is congruent to the group modulo gcd(GROUPS, USERS) = 200.
                assertThat((double) ((LongVector) batch.column(5)).values[row]).isCloseTo(USERS / GROUPS, within(USERS / GROUPS * 0.023 * 3));
            }
        }
        assertThat(rows).isEqualTo(ROWS);
        assertThat(groups).isEqualTo(GROUPS);
    }

    @Test
    void testCountIfWithPrimitiveStateAgainstObjectState()
    {
        // Every third row is flagged.
        assertThat(countIfTotal(() -> new CountIfAccumulator())).isEqualTo((ROWS + 2) / 3);
        assertThat(countIfTotal(() -> new ObjectAccumulator<>(new ObjectCountIf(), List.of(BOOLEAN), BIGINT))).isEqualTo((ROWS + 2) / 3);
    }

    private static long countIfTotal(GroupedAccumulator.Factory factory)
    {
        HashAggregationOperator operator = new HashAggregationOperator(new GeneratedRows(), new int[] {0}, List.of(BIGINT),
                List.of(new AggregateSpec(factory, new int[] {1}, -1, BIGINT)), context());
        long total = 0;
        for (ColumnBatch batch = operator.next(); batch != null; batch = operator.next()) {
            for (int row = 0; row < batch.size(); row++) {
                total += ((LongVector) batch.column(1)).values[row];
            }
        }
        return total;
    }

    private static List<ColumnBatch> run()
    {
        HashAggregationOperator operator = new HashAggregationOperator(new GeneratedRows(), new int[] {0}, List.of(BIGINT), List.of(
                new AggregateSpec(CountAccumulator::new, new int[0], -1, BIGINT),
                new AggregateSpec(CountIfAccumulator::new, new int[] {1}, -1, BIGINT),
                new AggregateSpec(() -> new LongMinMaxAccumulator(false), new int[] {2}, -1, BIGINT),
                new AggregateSpec(() -> new LongMinMaxAccumulator(true), new int[] {2}, -1, BIGINT),
                new AggregateSpec(() -> new ApproximateDistinctAccumulator(VARCHAR, false), new int[] {3}, -1, BIGINT)), context());
        List<ColumnBatch> results = new ArrayList<>();
        for (ColumnBatch batch = operator.next(); batch != null; batch = operator.next()) {
            results.add(batch);
        }
        return results;
    }

    private static long flagged(long group)
    {
        long count = 0;
        for (long value = group; value < ROWS; value += GROUPS) {
            if (value % 3 == 0) {
                count++;
            }
        }
        return count;
    }

    private static ExecutionContext context()
    {
        return new ExecutionContext(ZoneOffset.UTC, Instant.EPOCH);
    }

    /**
     * Rows {@code 0..ROWS-1}: group {@code n % GROUPS}, flag {@code n % 3 == 0}, value {@code n}, user
     * {@code n % USERS} as an ARN.
     */
    private static final class GeneratedRows
            implements Operator
    {
        private static final byte[][] USER_ARNS = new byte[USERS][];

        static {
            for (int user = 0; user < USERS; user++) {
                USER_ARNS[user] = ("arn:aws:iam::123456789012:user/user-" + user).getBytes(StandardCharsets.UTF_8);
            }
        }

        private final LongVector groups = new LongVector(BATCH);
        private final BooleanVector flags = new BooleanVector(BATCH);
        private final LongVector values = new LongVector(BATCH);
        private final BytesVector users = new BytesVector(BATCH);
        private int next;

        @Override
        public ColumnBatch next()
        {
            if (next >= ROWS) {
                return null;
            }
            int size = Math.min(BATCH, ROWS - next);
            for (int row = 0; row < size; row++) {
                int value = next + row;
                groups.values[row] = value % GROUPS;
                flags.values[row] = value % 3 == 0;
                values.values[row] = value;
                byte[] arn = USER_ARNS[value % USERS];
                users.setReference(row, arn, 0, arn.length);
            }
            next += size;
            return new ColumnBatch(new ColumnVector[] {groups, flags, values, users}, size);
        }
    }

    private static final class ObjectCountIf
            implements ObjectAccumulator.Aggregation<long[]>
    {
        @Override
        public long[] initial()
        {
            return new long[1];
        }

        @Override
        public long[] add(long[] state, Object[] arguments)
        {
            if (Boolean.TRUE.equals(arguments[0])) {
                state[0]++;
            }
            return state;
        }

        @Override
        public long[] combine(long[] left, long[] right)
        {
            left[0] += right[0];
            return left;
        }

        @Override
        public Object result(long[] state)
        {
            return state == null ? 0L : state[0];
        }
    }
}
