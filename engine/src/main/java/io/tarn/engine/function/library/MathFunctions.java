package io.tarn.engine.function.library;

import io.tarn.engine.exec.expression.Constant;
import io.tarn.engine.function.DerivedReturnType;
import io.tarn.engine.function.FunctionRegistry;
import io.tarn.engine.function.ScalarImplementation;
import io.tarn.engine.function.Scalars;
import io.tarn.error.TarnException;
import io.tarn.storage.vector.BooleanVector;
import io.tarn.storage.vector.DoubleVector;
import io.tarn.storage.vector.LongVector;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;
import java.util.function.UnaryOperator;

import static io.tarn.engine.StandardErrorCode.DIVISION_BY_ZERO;
import static io.tarn.engine.StandardErrorCode.INVALID_FUNCTION_ARGUMENT;
import static io.tarn.engine.StandardErrorCode.NUMERIC_VALUE_OUT_OF_RANGE;

/**
 * Mathematical functions. Integer functions keep their argument's type and fail when the result leaves
 * its range; decimal results take Trino's precision and scale; {@code round} rounds half away from zero.
 */
final class MathFunctions
{
    private static final List<String> INTEGERS = List.of("tinyint", "smallint", "integer", "bigint");
    private static final Map<String, long[]> RANGES = Map.of(
            "tinyint", new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE},
            "smallint", new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
            "integer", new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            "bigint", new long[] {Long.MIN_VALUE, Long.MAX_VALUE});
    private static final double TWO_TO_52 = 0x1p52;

    private MathFunctions() {}

    static void register(FunctionRegistry.Builder functions)
    {
        registerAbsSign(functions);
        registerRounding(functions);
        registerMod(functions);
        registerExponential(functions);
        registerConstants(functions);
        registerTrigonometry(functions);
        registerBuckets(functions);
        registerRandom(functions);
        registerStatistics(functions);
    }

    private static void registerAbsSign(FunctionRegistry.Builder functions)
    {
        for (String type : INTEGERS) {
            long minimum = RANGES.get(type)[0];
            functions.scalar("abs(" + type + "): " + type, "Absolute value", longs(value -> {
                if (value == minimum) {
                    throw new TarnException(NUMERIC_VALUE_OUT_OF_RANGE, "Value " + value + " is out of range for abs(" + type + ")");
                }
                return Math.abs(value);
            }));
            functions.scalar("sign(" + type + "): " + type, "Signum: -1, 0 or 1", longs(Long::signum));
        }
        functions.scalar("abs(double): double", "Absolute value", doubles(Math::abs));
        functions.scalar("abs(real): real", "Absolute value", reals(Math::abs));
        functions.scalar("abs(decimal(p,s)): decimal(p,s)", "Absolute value", Scalars.unary(value -> ((BigDecimal) value).abs()));
        functions.scalar("sign(double): double", "Signum: -1, 0 or 1 (NaN for NaN)", doubles(Math::signum));
        functions.scalar("sign(real): real", "Signum: -1, 0 or 1 (NaN for NaN)", reals(Math::signum));
        functions.scalar("sign(decimal(p,s)): decimal(1,0)", "Signum: -1, 0 or 1", Scalars.unary(value -> BigDecimal.valueOf(((BigDecimal) value).signum())));
    }

    private static void registerRounding(FunctionRegistry.Builder functions)
    {
        for (String type : INTEGERS) {
            functions.scalar("ceil(" + type + "): " + type, "Smallest integer not less than the value", longs(value -> value));
            functions.scalar("floor(" + type + "): " + type, "Largest integer not greater than the value", longs(value -> value));
            functions.scalar("round(" + type + "): " + type, "Rounds to the nearest integer", longs(value -> value));
            long[] range = RANGES.get(type);
            functions.scalar("round(" + type + ", integer): " + type, "Rounds to the given number of decimal places (negative rounds to tens, hundreds, ...), half away from zero",
                    longs((value, decimals) -> {
                        long rounded = roundLong(value, decimals);
                        if (rounded < range[0] || rounded > range[1]) {
                            throw new TarnException(NUMERIC_VALUE_OUT_OF_RANGE, "Out of range for " + type + ": " + rounded);
                        }
                        return rounded;
                    }));
        }
        functions.scalar("ceil(double): double", "Smallest integer not less than the value", doubles(Math::ceil));
        functions.scalar("ceil(real): real", "Smallest integer not less than the value", reals(Math::ceil));
        functions.scalar("ceil(decimal(p,s)): decimal(p,0)", "Smallest integer not less than the value",
                DerivedReturnType.of(MathFunctions::integralDecimal, decimals(value -> value.setScale(0, RoundingMode.CEILING))));
        functions.scalar("floor(double): double", "Largest integer not greater than the value", doubles(Math::floor));
        functions.scalar("floor(real): real", "Largest integer not greater than the value", reals(Math::floor));
        functions.scalar("floor(decimal(p,s)): decimal(p,0)", "Largest integer not greater than the value",
                DerivedReturnType.of(MathFunctions::integralDecimal, decimals(value -> value.setScale(0, RoundingMode.FLOOR))));
        functions.alias("ceiling", "ceil");

        functions.scalar("round(double): double", "Rounds to the nearest integer, half away from zero", doubles(value -> roundDouble(value, 0)));
        functions.scalar("round(double, integer): double", "Rounds to the given number of decimal places, half away from zero", RowKernel.of((arguments, position, result, output) ->
                ((DoubleVector) result).values[position] = roundDouble(((DoubleVector) arguments[0]).values[position], ((LongVector) arguments[1]).values[position])));
        functions.scalar("round(real): real", "Rounds to the nearest integer, half away from zero", reals(value -> roundDouble((float) value, 0)));
        functions.scalar("round(real, integer): real", "Rounds to the given number of decimal places, half away from zero", RowKernel.of((arguments, position, result, output) ->
                ((DoubleVector) result).values[position] = (float) roundDouble((float) ((DoubleVector) arguments[0]).values[position], ((LongVector) arguments[1]).values[position])));
        functions.scalar("round(decimal(p,s)): decimal(p,0)", "Rounds to the nearest integer, half away from zero",
                DerivedReturnType.of(MathFunctions::integralDecimal, decimals(value -> value.setScale(0, RoundingMode.HALF_UP))));
        functions.scalar("round(decimal(p,s), integer): decimal(p,s)", "Rounds to the given number of decimal places, half away from zero",
                DerivedReturnType.of((types, typeFactory) -> decimal(typeFactory, types.get(0).getPrecision() + 1, types.get(0).getScale()),
                        Scalars.binary((value, decimals) -> scaled((BigDecimal) value, (Long) decimals, RoundingMode.HALF_UP))));

        functions.scalar("truncate(double): double", "The value with its fractional part removed", doubles(value -> value < 0 ? Math.ceil(value) : Math.floor(value)));
        functions.scalar("truncate(real): real", "The value with its fractional part removed", reals(value -> value < 0 ? Math.ceil(value) : Math.floor(value)));
        functions.scalar("truncate(decimal(p,s)): decimal(p,0)", "The value with its fractional part removed",
                DerivedReturnType.of((types, typeFactory) -> decimal(typeFactory, Math.max(1, types.get(0).getPrecision() - types.get(0).getScale()), 0),
                        decimals(value -> value.setScale(0, RoundingMode.DOWN))));
        functions.scalar("truncate(decimal(p,s), integer): decimal(p,s)", "The value truncated to the given number of decimal places",
                Scalars.binary((value, decimals) -> scaled((BigDecimal) value, (Long) decimals, RoundingMode.DOWN)));
    }

    /**
     * {@code decimal(p - s + min(s, 1), 0)}: room for a carry when there was a fraction.
     */
    private static RelDataType integralDecimal(List<RelDataType> types, RelDataTypeFactory typeFactory)
    {
        RelDataType type = types.get(0);
        return decimal(typeFactory, type.getPrecision() - type.getScale() + Math.min(type.getScale(), 1), 0);
    }

    private static RelDataType decimal(RelDataTypeFactory typeFactory, int precision, int scale)
    {
        return typeFactory.createSqlType(SqlTypeName.DECIMAL, Math.min(38, precision), scale);
    }

    private static BigDecimal scaled(BigDecimal value, long decimals, RoundingMode mode)
    {
        if (decimals >= value.scale()) {
            return value;
        }
        int target = (int) Math.max(decimals, -(long) value.precision() - 1);
        return value.setScale(target, mode).setScale(value.scale(), RoundingMode.UNNECESSARY);
    }

    private static long roundLong(long value, long decimals)
    {
        if (decimals >= 0) {
            return value;
        }
        try {
            BigDecimal rounded = BigDecimal.valueOf(value).setScale((int) Math.max(decimals, -20), RoundingMode.HALF_UP);
            if (-decimals > 18) {
                throw new ArithmeticException("overflow");
            }
            return rounded.longValueExact();
        }
        catch (ArithmeticException e) {
            throw new TarnException(NUMERIC_VALUE_OUT_OF_RANGE, "numerical overflow: " + value);
        }
    }

    /**
     * Half away from zero at the given number of decimal places; values whose scaled magnitude is beyond
     * 2^52 already have no digits to round there.
     */
    static double roundDouble(double value, long decimals)
    {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        double factor = Math.pow(10, decimals);
        double scaled = Math.abs(value) * factor;
        if (Double.isInfinite(scaled) || scaled >= TWO_TO_52) {
            return value;
        }
        double rounded = Math.round(scaled) / factor;
        return value < 0 ? -rounded : rounded;
    }

    private static void registerMod(FunctionRegistry.Builder functions)
    {
        for (String type : INTEGERS) {
            functions.scalar("mod(" + type + ", " + type + "): " + type, "Remainder of the division, with the sign of the dividend", longs((dividend, divisor) -> {
                if (divisor == 0) {
                    throw new TarnException(DIVISION_BY_ZERO, "Division by zero");
                }
                return dividend % divisor;
            }));
        }
        functions.scalar("mod(double, double): double", "Remainder of the division, with the sign of the dividend", doubles((dividend, divisor) -> dividend % divisor));
        functions.scalar("mod(real, real): real", "Remainder of the division, with the sign of the dividend", reals((dividend, divisor) -> dividend % divisor));
        functions.scalar("mod(decimal(p,s), decimal(q,t)): decimal(p,s)", "Remainder of the division, with the sign of the dividend",
                DerivedReturnType.of((types, typeFactory) -> {
                    RelDataType dividend = types.get(0);
                    RelDataType divisor = types.get(1);
                    int scale = Math.max(dividend.getScale(), divisor.getScale());
                    return decimal(typeFactory, Math.min(divisor.getPrecision() - divisor.getScale(), dividend.getPrecision() - dividend.getScale()) + scale, scale);
                }, Scalars.binary((dividend, divisor) -> {
                    if (((BigDecimal) divisor).signum() == 0) {
                        throw new TarnException(DIVISION_BY_ZERO, "Division by zero");
                    }
                    return ((BigDecimal) dividend).remainder((BigDecimal) divisor);
                })));
    }

    private static void registerExponential(FunctionRegistry.Builder functions)
    {
        functions.scalar("power(double, double): double", "The first argument raised to the power of the second", doubles(Math::pow));
        functions.alias("pow", "power");
        functions.scalar("sqrt(double): double", "Square root", doubles(Math::sqrt));
        functions.scalar("cbrt(double): double", "Cube root", doubles(Math::cbrt));
        functions.scalar("exp(double): double", "Euler's number raised to the power of the value", doubles(Math::exp));
        functions.scalar("ln(double): double", "Natural logarithm", doubles(Math::log));
        functions.scalar("log2(double): double", "Logarithm to base 2", doubles(value -> Math.log(value) / Math.log(2)));
        functions.scalar("log10(double): double", "Logarithm to base 10", doubles(Math::log10));
        functions.scalar("log(double, double): double", "Logarithm of the second argument to the base given by the first", doubles((base, value) -> Math.log(value) / Math.log(base)));
    }

    private static void registerConstants(FunctionRegistry.Builder functions)
    {
        functions.scalar("pi(): double", "The constant Pi", call -> new Constant(Math.PI, call.returnType()));
        functions.scalar("e(): double", "Euler's number", call -> new Constant(Math.E, call.returnType()));
        functions.scalar("infinity(): double", "Positive infinity", call -> new Constant(Double.POSITIVE_INFINITY, call.returnType()));
        functions.scalar("nan(): double", "Not a number", call -> new Constant(Double.NaN, call.returnType()));
        functions.scalar("is_nan(double): boolean", "Whether the value is not a number", doubleTest(Double::isNaN));
        functions.scalar("is_nan(real): boolean", "Whether the value is not a number", doubleTest(Double::isNaN));
        functions.scalar("is_finite(double): boolean", "Whether the value is finite", doubleTest(Double::isFinite));
        functions.scalar("is_infinite(double): boolean", "Whether the value is infinite", doubleTest(Double::isInfinite));
    }

    private static void registerTrigonometry(FunctionRegistry.Builder functions)
    {
        functions.scalar("degrees(double): double", "Converts an angle in radians to degrees", doubles(Math::toDegrees));
        functions.scalar("radians(double): double", "Converts an angle in degrees to radians", doubles(Math::toRadians));
        functions.scalar("sin(double): double", "Sine", doubles(Math::sin));
        functions.scalar("cos(double): double", "Cosine", doubles(Math::cos));
        functions.scalar("tan(double): double", "Tangent", doubles(Math::tan));
        functions.scalar("asin(double): double", "Arc sine", doubles(Math::asin));
        functions.scalar("acos(double): double", "Arc cosine", doubles(Math::acos));
        functions.scalar("atan(double): double", "Arc tangent", doubles(Math::atan));
        functions.scalar("atan2(double, double): double", "Arc tangent of the first argument divided by the second", doubles(Math::atan2));
        functions.scalar("sinh(double): double", "Hyperbolic sine", doubles(Math::sinh));
        functions.scalar("cosh(double): double", "Hyperbolic cosine", doubles(Math::cosh));
        functions.scalar("tanh(double): double", "Hyperbolic tangent", doubles(Math::tanh));
    }

    private static void registerBuckets(FunctionRegistry.Builder functions)
    {
        functions.scalar("width_bucket(double, double, double, bigint): bigint", "Bucket of the value in a histogram of equal-width buckets between the bounds",
                Scalars.rowwise((arguments, context) -> widthBucket((Double) arguments[0], (Double) arguments[1], (Double) arguments[2], (Long) arguments[3])));
        functions.scalar("width_bucket(double, array(double)): bigint", "Bucket of the value among buckets starting at the given ascending bins",
                Scalars.binary((operand, bins) -> widthBucket((Double) operand, (List<?>) bins)));
        functions.scalar("from_base(varchar, bigint): bigint", "The number written in the given radix", Scalars.binary((text, radix) -> {
            int base = radix((Long) radix);
            try {
                return Long.parseLong((String) text, base);
            }
            catch (NumberFormatException e) {
                throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Not a valid base-" + base + " number: " + text);
            }
        }));
        functions.scalar("to_base(bigint, bigint): varchar", "The number written in the given radix", Scalars.binary((value, radix) -> Long.toString((Long) value, radix((Long) radix))));
    }

    private static int radix(long radix)
    {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Radix must be between " + Character.MIN_RADIX + " and " + Character.MAX_RADIX);
        }
        return (int) radix;
    }

    private static long widthBucket(double operand, double bound1, double bound2, long bucketCount)
    {
        check(bucketCount > 0, "bucketCount must be greater than 0");
        check(!Double.isNaN(operand), "operand must not be NaN");
        check(Double.isFinite(bound1), "first bound must be finite");
        check(Double.isFinite(bound2), "second bound must be finite");
        check(bound1 != bound2, "bounds cannot equal each other");
        double lower = Math.min(bound1, bound2);
        double upper = Math.max(bound1, bound2);
        long bucket;
        if (operand < lower) {
            bucket = 0;
        }
        else if (operand >= upper) {
            if (bucketCount == Long.MAX_VALUE) {
                throw new TarnException(NUMERIC_VALUE_OUT_OF_RANGE, "Bucket for value " + operand + " is out of range");
            }
            bucket = bucketCount + 1;
        }
        else {
            bucket = (long) ((double) bucketCount * (operand - lower) / (upper - lower) + 1);
        }
        return bound1 > bound2 ? bucketCount - bucket + 1 : bucket;
    }

    private static long widthBucket(double operand, List<?> bins)
    {
        check(!bins.isEmpty(), "Bins cannot be an empty array");
        check(!Double.isNaN(operand), "Operand cannot be NaN");
        int lower = 0;
        int upper = bins.size();
        while (lower < upper) {
            if (bin(bins, lower) > bin(bins, upper - 1)) {
                throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Bin values are not sorted in ascending order");
            }
            int middle = (lower + upper) / 2;
            double bin = bin(bins, middle);
            check(Double.isFinite(bin), "Bin value must be finite, got " + bin);
            if (operand < bin) {
                upper = middle;
            }
            else {
                lower = middle + 1;
            }
        }
        return lower;
    }

    private static double bin(List<?> bins, int index)
    {
        Object value = bins.get(index);
        return value == null ? 0 : (Double) value;
    }

    private static void registerRandom(FunctionRegistry.Builder functions)
    {
        functions.nondeterministicScalar("random(): double", "A pseudo-random value in [0, 1)",
                RowKernel.of((arguments, position, result, output) -> ((DoubleVector) result).values[position] = ThreadLocalRandom.current().nextDouble()));
        for (String type : INTEGERS) {
            functions.nondeterministicScalar("random(" + type + "): " + type, "A pseudo-random number in [0, bound)", longs(bound -> {
                check(bound > 0, "bound must be positive");
                return ThreadLocalRandom.current().nextLong(bound);
            }));
            functions.nondeterministicScalar("random(" + type + ", " + type + "): " + type, "A pseudo-random number in [start, stop)", longs((start, stop) -> {
                check(start < stop, "start value must be less than stop value");
                return ThreadLocalRandom.current().nextLong(start, stop);
            }));
        }
        functions.alias("rand", "random");
    }

    private static void registerStatistics(FunctionRegistry.Builder functions)
    {
        functions.scalar("wilson_interval_lower(bigint, bigint, double): double", "Lower bound of the Wilson score interval of a Bernoulli process at the given z-score",
                Scalars.rowwise((arguments, context) -> wilsonInterval((Long) arguments[0], (Long) arguments[1], (Double) arguments[2], false)));
        functions.scalar("wilson_interval_upper(bigint, bigint, double): double", "Upper bound of the Wilson score interval of a Bernoulli process at the given z-score",
                Scalars.rowwise((arguments, context) -> wilsonInterval((Long) arguments[0], (Long) arguments[1], (Double) arguments[2], true)));
        functions.scalar("cosine_similarity(array(double), array(double)): double", "Cosine similarity of the vectors",
                Scalars.binary((left, right) -> cosineSimilarity((List<?>) left, (List<?>) right)));
        functions.scalar("cosine_similarity(map(varchar,double), map(varchar,double)): double", "Cosine similarity of the sparse vectors (keys absent from one map count as 0)",
                Scalars.binary((left, right) -> sparseCosineSimilarity((Map<?, ?>) left, (Map<?, ?>) right)));
        functions.scalar("cosine_distance(array(double), array(double)): double", "1 minus the cosine similarity of the vectors",
                Scalars.binary((left, right) -> {
                    Double similarity = cosineSimilarity((List<?>) left, (List<?>) right);
                    return similarity == null ? null : 1 - similarity;
                }));
    }

    private static double wilsonInterval(long successes, long trials, double z, boolean upper)
    {
        check(successes >= 0, "number of successes must not be negative");
        check(trials > 0, "number of trials must be positive");
        check(successes <= trials, "number of successes must not be larger than number of trials");
        check(z >= 0, "z-score must not be negative");
        double n = trials;
        double p = successes / n;
        double zSquared = z * z;
        double factor = 1 / (1 + zSquared / n);
        double center = p + zSquared / (2 * n);
        double error = z * Math.sqrt(p * (1 - p) / n + zSquared / (4 * n * n));
        return factor * (upper ? center + error : center - error);
    }

    private static Double cosineSimilarity(List<?> left, List<?> right)
    {
        check(left.size() == right.size(), "The arguments must have the same length");
        if (left.contains(null) || right.contains(null)) {
            return null;
        }
        double dot = 0;
        double leftSquares = 0;
        double rightSquares = 0;
        for (int index = 0; index < left.size(); index++) {
            double leftValue = (Double) left.get(index);
            double rightValue = (Double) right.get(index);
            dot += leftValue * rightValue;
            leftSquares += leftValue * leftValue;
            rightSquares += rightValue * rightValue;
        }
        check(leftSquares != 0 && rightSquares != 0, "Vector magnitude cannot be zero");
        return dot / Math.sqrt(leftSquares * rightSquares);
    }

    /**
     * Null when a value is null; NaN, not an error, for a zero vector.
     */
    private static Double sparseCosineSimilarity(Map<?, ?> left, Map<?, ?> right)
    {
        if (left.containsValue(null) || right.containsValue(null)) {
            return null;
        }
        double dot = 0;
        for (Map.Entry<?, ?> entry : left.entrySet()) {
            Object other = right.get(entry.getKey());
            if (other != null) {
                dot += (Double) entry.getValue() * (Double) other;
            }
        }
        return dot / (norm(left) * norm(right));
    }

    private static double norm(Map<?, ?> vector)
    {
        double squares = 0;
        for (Object value : vector.values()) {
            squares += (Double) value * (Double) value;
        }
        return Math.sqrt(squares);
    }

    private static void check(boolean condition, String message)
    {
        if (!condition) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, message);
        }
    }

    private static ScalarImplementation doubles(DoubleUnaryOperator function)
    {
        return RowKernel.of((arguments, position, result, output) ->
                ((DoubleVector) result).values[position] = function.applyAsDouble(((DoubleVector) arguments[0]).values[position]));
    }

    private static ScalarImplementation doubles(DoubleBinaryOperator function)
    {
        return RowKernel.of((arguments, position, result, output) ->
                ((DoubleVector) result).values[position] = function.applyAsDouble(((DoubleVector) arguments[0]).values[position], ((DoubleVector) arguments[1]).values[position]));
    }

    /**
     * A {@code real} result is rounded to single precision, as Trino computes it.
     */
    private static ScalarImplementation reals(DoubleUnaryOperator function)
    {
        return doubles(value -> (float) function.applyAsDouble(value));
    }

    private static ScalarImplementation reals(DoubleBinaryOperator function)
    {
        return doubles((left, right) -> (float) function.applyAsDouble((float) left, (float) right));
    }

    private static ScalarImplementation doubleTest(DoublePredicate predicate)
    {
        return RowKernel.of((arguments, position, result, output) ->
                ((BooleanVector) result).values[position] = predicate.test(((DoubleVector) arguments[0]).values[position]));
    }

    private static ScalarImplementation longs(LongUnaryOperator function)
    {
        return RowKernel.of((arguments, position, result, output) ->
                ((LongVector) result).values[position] = function.applyAsLong(((LongVector) arguments[0]).values[position]));
    }

    private static ScalarImplementation longs(LongBinaryOperator function)
    {
        return RowKernel.of((arguments, position, result, output) ->
                ((LongVector) result).values[position] = function.applyAsLong(((LongVector) arguments[0]).values[position], ((LongVector) arguments[1]).values[position]));
    }

    private static ScalarImplementation decimals(UnaryOperator<BigDecimal> function)
    {
        return Scalars.unary(value -> function.apply((BigDecimal) value));
    }
}
