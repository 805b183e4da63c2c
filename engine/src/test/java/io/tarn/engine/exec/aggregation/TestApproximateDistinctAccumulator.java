package io.tarn.engine.exec.aggregation;

import io.tarn.engine.function.GroupedAccumulator;
import io.tarn.engine.type.TarnTypes;
import io.tarn.error.TarnException;
import io.tarn.storage.vector.BytesVector;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.LongVector;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TestApproximateDistinctAccumulator
{
    private static final RelDataTypeFactory TYPES = TarnTypes.newTypeFactory();
    private static final RelDataType BIGINT = TYPES.createSqlType(SqlTypeName.BIGINT);
    private static final RelDataType VARCHAR = TYPES.createSqlType(SqlTypeName.VARCHAR);
    private static final int BATCH = 1024;

    @Test
    void testSmallCountsAreExact()
    {
        for (int distinct : new int[] {0, 1, 2, 10, 100, 250}) {
            assertThat(estimateLongs(distinct, 3, 0)).as("distinct %s", distinct).isEqualTo(distinct);
        }
    }

    @Test
    void testLargeCountsStayWithinThreeStandardErrors()
    {
        for (int distinct : new int[] {1_000, 5_000, 20_000, 300_000, 2_000_000}) {
            long estimate = estimateLongs(distinct, 1, 7);
            assertThat((double) estimate).as("distinct %s", distinct).isCloseTo(distinct, within(distinct * 0.023 * 3));
        }
    }

    @Test
    void testErrorOverManyRunsMatchesTheStandardError()
    {
        // 40 disjoint sets of 50,000 values: the relative errors' root mean square is about 2.3%.
        double squares = 0;
        int runs = 40;
        for (int run = 0; run < runs; run++) {
            double error = (estimateLongs(50_000, 1, run * 1_000_000_007L) - 50_000) / 50_000.0;
            squares += error * error;
        }
        assertThat(Math.sqrt(squares / runs)).isLessThan(0.035);
    }

    @Test
    void testStringsAndRepeatsAndDeterminism()
    {
        ApproximateDistinctAccumulator first = new ApproximateDistinctAccumulator(VARCHAR, false);
        ApproximateDistinctAccumulator second = new ApproximateDistinctAccumulator(VARCHAR, false);
        feedStrings(first, 100_000, 3);
        feedStrings(second, 100_000, 3);
        LongVector firstResult = new LongVector(1);
        LongVector secondResult = new LongVector(1);
        first.output(0, firstResult, 0);
        second.output(0, secondResult, 0);
        assertThat(firstResult.values[0]).isEqualTo(secondResult.values[0]);
        assertThat((double) firstResult.values[0]).isCloseTo(100_000, within(100_000 * 0.023 * 3));
    }

    @Test
    void testMergeEqualsOneAccumulator()
    {
        ApproximateDistinctAccumulator whole = new ApproximateDistinctAccumulator(BIGINT, false);
        ApproximateDistinctAccumulator left = new ApproximateDistinctAccumulator(BIGINT, false);
        ApproximateDistinctAccumulator right = new ApproximateDistinctAccumulator(BIGINT, false);
        feedLongs(whole, 0, 30_000, 1);
        feedLongs(left, 0, 10_000, 1);
        feedLongs(right, 10_000, 30_000, 1);
        left.merge(right, new int[] {0}, 1);
        LongVector expected = new LongVector(1);
        LongVector actual = new LongVector(1);
        whole.output(0, expected, 0);
        left.output(0, actual, 0);
        assertThat(actual.values[0]).isEqualTo(expected.values[0]);
    }

    @Test
    void testStandardErrorIsChecked()
    {
        assertThat(ApproximateDistinctAccumulator.indexBits(0.023)).isEqualTo(11);
        assertThat(ApproximateDistinctAccumulator.indexBits(0.26)).isEqualTo(4);
        assertThat(ApproximateDistinctAccumulator.indexBits(0.0040625)).isEqualTo(16);
        assertThatThrownBy(() -> ApproximateDistinctAccumulator.indexBits(0.3)).isInstanceOf(TarnException.class);
    }

    private static long estimateLongs(int distinct, int repeats, long offset)
    {
        ApproximateDistinctAccumulator accumulator = new ApproximateDistinctAccumulator(BIGINT, false);
        for (int repeat = 0; repeat < repeats; repeat++) {
            feedLongs(accumulator, offset, offset + distinct, 1);
        }
        LongVector result = new LongVector(1);
        accumulator.output(0, result, 0);
        return result.values[0];
    }

    private static void feedLongs(GroupedAccumulator accumulator, long from, long to, int groups)
    {
        LongVector values = new LongVector(BATCH);
        int[] groupIds = new int[BATCH];
        long next = from;
        while (next < to) {
            int size = (int) Math.min(BATCH, to - next);
            for (int row = 0; row < size; row++) {
                values.values[row] = next++;
            }
            accumulator.add(groupIds, groups, new ColumnVector[] {values}, new ColumnBatch(new ColumnVector[] {values}, size));
        }
    }

    private static void feedStrings(GroupedAccumulator accumulator, int distinct, int repeats)
    {
        BytesVector values = new BytesVector(BATCH);
        int[] groupIds = new int[BATCH];
        int total = distinct * repeats;
        for (int start = 0; start < total; start += BATCH) {
            int size = Math.min(BATCH, total - start);
            values.reset();
            for (int row = 0; row < size; row++) {
                values.setString(row, "arn:aws:iam::123456789012:user/user-" + ((start + row) % distinct));
            }
            accumulator.add(groupIds, 1, new ColumnVector[] {values}, new ColumnBatch(new ColumnVector[] {values}, size));
        }
    }
}
