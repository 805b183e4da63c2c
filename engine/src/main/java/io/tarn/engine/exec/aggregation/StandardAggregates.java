package io.tarn.engine.exec.aggregation;

import io.tarn.engine.exec.PhysicalType;
import io.tarn.engine.exec.expression.ValueComparison;
import io.tarn.engine.function.AggregateCall;
import io.tarn.engine.function.AggregateImplementation;
import io.tarn.engine.function.FunctionRegistry;
import io.tarn.engine.function.GroupedAccumulator;
import io.tarn.engine.function.TarnAggregateFunction;
import io.tarn.error.TarnException;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.SqlAggFunction;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

import static io.tarn.engine.StandardErrorCode.NOT_SUPPORTED;
import static io.tarn.engine.StandardErrorCode.SUBQUERY_MULTIPLE_ROWS;

/**
 * Chooses the accumulator of an aggregate call: primitive-array accumulators for {@code count}, {@code sum},
 * {@code avg}, {@code min} and {@code max} over numbers and timestamps; Java-value accumulators for the rest
 * and for the library's aggregates.
 */
public final class StandardAggregates
{
    private StandardAggregates() {}

    public static GroupedAccumulator.Factory factory(SqlAggFunction function, List<RelDataType> argumentTypes, RelDataType resultType, boolean distinct, RelDataTypeFactory typeFactory)
    {
        GroupedAccumulator.Factory factory = baseFactory(function, argumentTypes, resultType, distinct, typeFactory);
        if (distinct && !(function instanceof TarnAggregateFunction)) {
            GroupedAccumulator.Factory plain = factory;
            return () -> new DistinctAccumulator(plain.create(), argumentTypes);
        }
        return factory;
    }

    private static GroupedAccumulator.Factory baseFactory(SqlAggFunction function, List<RelDataType> argumentTypes, RelDataType resultType, boolean distinct, RelDataTypeFactory typeFactory)
    {
        if (function instanceof TarnAggregateFunction library) {
            FunctionRegistry registry = library.registry();
            FunctionRegistry.Resolution resolution = registry.resolve(library.getName(), argumentTypes, typeFactory, (index, types) -> null)
                    .orElseThrow(() -> new IllegalStateException("no implementation of " + library.getName() + " for " + argumentTypes));
            GroupedAccumulator.Factory inner = CoercingAccumulator.wrap(((AggregateImplementation) resolution.definition().implementation())
                    .bind(new AggregateCall(resolution.bound(), distinct, typeFactory)), argumentTypes, resolution.bound().argumentTypes());
            if (distinct) {
                return () -> new DistinctAccumulator(inner.create(), argumentTypes);
            }
            return inner;
        }
        SqlKind kind = function.getKind();
        SqlTypeName argument = argumentTypes.isEmpty() ? null : argumentTypes.get(0).getSqlTypeName();
        boolean integer = argument == SqlTypeName.TINYINT || argument == SqlTypeName.SMALLINT || argument == SqlTypeName.INTEGER || argument == SqlTypeName.BIGINT;
        boolean floating = argument == SqlTypeName.DOUBLE || argument == SqlTypeName.REAL || argument == SqlTypeName.FLOAT;
        switch (kind) {
            case COUNT:
                return CountAccumulator::new;
            case SUM, SUM0: {
                boolean zero = kind == SqlKind.SUM0;
                if (integer) {
                    return () -> new LongSumAccumulator(zero);
                }
                if (floating) {
                    return () -> new DoubleSumAccumulator(false, zero);
                }
                return () -> new ObjectAccumulator<>(new DecimalSum(resultType.getScale(), false, zero), argumentTypes, resultType);
            }
            case AVG:
                if (integer || floating) {
                    return () -> new DoubleSumAccumulator(true, false);
                }
                return () -> new ObjectAccumulator<>(new DecimalSum(resultType.getScale(), true, false), argumentTypes, resultType);
            case MIN, MAX: {
                boolean maximum = kind == SqlKind.MAX;
                if (PhysicalType.of(argumentTypes.get(0)) == PhysicalType.LONG && argument != SqlTypeName.TIMESTAMP_TZ) {
                    return () -> new LongMinMaxAccumulator(maximum);
                }
                return () -> new ObjectAccumulator<>(new Extreme(maximum), argumentTypes, resultType);
            }
            case SINGLE_VALUE:
                return () -> new ObjectAccumulator<>(new SingleValue(), argumentTypes, resultType);
            case ANY_VALUE:
                return () -> new ObjectAccumulator<>(new Extreme(false), argumentTypes, resultType);
            default:
                throw new TarnException(NOT_SUPPORTED, "Aggregate function " + function.getName().toLowerCase(java.util.Locale.ROOT) + " is not supported");
        }
    }

    private record DecimalSum(int scale, boolean average, boolean zeroWhenEmpty)
            implements ObjectAccumulator.Aggregation<BigDecimal[]>
    {
        @Override
        public BigDecimal[] initial()
        {
            return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
        }

        @Override
        public BigDecimal[] add(BigDecimal[] state, Object[] arguments)
        {
            Object value = arguments[0];
            BigDecimal decimal = value instanceof BigDecimal number ? number : new BigDecimal(value.toString());
            state[0] = state[0].add(decimal);
            state[1] = state[1].add(BigDecimal.ONE);
            return state;
        }

        @Override
        public BigDecimal[] combine(BigDecimal[] left, BigDecimal[] right)
        {
            left[0] = left[0].add(right[0]);
            left[1] = left[1].add(right[1]);
            return left;
        }

        @Override
        public Object result(BigDecimal[] state)
        {
            if (state == null) {
                return zeroWhenEmpty ? BigDecimal.ZERO.setScale(scale) : null;
            }
            BigDecimal value = average ? state[0].divide(state[1], MathContext.DECIMAL128) : state[0];
            return value.setScale(scale, RoundingMode.HALF_UP);
        }
    }

    private record Extreme(boolean maximum)
            implements ObjectAccumulator.Aggregation<Object[]>
    {
        @Override
        public Object[] initial()
        {
            return new Object[1];
        }

        @Override
        public Object[] add(Object[] state, Object[] arguments)
        {
            Object value = arguments[0];
            if (state[0] == null || (maximum ? ValueComparison.compare(value, state[0]) > 0 : ValueComparison.compare(value, state[0]) < 0)) {
                state[0] = value;
            }
            return state;
        }

        @Override
        public Object[] combine(Object[] left, Object[] right)
        {
            return right[0] == null ? left : add(left, right);
        }

        @Override
        public Object result(Object[] state)
        {
            return state == null ? null : state[0];
        }
    }

    private static final class SingleValue
            implements ObjectAccumulator.Aggregation<Object[]>
    {
        @Override
        public Object[] initial()
        {
            return new Object[] {null, 0L};
        }

        @Override
        public Object[] add(Object[] state, Object[] arguments)
        {
            long count = (Long) state[1] + 1;
            if (count > 1) {
                throw new TarnException(SUBQUERY_MULTIPLE_ROWS, "Scalar sub-query has returned multiple rows");
            }
            state[0] = arguments[0];
            state[1] = count;
            return state;
        }

        @Override
        public Object[] combine(Object[] left, Object[] right)
        {
            if ((Long) left[1] + (Long) right[1] > 1) {
                throw new TarnException(SUBQUERY_MULTIPLE_ROWS, "Scalar sub-query has returned multiple rows");
            }
            return (Long) left[1] > 0 ? left : right;
        }

        @Override
        public Object result(Object[] state)
        {
            return state == null ? null : state[0];
        }

        @Override
        public boolean skipsNullArguments()
        {
            return false;
        }
    }
}
