package io.tarn.engine.function.library;

import io.tarn.engine.exec.aggregation.ObjectAccumulator;
import io.tarn.engine.function.FunctionRegistry;

/**
 * Aggregate functions beyond the standard {@code count}, {@code sum}, {@code avg}, {@code min} and
 * {@code max}.
 */
final class AggregateFunctions
{
    private AggregateFunctions() {}

    static void register(FunctionRegistry.Builder functions)
    {
        functions.aggregate("count_if(boolean): bigint", "Number of rows for which the condition is true", call ->
                () -> new ObjectAccumulator<>(new CountIf(), call.bound().argumentTypes(), call.returnType()));
        functions.aggregate("arbitrary(T): T", "An arbitrary non-null value of the group", call ->
                () -> new ObjectAccumulator<>(new Arbitrary(), call.bound().argumentTypes(), call.returnType()));
        functions.alias("any_value", "arbitrary");
    }

    private static final class CountIf
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

    private static final class Arbitrary
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
            if (state[0] == null) {
                state[0] = arguments[0];
            }
            return state;
        }

        @Override
        public Object[] combine(Object[] left, Object[] right)
        {
            return left[0] != null ? left : right;
        }

        @Override
        public Object result(Object[] state)
        {
            return state == null ? null : state[0];
        }
    }
}
