-- Aggregate functions, checked against Trino 476.

-- standard aggregates: result types and values
SELECT count(*), count(x), sum(x), avg(x), min(x), max(x) FROM (VALUES 1, 2, NULL, 4) t(x);
> types bigint, bigint, bigint, double, integer, integer
> 4 | 3 | 7 | 2.3333333333333335 | 1 | 4

SELECT sum(x), avg(x), min(x), max(x) FROM (VALUES CAST(1 AS bigint), 2, 3) t(x);
> types bigint, double, bigint, bigint
> 6 | 2.0 | 1 | 3

SELECT sum(x), avg(x), min(x), max(x) FROM (VALUES 1.5e0, 2.5e0, -1e0) t(x);
> types double, double, double, double
> 3.0 | 1.0 | -1.0 | 2.5

SELECT sum(x), avg(x), min(x), max(x) FROM (VALUES REAL '1.5', REAL '2.25') t(x);
> types real, real, real, real
> 3.75 | 1.875 | 1.5 | 2.25

SELECT sum(x), avg(x), min(x), max(x) FROM (VALUES 1.25, 2.50, 3.75) t(x);
> types decimal(38,2), decimal(3,2), decimal(3,2), decimal(3,2)
> 7.50 | 2.50 | 1.25 | 3.75

SELECT sum(x), avg(x) FROM (VALUES 1.0, 2.0) t(x);
> types decimal(38,1), decimal(2,1)
> 3.0 | 1.5

SELECT sum(x), avg(x) FROM (VALUES CAST(1 AS smallint), CAST(2 AS smallint)) t(x);
> types bigint, double
> 3 | 1.5

-- Trino types min and max of these literals varchar(1), as Tarn does (the types line is written by hand).
SELECT min(x), max(x), count(x), count(DISTINCT x) FROM (VALUES 'b', 'a', 'é', NULL, 'a') t(x);
> types varchar(1), varchar(1), bigint, bigint
> a | é | 4 | 3

SELECT min(x), max(x) FROM (VALUES TIMESTAMP '2023-01-02 03:04:05.678', TIMESTAMP '2021-06-07 08:09:10.111') t(x);
> types timestamp(3), timestamp(3)
> 2021-06-07 08:09:10.111 | 2023-01-02 03:04:05.678

SELECT min(x), max(x) FROM (VALUES DATE '2023-01-02', DATE '2021-06-07') t(x);
> types date, date
> 2021-06-07 | 2023-01-02

SELECT min(x), max(x) FROM (VALUES true, false) t(x);
> types boolean, boolean
> false | true

SELECT min(x), max(x) FROM (VALUES ARRAY[1, 2], ARRAY[1, 3], ARRAY[0]) t(x);
> [0] | [1, 3]

SELECT count(*), count(x), sum(x), avg(x), min(x), max(x) FROM (VALUES 1, 2) t(x) WHERE x > 5;
> 0 | 0 | NULL | NULL | NULL | NULL

SELECT sum(x) FROM (VALUES 9223372036854775807, 1) t(x);
> error NUMERIC_VALUE_OUT_OF_RANGE

SELECT avg(x) FROM (VALUES 9223372036854775807, 9223372036854775807) t(x);
> 9.223372036854776E18

SELECT k, count(*), count(DISTINCT v), sum(DISTINCT v) FROM (VALUES ('a', 1), ('a', 1), ('a', 2), ('b', NULL), ('b', 3)) t(k, v) GROUP BY k ORDER BY k;
> a | 3 | 2 | 3
> b | 2 | 1 | 3

-- count_if
SELECT count_if(x > 1), count_if(x IS NULL), count_if(false) FROM (VALUES 1, 2, 3, NULL) t(x);
> types bigint, bigint, bigint
> 2 | 1 | 0

SELECT k, count_if(v) FROM (VALUES ('a', true), ('a', false), ('a', NULL), ('b', false)) t(k, v) GROUP BY k ORDER BY k;
> a | 1
> b | 0

SELECT count_if(x) FROM (VALUES true) t(x) WHERE false;
> 0

-- arbitrary, any_value
SELECT arbitrary(x), any_value(x) FROM (VALUES 7) t(x);
> types integer, integer
> 7 | 7

SELECT arbitrary(x) FROM (VALUES CAST(NULL AS integer), NULL) t(x);
> NULL

-- min_by, max_by
SELECT min_by(v, k), max_by(v, k) FROM (VALUES ('a', 3), ('b', 1), ('c', 2)) t(v, k);
> types varchar, varchar
> b | a

SELECT min_by(v, k), max_by(v, k) FROM (VALUES ('a', 3), (NULL, 1), ('c', NULL)) t(v, k);
> NULL | a

SELECT max_by(v, k, 2), min_by(v, k, 2), max_by(v, k, 5) FROM (VALUES ('a', 3), ('b', 1), ('c', 2)) t(v, k);
> types array(varchar), array(varchar), array(varchar)
> [a, c] | [b, c] | [a, c, b]

SELECT g, max_by(v, k), min_by(v, k) FROM (VALUES (1, 'x', 1.5e0), (1, 'y', 2.5e0), (2, 'z', 0e0)) t(g, v, k) GROUP BY g ORDER BY g;
> 1 | y | x
> 2 | z | z

SELECT max_by(v, k, 0) FROM (VALUES ('a', 3)) t(v, k);
> error INVALID_FUNCTION_ARGUMENT

-- array_agg keeps nulls; an empty group gives null
SELECT array_agg(x) FROM (VALUES 1, NULL, 3) t(x);
> types array(integer)
> [1, NULL, 3]

SELECT array_agg(x) FROM (VALUES 1) t(x) WHERE x > 5;
> NULL

SELECT array_agg(x ORDER BY x DESC) FROM (VALUES 2, 1, 3) t(x);
> [3, 2, 1]

SELECT k, array_agg(v ORDER BY v) FROM (VALUES ('a', 'z'), ('a', 'y'), ('b', 'x')) t(k, v) GROUP BY k ORDER BY k;
> a | [y, z]
> b | [x]

-- approx_distinct: exact for small inputs; the error bound is checked on larger ones
SELECT approx_distinct(x), approx_distinct(x, 0.1) FROM (VALUES 1, 2, 2, 3, NULL) t(x);
> types bigint, bigint
> 3 | 3

SELECT approx_distinct(x) FROM (VALUES 'a', 'b', 'a', 'é') t(x);
> 3

SELECT approx_distinct(x) FROM (VALUES 1.5e0, 2.5e0, 1.5e0, nan(), nan(), 0e0, -0e0) t(x);
> 4

SELECT approx_distinct(x) FROM (VALUES ARRAY[1], ARRAY[1], ARRAY[2]) t(x);
> 2

SELECT approx_distinct(x), approx_distinct(y) FROM (VALUES (true, DATE '2020-01-01'), (false, DATE '2020-01-01'), (true, DATE '2021-01-01')) t(x, y);
> 2 | 2

SELECT approx_distinct(x) FROM (VALUES 1) t(x) WHERE x > 5;
> 0

SELECT approx_distinct(x, 0.001) FROM (VALUES 1) t(x);
> error INVALID_FUNCTION_ARGUMENT

-- 100000 distinct values: within three standard errors
SELECT abs(approx_distinct(a.x * 10000 + b.x * 1000 + c.x * 100 + d.x * 10 + e.x) - 100000) < 100000 * 0.023 * 3 FROM (VALUES 0, 1, 2, 3, 4, 5, 6, 7, 8, 9) a(x) CROSS JOIN (VALUES 0, 1, 2, 3, 4, 5, 6, 7, 8, 9) b(x) CROSS JOIN (VALUES 0, 1, 2, 3, 4, 5, 6, 7, 8, 9) c(x) CROSS JOIN (VALUES 0, 1, 2, 3, 4, 5, 6, 7, 8, 9) d(x) CROSS JOIN (VALUES 0, 1, 2, 3, 4, 5, 6, 7, 8, 9) e(x);
> true

SELECT abs(approx_distinct(CAST(a.x * 10000 + b.x * 1000 + c.x * 100 + d.x * 10 + e.x AS varchar)) - 100000) < 100000 * 0.023 * 3, abs(approx_distinct(c.x * 100 + d.x * 10 + e.x) - 1000) < 1000 * 0.023 * 3 FROM (VALUES 0, 1, 2, 3, 4, 5, 6, 7, 8, 9) a(x) CROSS JOIN (VALUES 0, 1, 2, 3, 4, 5, 6, 7, 8, 9) b(x) CROSS JOIN (VALUES 0, 1, 2, 3, 4, 5, 6, 7, 8, 9) c(x) CROSS JOIN (VALUES 0, 1, 2, 3, 4, 5, 6, 7, 8, 9) d(x) CROSS JOIN (VALUES 0, 1, 2, 3, 4, 5, 6, 7, 8, 9) e(x);
> true | true

SELECT abs(approx_distinct(a.x * 10000 + b.x * 1000 + c.x * 100 + d.x * 10 + e.x, 0.01) - 100000) < 100000 * 0.01 * 3, abs(approx_distinct(a.x * 10000 + b.x * 1000 + c.x * 100 + d.x * 10 + e.x, 0.2) - 100000) < 100000 * 0.2 * 3 FROM (VALUES 0, 1, 2, 3, 4, 5, 6, 7, 8, 9) a(x) CROSS JOIN (VALUES 0, 1, 2, 3, 4, 5, 6, 7, 8, 9) b(x) CROSS JOIN (VALUES 0, 1, 2, 3, 4, 5, 6, 7, 8, 9) c(x) CROSS JOIN (VALUES 0, 1, 2, 3, 4, 5, 6, 7, 8, 9) d(x) CROSS JOIN (VALUES 0, 1, 2, 3, 4, 5, 6, 7, 8, 9) e(x);
> true | true

-- approx_percentile: exact over the kept values
SELECT approx_percentile(x, 0.5), approx_percentile(x, 0.25), approx_percentile(x, 0.75), approx_percentile(x, 0.1), approx_percentile(x, 0.9), approx_percentile(x, 0), approx_percentile(x, 1), approx_percentile(x, ARRAY[0.5, 0.99]) FROM (VALUES 1, 2, 3, 4, 5, 6, 7, 8, 9, 10) t(x);
> types bigint, bigint, bigint, bigint, bigint, bigint, bigint, array(bigint)
> 6 | 3 | 8 | 2 | 10 | 1 | 10 | [6, 10]

SELECT approx_percentile(x, 0.5), approx_percentile(x, 0.3), approx_percentile(x, ARRAY[0.1, 0.9]) FROM (VALUES 1e0, 2e0, 3e0, 4e0, NULL) t(x);
> types double, double, array(double)
> 3.0 | 2.0 | [1.0, 4.0]

SELECT approx_percentile(x, 0.5) FROM (VALUES REAL '1.5', REAL '2.5', REAL '0.5') t(x);
> types real
> 1.5

SELECT approx_percentile(x, w, 0.5), approx_percentile(x, w, ARRAY[0.1, 0.9]) FROM (VALUES (1, 1), (2, 1), (3, 8)) t(x, w);
> types bigint, array(bigint)
> 3 | [2, 3]

SELECT approx_percentile(x, 0.5) FROM (VALUES 1) t(x) WHERE x > 5;
> NULL

SELECT k, approx_percentile(v, 0.5) FROM (VALUES ('a', 1), ('a', 5), ('a', 9), ('b', 2)) t(k, v) GROUP BY k ORDER BY k;
> a | 5
> b | 2

SELECT approx_percentile(x, 1.5) FROM (VALUES 1) t(x);
> error INVALID_FUNCTION_ARGUMENT

-- histogram, map_agg
SELECT histogram(x) FROM (VALUES 'a', 'b', 'a', NULL) t(x);
> types map(varchar, bigint)
> {a=2, b=1}

SELECT map_agg(k, v) FROM (VALUES ('a', 1), ('b', 2)) t(k, v);
> types map(varchar, integer)
> {a=1, b=2}

SELECT map_agg(k, v) FROM (VALUES ('a', 1), ('a', 2), (NULL, 3), ('b', NULL)) t(k, v);
> {a=1, b=NULL}

SELECT histogram(x), map_agg(x, x) FROM (VALUES 1) t(x) WHERE x > 5;
> NULL | NULL

-- bool_and, bool_or, every
SELECT bool_and(x), bool_or(x), every(x) FROM (VALUES true, false, NULL) t(x);
> types boolean, boolean, boolean
> false | true | false

SELECT bool_and(x), bool_or(x), every(x) FROM (VALUES true, NULL) t(x);
> true | true | true

SELECT bool_and(x), bool_or(x) FROM (VALUES true) t(x) WHERE false;
> NULL | NULL

-- variance and standard deviation
SELECT stddev(x), stddev_samp(x), stddev_pop(x), variance(x), var_samp(x), var_pop(x) FROM (VALUES 1, 2, 3, 4, 10) t(x);
> types double, double, double, double, double, double
> 3.5355339059327378 | 3.5355339059327378 | 3.1622776601683795 | 12.5 | 12.5 | 10.0

SELECT stddev(x), stddev_pop(x), variance(x), var_pop(x) FROM (VALUES 5e0) t(x);
> NULL | 0.0 | NULL | 0.0

SELECT stddev(x), var_pop(x) FROM (VALUES 5e0) t(x) WHERE false;
> NULL | NULL

SELECT stddev(x), variance(x) FROM (VALUES 0.1e0, 0.2e0, 0.3e0, NULL) t(x);
> 0.09999999999999998 | 0.009999999999999995

-- geometric_mean
SELECT geometric_mean(x) FROM (VALUES 1, 2, 4) t(x);
> types double
> 2.0

SELECT geometric_mean(x) FROM (VALUES 1.5e0, 6e0) t(x);
> 2.9999999999999996

SELECT geometric_mean(x) FROM (VALUES REAL '2', REAL '8') t(x);
> types real
> 4.0

SELECT geometric_mean(x) FROM (VALUES 1, -1) t(x);
> NaN

-- correlation and regression
SELECT corr(y, x), covar_pop(y, x), covar_samp(y, x), regr_slope(y, x), regr_intercept(y, x) FROM (VALUES (1e0, 2e0), (2e0, 4e0), (3e0, 7e0)) t(x, y);
> types double, double, double, double, double
> 0.9933992677987827 | 1.6666666666666667 | 2.5 | 2.5 | -0.666666666666667

SELECT kurtosis(x), skewness(x) FROM (VALUES 1e0, 2e0, 3e0, 10e0, 4e0) t(x);
> types double, double
> 3.1519999999999992 | 1.1384199576606164

-- bitwise aggregates
SELECT bitwise_and_agg(x), bitwise_or_agg(x), bitwise_xor_agg(x) FROM (VALUES 12, 10, 6) t(x);
> types bigint, bigint, bigint
> 0 | 14 | 0

-- multimap_agg, map_union
SELECT multimap_agg(k, v) FROM (VALUES ('a', 1), ('a', 2), ('b', 3)) t(k, v);
> types map(varchar, array(integer))
> {a=[1, 2], b=[3]}

SELECT map_union(m) FROM (VALUES MAP(ARRAY['a'], ARRAY[1]), MAP(ARRAY['b', 'a'], ARRAY[2, 3])) t(m);
> types map(varchar, integer)
> {a=1, b=2}

-- statistics over groups of uneven values, to the last digit
SELECT k, stddev(v), var_pop(v), kurtosis(v), skewness(v), geometric_mean(v), corr(v, w), covar_samp(v, w), regr_slope(v, w), regr_intercept(v, w) FROM (VALUES ('a', 3.7e0, 1e0), ('a', 1.2e0, 2e0), ('a', 9.9e0, 3.5e0), ('a', 4.4e0, 0.5e0), ('a', 2.1e0, 7e0), ('a', 6.6e0, 2.2e0), ('b', 100e0, 1e0), ('b', 0.001e0, 2e0), ('b', 55.5e0, 3e0), ('b', 12e0, 4e0), ('b', 7e0, 5e0)) t(k, v, w) GROUP BY k ORDER BY k;
> a | 3.1854356060043028 | 8.455833333333333 | 0.2693676824727964 | 0.6344391533072563 | 3.7271111565055834 | -0.08444592733650799 | -0.6320000000000002 | -0.11449275362318843 | 4.959130434782609
> b | 42.37667460053939 | 1436.6260401599998 | -0.05193833055156638 | 0.7654432781619843 | 3.4175466686883103 | -0.6492244617277666 | -43.500249999999994 | -17.4001 | 87.1005

SELECT kurtosis(x), skewness(x), stddev_pop(x) FROM (VALUES 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89) t(x);
> 2.6335514140962832 | 1.496833503605138 | 26.837743251061877

SELECT corr(y, x), regr_slope(y, x), regr_intercept(y, x), covar_pop(y, x) FROM (VALUES (REAL '1.5', REAL '2'), (REAL '2.5', REAL '3'), (REAL '4', REAL '3.5')) t(x, y);
> types real, real, real, real
> 0.95382094 | 0.57894737 | 1.2894737 | 0.6111111

SELECT count(DISTINCT x), approx_distinct(x), count(*) FROM (VALUES 1, 1, 2, NULL) t(x);
> 2 | 2 | 4

SELECT bool_or(x) FILTER (WHERE x), count_if(x) FILTER (WHERE y > 1), array_agg(y) FILTER (WHERE y > 1) FROM (VALUES (true, 1), (false, 2), (true, 3)) t(x, y);
> true | 1 | [2, 3]
