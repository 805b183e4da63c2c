package io.tarn.engine.function.library;

import io.tarn.engine.exec.aggregation.ApproximateDistinctAccumulator;
import io.tarn.engine.exec.aggregation.BitwiseAccumulator;
import io.tarn.engine.exec.aggregation.BooleanAccumulator;
import io.tarn.engine.exec.aggregation.CentralMomentsAccumulator;
import io.tarn.engine.exec.aggregation.CountIfAccumulator;
import io.tarn.engine.exec.aggregation.CovarianceAccumulator;
import io.tarn.engine.exec.aggregation.GeometricMeanAccumulator;
import io.tarn.engine.exec.aggregation.ObjectAccumulator;
import io.tarn.engine.exec.aggregation.PercentileAccumulator;
import io.tarn.engine.exec.aggregation.VarianceAccumulator;
import io.tarn.engine.function.AggregateImplementation;
import io.tarn.engine.function.FunctionRegistry;
import io.tarn.error.TarnException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static io.tarn.engine.StandardErrorCode.INVALID_FUNCTION_ARGUMENT;

/**
 * Aggregate functions beyond the standard {@code count}, {@code sum}, {@code avg}, {@code min} and
 * {@code max}. The ones on the hot path of audit queries ({@code count_if}, {@code approx_distinct}) and the
 * numeric statistics keep their state in primitive arrays (see {@code io.tarn.engine.exec.aggregation});
 * collections ({@code array_agg}, {@code histogram}, {@code map_agg}, ...) use Java objects.
 */
final class AggregateFunctions
{
    private static final int MAX_BY_LIMIT = 10_000;

    private AggregateFunctions() {}

    static void register(FunctionRegistry.Builder functions)
    {
        functions.aggregate("count_if(boolean): bigint", "Number of rows for which the condition is true", call -> CountIfAccumulator::new);
        functions.aggregate("arbitrary(T): T", "An arbitrary non-null value of the group", objects(Arbitrary::new));
        functions.alias("any_value", "arbitrary");
        functions.aggregate("min_by(V, K): V", "Value of the row with the smallest key", objects(() -> new ValueByKey(false)));
        functions.aggregate("max_by(V, K): V", "Value of the row with the largest key", objects(() -> new ValueByKey(true)));
        functions.aggregate("min_by(V, K, bigint): array(V)", "Values of the n rows with the smallest keys, by ascending key", objects(() -> new ValuesByKey(false)));
        functions.aggregate("max_by(V, K, bigint): array(V)", "Values of the n rows with the largest keys, by descending key", objects(() -> new ValuesByKey(true)));
        functions.aggregate("array_agg(T): array(T)", "Array of the values, nulls included", objects(ArrayAggregation::new));
        functions.aggregate("approx_distinct(T): bigint", "Approximate number of distinct values (standard error 2.3%)",
                call -> () -> new ApproximateDistinctAccumulator(call.argumentType(0), false));
        functions.aggregate("approx_distinct(T, double): bigint", "Approximate number of distinct values with at most the given standard error",
                call -> () -> new ApproximateDistinctAccumulator(call.argumentType(0), true));
        registerPercentiles(functions);
        functions.aggregate("histogram(T): map(T,bigint)", "Number of times each value occurs", objects(Histogram::new));
        functions.aggregate("map_agg(K, V): map(K,V)", "Map from the keys to their values (the first value of a repeated key)", objects(MapAggregation::new));
        functions.aggregate("multimap_agg(K, V): map(K,array(V))", "Map from the keys to the arrays of their values", objects(MultimapAggregation::new));
        functions.aggregate("map_union(map(K,V)): map(K,V)", "Union of the maps (the first value of a repeated key)", objects(MapUnion::new));
        functions.aggregate("bool_and(boolean): boolean", "Whether every non-null value is true", call -> () -> new BooleanAccumulator(true));
        functions.alias("every", "bool_and");
        functions.aggregate("bool_or(boolean): boolean", "Whether any non-null value is true", call -> () -> new BooleanAccumulator(false));
        registerStatistics(functions);
        functions.aggregate("bitwise_and_agg(bigint): bigint", "Bitwise AND of the values", call -> () -> new BitwiseAccumulator((left, right) -> left & right));
        functions.aggregate("bitwise_or_agg(bigint): bigint", "Bitwise OR of the values", call -> () -> new BitwiseAccumulator((left, right) -> left | right));
        functions.aggregate("bitwise_xor_agg(bigint): bigint", "Bitwise XOR of the values", call -> () -> new BitwiseAccumulator((left, right) -> left ^ right));
    }

    private static void registerPercentiles(FunctionRegistry.Builder functions)
    {
        for (String type : List.of("bigint", "double", "real")) {
            boolean floating = !type.equals("bigint");
            boolean real = type.equals("real");
            String single = "Value at the given percentile (computed exactly over the group's values)";
            String several = "Values at the given percentiles (computed exactly over the group's values)";
            functions.aggregate("approx_percentile(" + type + ", double): " + type, single, percentile(floating, real, false, false));
            functions.aggregate("approx_percentile(" + type + ", array(double)): array(" + type + ")", several, percentile(floating, real, false, true));
            functions.aggregate("approx_percentile(" + type + ", double, double): " + type, single + ", each value counted by its weight", percentile(floating, real, true, false));
            functions.aggregate("approx_percentile(" + type + ", double, array(double)): array(" + type + ")", several + ", each value counted by its weight",
                    percentile(floating, real, true, true));
            functions.aggregate("approx_percentile(" + type + ", double, double, double): " + type, single + ", each value counted by its weight (the accuracy is not needed)",
                    percentile(floating, real, true, false));
        }
    }

    private static AggregateImplementation percentile(boolean floating, boolean real, boolean weighted, boolean array)
    {
        return call -> () -> new PercentileAccumulator(floating, real, weighted, array);
    }

    private static void registerStatistics(FunctionRegistry.Builder functions)
    {
        Map<String, VarianceAccumulator.Kind> variances = new LinkedHashMap<>();
        variances.put("variance", VarianceAccumulator.Kind.VARIANCE_SAMPLE);
        variances.put("var_samp", VarianceAccumulator.Kind.VARIANCE_SAMPLE);
        variances.put("var_pop", VarianceAccumulator.Kind.VARIANCE_POPULATION);
        variances.put("stddev", VarianceAccumulator.Kind.STANDARD_DEVIATION_SAMPLE);
        variances.put("stddev_samp", VarianceAccumulator.Kind.STANDARD_DEVIATION_SAMPLE);
        variances.put("stddev_pop", VarianceAccumulator.Kind.STANDARD_DEVIATION_POPULATION);
        variances.forEach((name, kind) -> {
            String description = switch (kind) {
                case VARIANCE_SAMPLE -> "Sample variance";
                case VARIANCE_POPULATION -> "Population variance";
                case STANDARD_DEVIATION_SAMPLE -> "Sample standard deviation";
                case STANDARD_DEVIATION_POPULATION -> "Population standard deviation";
            };
            for (String type : List.of("bigint", "double")) {
                functions.aggregate(name + "(" + type + "): double", description, call -> () -> new VarianceAccumulator(kind));
            }
        });
        for (String type : List.of("bigint", "double")) {
            functions.aggregate("kurtosis(" + type + "): double", "Sample excess kurtosis", call -> () -> new CentralMomentsAccumulator(true));
            functions.aggregate("skewness(" + type + "): double", "Sample skewness", call -> () -> new CentralMomentsAccumulator(false));
            functions.aggregate("geometric_mean(" + type + "): double", "Geometric mean", call -> () -> new GeometricMeanAccumulator(false));
        }
        functions.aggregate("geometric_mean(real): real", "Geometric mean", call -> () -> new GeometricMeanAccumulator(true));
        Map<String, CovarianceAccumulator.Kind> covariances = new LinkedHashMap<>();
        covariances.put("covar_pop", CovarianceAccumulator.Kind.COVARIANCE_POPULATION);
        covariances.put("covar_samp", CovarianceAccumulator.Kind.COVARIANCE_SAMPLE);
        covariances.put("corr", CovarianceAccumulator.Kind.CORRELATION);
        covariances.put("regr_slope", CovarianceAccumulator.Kind.REGRESSION_SLOPE);
        covariances.put("regr_intercept", CovarianceAccumulator.Kind.REGRESSION_INTERCEPT);
        covariances.forEach((name, kind) -> {
            String description = switch (kind) {
                case COVARIANCE_POPULATION -> "Population covariance of the pairs";
                case COVARIANCE_SAMPLE -> "Sample covariance of the pairs";
                case CORRELATION -> "Correlation coefficient of the pairs";
                case REGRESSION_SLOPE -> "Slope of the least-squares line of the first argument on the second";
                case REGRESSION_INTERCEPT -> "Intercept of the least-squares line of the first argument on the second";
            };
            functions.aggregate(name + "(double, double): double", description, call -> () -> new CovarianceAccumulator(kind, false));
            functions.aggregate(name + "(real, real): real", description, call -> () -> new CovarianceAccumulator(kind, true));
        });
    }

    private static <S> AggregateImplementation objects(Supplier<ObjectAccumulator.Aggregation<S>> aggregation)
    {
        return call -> () -> new ObjectAccumulator<>(aggregation.get(), call.bound().argumentTypes(), call.returnType());
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

    /**
     * {@code min_by}/{@code max_by}: rows with a null key are ignored; the value may be null.
     */
    private record ValueByKey(boolean maximum)
            implements ObjectAccumulator.Aggregation<Object[]>
    {
        @Override
        public Object[] initial()
        {
            return new Object[2];
        }

        @Override
        public Object[] add(Object[] state, Object[] arguments)
        {
            Object key = arguments[1];
            if (key == null) {
                return state;
            }
            if (state[1] == null || (maximum ? Comparisons.compare(key, state[1]) > 0 : Comparisons.compare(key, state[1]) < 0)) {
                state[0] = arguments[0];
                state[1] = key;
            }
            return state;
        }

        @Override
        public Object[] combine(Object[] left, Object[] right)
        {
            return right[1] == null ? left : add(left, new Object[] {right[0], right[1]});
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

    /**
     * {@code min_by}/{@code max_by} with a count: the values of the best {@code n} keys, best first.
     */
    private record ValuesByKey(boolean maximum)
            implements ObjectAccumulator.Aggregation<List<Object[]>>
    {
        @Override
        public List<Object[]> initial()
        {
            return new ArrayList<>();
        }

        @Override
        public List<Object[]> add(List<Object[]> state, Object[] arguments)
        {
            if (arguments[2] == null) {
                return state;
            }
            long count = (Long) arguments[2];
            String name = maximum ? "max_by" : "min_by";
            if (count <= 0) {
                throw new TarnException(INVALID_FUNCTION_ARGUMENT, "third argument of " + name + " must be a positive integer");
            }
            if (count > MAX_BY_LIMIT) {
                throw new TarnException(INVALID_FUNCTION_ARGUMENT, "third argument of " + name + " must be less than or equal to " + MAX_BY_LIMIT);
            }
            if (arguments[1] == null) {
                return state;
            }
            int index = 0;
            while (index < state.size() && !better(arguments[1], state.get(index)[1])) {
                index++;
            }
            if (index < count) {
                state.add(index, new Object[] {arguments[0], arguments[1], count});
                while (state.size() > count) {
                    state.remove(state.size() - 1);
                }
            }
            return state;
        }

        private boolean better(Object key, Object other)
        {
            int comparison = Comparisons.compare(key, other);
            return maximum ? comparison > 0 : comparison < 0;
        }

        @Override
        public List<Object[]> combine(List<Object[]> left, List<Object[]> right)
        {
            for (Object[] entry : right) {
                add(left, entry);
            }
            return left;
        }

        @Override
        public Object result(List<Object[]> state)
        {
            if (state == null || state.isEmpty()) {
                return null;
            }
            List<Object> values = new ArrayList<>(state.size());
            for (Object[] entry : state) {
                values.add(entry[0]);
            }
            return values;
        }

        @Override
        public boolean skipsNullArguments()
        {
            return false;
        }
    }

    private static final class ArrayAggregation
            implements ObjectAccumulator.Aggregation<List<Object>>
    {
        @Override
        public List<Object> initial()
        {
            return new ArrayList<>();
        }

        @Override
        public List<Object> add(List<Object> state, Object[] arguments)
        {
            state.add(arguments[0]);
            return state;
        }

        @Override
        public List<Object> combine(List<Object> left, List<Object> right)
        {
            left.addAll(right);
            return left;
        }

        @Override
        public Object result(List<Object> state)
        {
            return state == null ? null : new ArrayList<>(state);
        }

        @Override
        public boolean skipsNullArguments()
        {
            return false;
        }
    }

    private static final class Histogram
            implements ObjectAccumulator.Aggregation<Map<Object, Long>>
    {
        @Override
        public Map<Object, Long> initial()
        {
            return new LinkedHashMap<>();
        }

        @Override
        public Map<Object, Long> add(Map<Object, Long> state, Object[] arguments)
        {
            state.merge(arguments[0], 1L, Long::sum);
            return state;
        }

        @Override
        public Map<Object, Long> combine(Map<Object, Long> left, Map<Object, Long> right)
        {
            right.forEach((key, count) -> left.merge(key, count, Long::sum));
            return left;
        }

        @Override
        public Object result(Map<Object, Long> state)
        {
            return state == null ? null : new LinkedHashMap<>(state);
        }
    }

    /**
     * {@code map_agg}: rows with a null key are ignored, null values kept.
     */
    private static final class MapAggregation
            implements ObjectAccumulator.Aggregation<Map<Object, Object>>
    {
        @Override
        public Map<Object, Object> initial()
        {
            return new LinkedHashMap<>();
        }

        @Override
        public Map<Object, Object> add(Map<Object, Object> state, Object[] arguments)
        {
            if (arguments[0] != null && !state.containsKey(arguments[0])) {
                state.put(arguments[0], arguments[1]);
            }
            return state;
        }

        @Override
        public Map<Object, Object> combine(Map<Object, Object> left, Map<Object, Object> right)
        {
            right.forEach(left::putIfAbsent);
            return left;
        }

        @Override
        public Object result(Map<Object, Object> state)
        {
            return state == null || state.isEmpty() ? null : new LinkedHashMap<>(state);
        }

        @Override
        public boolean skipsNullArguments()
        {
            return false;
        }
    }

    private static final class MultimapAggregation
            implements ObjectAccumulator.Aggregation<Map<Object, List<Object>>>
    {
        @Override
        public Map<Object, List<Object>> initial()
        {
            return new LinkedHashMap<>();
        }

        @Override
        public Map<Object, List<Object>> add(Map<Object, List<Object>> state, Object[] arguments)
        {
            if (arguments[0] != null) {
                state.computeIfAbsent(arguments[0], key -> new ArrayList<>()).add(arguments[1]);
            }
            return state;
        }

        @Override
        public Map<Object, List<Object>> combine(Map<Object, List<Object>> left, Map<Object, List<Object>> right)
        {
            right.forEach((key, values) -> left.computeIfAbsent(key, ignored -> new ArrayList<>()).addAll(values));
            return left;
        }

        @Override
        public Object result(Map<Object, List<Object>> state)
        {
            if (state == null || state.isEmpty()) {
                return null;
            }
            Map<Object, Object> result = new LinkedHashMap<>();
            state.forEach((key, values) -> result.put(key, new ArrayList<>(values)));
            return result;
        }

        @Override
        public boolean skipsNullArguments()
        {
            return false;
        }
    }

    private static final class MapUnion
            implements ObjectAccumulator.Aggregation<Map<Object, Object>>
    {
        @Override
        public Map<Object, Object> initial()
        {
            return new LinkedHashMap<>();
        }

        @Override
        public Map<Object, Object> add(Map<Object, Object> state, Object[] arguments)
        {
            ((Map<?, ?>) arguments[0]).forEach(state::putIfAbsent);
            return state;
        }

        @Override
        public Map<Object, Object> combine(Map<Object, Object> left, Map<Object, Object> right)
        {
            right.forEach(left::putIfAbsent);
            return left;
        }

        @Override
        public Object result(Map<Object, Object> state)
        {
            return state == null ? null : new LinkedHashMap<>(state);
        }
    }
}
