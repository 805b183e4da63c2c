-- Mathematical functions, checked against Trino 476.

-- abs keeps the argument's type
SELECT abs(-5), abs(5), abs(CAST(-3 AS tinyint)), abs(CAST(-3 AS smallint)), abs(-9223372036854775807), abs(-2.5e0), abs(REAL '-1.5'), abs(-1.25), abs(CAST(NULL AS integer));
> types integer, integer, tinyint, smallint, bigint, double, real, decimal(3,2), integer
> 5 | 5 | 3 | 3 | 9223372036854775807 | 2.5 | 1.5 | 1.25 | NULL

SELECT abs(-0.0e0), abs(-infinity()), abs(nan()), abs(CAST(-12.300 AS decimal(10,3)));
> 0.0 | Infinity | NaN | 12.300

SELECT abs(-9223372036854775808);
> error NUMERIC_VALUE_OUT_OF_RANGE

SELECT abs(CAST(-128 AS tinyint));
> error NUMERIC_VALUE_OUT_OF_RANGE

SELECT abs(-2147483648);
> error NUMERIC_VALUE_OUT_OF_RANGE

-- ceil, ceiling, floor
SELECT ceil(1.2e0), ceiling(-1.2e0), floor(1.8e0), floor(-1.2e0), ceil(5), floor(CAST(5 AS bigint)), ceil(REAL '1.5'), floor(REAL '-1.5');
> types double, double, double, double, integer, bigint, real, real
> 2.0 | -1.0 | 1.0 | -2.0 | 5 | 5 | 2.0 | -2.0

SELECT ceil(1.25), floor(1.25), ceil(-1.25), floor(-1.25), ceiling(CAST(12.5 AS decimal(5,1))), floor(CAST(99.99 AS decimal(4,2))), ceil(99.99), ceil(CAST(7 AS decimal(3,0)));
> types decimal(2,0), decimal(2,0), decimal(2,0), decimal(2,0), decimal(5,0), decimal(3,0), decimal(3,0), decimal(3,0)
> 2 | 1 | -1 | -2 | 13 | 99 | 100 | 7

SELECT ceil(nan()), floor(infinity()), ceil(-0.5e0), ceil(CAST(NULL AS double)), floor(CAST(NULL AS decimal(3,1)));
> NaN | Infinity | -0.0 | NULL | NULL

-- round: half away from zero
SELECT round(2.5e0), round(-2.5e0), round(1.4e0), round(0.5e0), round(-0.5e0), round(5), round(CAST(15 AS bigint), -1), round(25, -1), round(-25, -1), round(14, -1);
> types double, double, double, double, double, integer, bigint, integer, integer, integer
> 3.0 | -3.0 | 1.0 | 1.0 | -1.0 | 5 | 20 | 30 | -30 | 10

SELECT round(1.005e0, 2), round(3.14159e0, 3), round(-3.14159e0, 2), round(1234.5e0, -2), round(1.5e0, 0), round(REAL '2.5'), round(REAL '1.2345', 2), round(nan(), 2), round(infinity());
> types double, double, double, double, double, real, real, double, double
> 1.0 | 3.142 | -3.14 | 1200.0 | 2.0 | 3.0 | 1.23 | NaN | Infinity

SELECT round(1.25), round(1.25, 1), round(-1.25, 1), round(1.35, 1), round(12.345, -1), round(99.5), round(CAST(9.99 AS decimal(3,2)), 1), round(CAST(0.5 AS decimal(2,1)));
> types decimal(2,0), decimal(4,2), decimal(4,2), decimal(4,2), decimal(6,3), decimal(3,0), decimal(4,2), decimal(2,0)
> 1 | 1.30 | -1.30 | 1.40 | 10.000 | 100 | 10.00 | 1

SELECT round(123, -5), round(1.23e300, 2), round(5.0e-324, 2), round(1e20, 2), round(12.5e0, 5), round(1e20), round(-1e19, 0), round(4.5e15 + 0.5, 0), round(0.49999999999999994e0), round(1.5e0, 2147483647), round(2.5e-310, 310);
> 0 | 1.23E300 | 0.0 | 1.0E20 | 12.5 | 1.0E20 | -1.0E19 | 4.500000000000001E15 | 0.0 | 1.5 | 2.5E-310

SELECT round(123456789012.345e0, 2), round(9.3e18, 0), round(1.5e17, -1), round(1.5e-5, 5), round(99.5, -2), round(-99.5, -2), round(0.5, -1), truncate(99.5, -2), round(25, -18);
> 1.2345678901235E11 | 9.3E18 | 1.5E17 | 2.0E-5 | 100.0 | -100.0 | 0.0 | 0.0 | 0

SELECT round(CAST(127 AS tinyint), -1);
> error NUMERIC_VALUE_OUT_OF_RANGE

SELECT round(9223372036854775807, -1);
> error NUMERIC_VALUE_OUT_OF_RANGE

SELECT round(25, -19);
> error NUMERIC_VALUE_OUT_OF_RANGE

SELECT round(CAST(NULL AS double)), round(1.5e0, NULL), round(CAST(NULL AS decimal(3,2)), 1);
> NULL | NULL | NULL

-- truncate
SELECT truncate(1.9e0), truncate(-1.9e0), truncate(REAL '2.7'), truncate(1.99), truncate(-1.99), truncate(1.999, 2), truncate(-1.999, 1), truncate(123.45, -1);
> types double, double, real, decimal(1,0), decimal(1,0), decimal(4,3), decimal(4,3), decimal(5,2)
> 1.0 | -1.0 | 2.0 | 1 | -1 | 1.990 | -1.900 | 120.00

-- mod: sign of the dividend
SELECT mod(7, 3), mod(-7, 3), mod(7, -3), mod(CAST(7 AS bigint), 2), mod(7.5e0, 2), mod(-7.5e0, 2), mod(7.5, 2), mod(REAL '5.5', 2), mod(5, 2.5e0);
> types integer, integer, integer, bigint, double, double, decimal(2,1), real, double
> 1 | -1 | 1 | 1 | 1.5 | -1.5 | 1.5 | 1.5 | 0.0

-- Differs from Trino: Trino 476 fails with GENERIC_INTERNAL_ERROR (an unchecked ArithmeticException);
-- Tarn reports DIVISION_BY_ZERO, as Trino does for mod of decimals.
SELECT mod(7, 0);
> error DIVISION_BY_ZERO

SELECT mod(7.5e0, 0), mod(CAST(NULL AS integer), 2);
> NaN | NULL

SELECT mod(1.5, 0);
> error DIVISION_BY_ZERO

-- power, sqrt, cbrt, exp, ln, logs
SELECT power(2, 10), pow(2.5e0, 2), power(-8, 1.0e0/3), power(0, 0), power(2, -1), sqrt(16), sqrt(2), sqrt(-1), cbrt(27), cbrt(-8);
> types double, double, double, double, double, double, double, double, double, double
> 1024.0 | 6.25 | NaN | 1.0 | 0.5 | 4.0 | 1.4142135623730951 | NaN | 3.0 | -2.0

SELECT exp(0), exp(1), ln(1), ln(0), ln(-1), log2(8), log10(1000), log(2, 8), log(10, 100), log(1, 5), log(0, 5);
> types double, double, double, double, double, double, double, double, double, double, double
> 1.0 | 2.718281828459045 | 0.0 | -Infinity | NaN | 3.0 | 3.0 | 3.0 | 2.0 | Infinity | -0.0

SELECT e(), pi(), infinity(), -infinity(), nan(), is_nan(nan()), is_nan(1.0e0), is_nan(REAL 'NaN'), is_finite(infinity()), is_finite(1.0e0), is_infinite(-infinity()), is_infinite(nan());
> types double, double, double, double, double, boolean, boolean, boolean, boolean, boolean, boolean, boolean
> 2.718281828459045 | 3.141592653589793 | Infinity | -Infinity | NaN | true | false | true | false | true | true | false

SELECT sqrt(CAST(NULL AS double)), power(2, NULL), is_nan(NULL), log(NULL, 2);
> NULL | NULL | NULL | NULL

-- sign
SELECT sign(-5), sign(0), sign(CAST(7 AS bigint)), sign(-2.5e0), sign(0.0e0), sign(nan()), sign(infinity()), sign(-1.50), sign(CAST(0 AS decimal(3,1))), sign(REAL '-0.5');
> types integer, integer, bigint, double, double, double, double, decimal(1,0), decimal(1,0), real
> -1 | 0 | 1 | -1.0 | 0.0 | NaN | 1.0 | -1 | 0 | -1.0

-- trigonometry, degrees, radians
SELECT sin(0), cos(0), tan(0), asin(1), acos(1), atan(1), atan2(1, 1), sinh(0), cosh(0), tanh(0), degrees(pi()), radians(180);
> types double, double, double, double, double, double, double, double, double, double, double, double
> 0.0 | 1.0 | 0.0 | 1.5707963267948966 | 0.0 | 0.7853981633974483 | 0.7853981633974483 | 0.0 | 1.0 | 0.0 | 180.0 | 3.141592653589793

SELECT asin(2), acos(-2), atan2(0, -1), degrees(1), radians(1), sin(pi() / 2), cos(pi()), tan(pi() / 4);
> NaN | NaN | 3.141592653589793 | 57.29577951308232 | 0.017453292519943295 | 1.0 | -1.0 | 0.9999999999999999

-- width_bucket
SELECT width_bucket(5.3e0, 0.2e0, 10.6e0, 5), width_bucket(-1, 0, 10, 5), width_bucket(10, 0, 10, 5), width_bucket(11, 0, 10, 5), width_bucket(0, 0, 10, 5), width_bucket(5, 10, 0, 5), width_bucket(10, 10, 0, 5), width_bucket(0, 10, 0, 5);
> types bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint
> 3 | 0 | 6 | 6 | 1 | 3 | 0 | 5

SELECT width_bucket(3, ARRAY[1, 2, 5]), width_bucket(0, ARRAY[1, 2, 5]), width_bucket(5, ARRAY[1, 2, 5]), width_bucket(6, ARRAY[1e0, 2e0, 5e0]), width_bucket(1, ARRAY[1]);
> types bigint, bigint, bigint, bigint, bigint
> 2 | 0 | 3 | 3 | 1

SELECT width_bucket(5, 0, 10, 0);
> error INVALID_FUNCTION_ARGUMENT

SELECT width_bucket(5, 1, 1, 3);
> error INVALID_FUNCTION_ARGUMENT

SELECT width_bucket(nan(), 0, 10, 3);
> error INVALID_FUNCTION_ARGUMENT

SELECT width_bucket(5, ARRAY[3, 1]);
> error INVALID_FUNCTION_ARGUMENT

-- from_base, to_base
SELECT from_base('ff', 16), from_base('-101', 2), from_base('zz', 36), from_base('7fffffffffffffff', 16), to_base(255, 16), to_base(-5, 2), to_base(0, 7), to_base(35, 36);
> types bigint, bigint, bigint, bigint, varchar, varchar, varchar, varchar
> 255 | -5 | 1295 | 9223372036854775807 | ff | -101 | 0 | z

SELECT from_base('12', 2);
> error INVALID_FUNCTION_ARGUMENT

SELECT from_base('1', 37);
> error INVALID_FUNCTION_ARGUMENT

SELECT to_base(10, 1);
> error INVALID_FUNCTION_ARGUMENT

SELECT from_base('8000000000000000', 16);
> error INVALID_FUNCTION_ARGUMENT

-- random: nondeterministic, so only its range is checked
SELECT random() >= 0 AND random() < 1, rand() < 1, random(10) BETWEEN 0 AND 9, random(5, 7) BETWEEN 5 AND 6, random(CAST(3 AS tinyint)) < 3, random(1), rand(CAST(5 AS bigint)) < 5;
> types boolean, boolean, boolean, boolean, boolean, integer, boolean
> true | true | true | true | true | 0 | true

SELECT count(DISTINCT random()) FROM (VALUES 1, 2, 3, 4, 5, 6, 7, 8, 9, 10) t(x);
> 10

SELECT random(0);
> error INVALID_FUNCTION_ARGUMENT

SELECT random(5, 5);
> error INVALID_FUNCTION_ARGUMENT

-- statistics helpers
SELECT wilson_interval_lower(20, 100, 1.96), wilson_interval_upper(20, 100, 1.96), cosine_similarity(ARRAY[1.0e0, 0.0e0], ARRAY[1.0e0, 1.0e0]), cosine_distance(ARRAY[1.0e0, 2.0e0], ARRAY[2.0e0, 4.0e0]);
> types double, double, double, double
> 0.1333659225590988 | 0.28883096192650237 | 0.7071067811865475 | 0.0

SELECT wilson_interval_lower(0, 10, 1.96), wilson_interval_upper(10, 10, 0), wilson_interval_lower(1, 3, 2.5), cosine_similarity(ARRAY[1e0, NULL], ARRAY[1e0, 2e0]);
> -2.0052288475052677E-17 | 1.0 | 0.04242178227097037 | NULL

SELECT cosine_similarity(MAP(ARRAY['a', 'b'], ARRAY[1e0, 2e0]), MAP(ARRAY['b', 'c'], ARRAY[2e0, 4e0])), cosine_similarity(MAP(ARRAY['a'], ARRAY[1e0]), MAP(ARRAY['b'], ARRAY[1e0])), cosine_similarity(MAP(ARRAY['a'], ARRAY[NULL]), MAP(ARRAY['a'], ARRAY[1e0])), cosine_similarity(MAP(ARRAY['x', 'y'], ARRAY[1e0, 2e0]), MAP(ARRAY['x', 'y'], ARRAY[2e0, 4e0])), cosine_similarity(MAP(ARRAY['a'], ARRAY[0e0]), MAP(ARRAY['a'], ARRAY[1e0]));
> types double, double, double, double, double
> 0.3999999999999999 | 0.0 | NULL | 0.9999999999999998 | NaN

SELECT wilson_interval_lower(5, 3, 1);
> error INVALID_FUNCTION_ARGUMENT

SELECT cosine_similarity(ARRAY[0e0], ARRAY[1e0]);
> error INVALID_FUNCTION_ARGUMENT

SELECT cosine_similarity(ARRAY[1e0], ARRAY[1e0, 2e0]);
> error INVALID_FUNCTION_ARGUMENT

-- Functions over a column with nulls
SELECT x, abs(x), sign(x), sqrt(abs(x)), round(x / 3.0e0, 1), mod(x, 4) FROM (VALUES -9, 0, NULL, 16) t(x) ORDER BY x;
> -9 | 9 | -1 | 3.0 | -3.0 | -1
> 0 | 0 | 0 | 0.0 | 0.0 | 0
> 16 | 16 | 1 | 4.0 | 5.3 | 0
> NULL | NULL | NULL | NULL | NULL | NULL
