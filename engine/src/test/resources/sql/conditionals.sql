-- Conditional functions, checked against Trino 476.

-- if
SELECT if(true, 1), if(false, 1), if(NULL, 1, 2), if(1 < 2, 'yes', 'no'), if(false, 1, 2.5e0), if(true, NULL, 'x');
> types integer, integer, integer, varchar, double, varchar
> 1 | NULL | 2 | yes | 2.5 | NULL

SELECT x, if(x > 1, 'big', 'small') FROM (VALUES 1, 2, NULL) t(x) ORDER BY x;
> 1 | small
> 2 | big
> NULL | small

-- only the chosen branch is evaluated
SELECT if(x = 0, 0, 10 / x) FROM (VALUES 0, 5) t(x) ORDER BY 1;
> 0
> 2

-- try: data errors become null
SELECT try(1 / 0), try(CAST('x' AS integer)), try(abs(-9223372036854775808)), try(regexp_extract('abc', 'b', 1)), try(10 / 2), try(sqrt(4));
> types integer, integer, bigint, varchar, integer, double
> NULL | NULL | NULL | NULL | 5 | 2.0

SELECT x, try(100 / x) FROM (VALUES 0, 4, NULL) t(x) ORDER BY x;
> 0 | NULL
> 4 | 25
> NULL | NULL

SELECT try(chr(-1)), try(from_hex('abc')), try(split_part('a', ',', 0)), coalesce(try(CAST('12x' AS bigint)), -1);
> NULL | NULL | NULL | -1

-- greatest, least: nulls give null; NaN is an error for doubles
SELECT greatest(1, 2, 3), least(1, 2, 3), greatest(1.5e0, 2), least('b', 'a', 'c'), greatest(DATE '2020-01-01', DATE '2021-01-01'), greatest(1, NULL), least(NULL, 2), greatest(1.25, 2), greatest(5);
> types integer, integer, double, varchar, date, integer, integer, decimal(12,2), integer
> 3 | 1 | 2.0 | a | 2021-01-01 | NULL | NULL | 2.00 | 5

SELECT greatest(TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '2020-01-01 00:00:01'), least(ARRAY[1, 2], ARRAY[1, 3]), greatest(true, false);
> 2020-01-01 00:00:01 | [1, 2] | true

SELECT greatest(1e0, nan()), greatest(nan(), 1e0), least(nan(), 1e0), greatest(REAL 'NaN', REAL '1'), greatest(nan(), nan()), least('😀', chr(65533));
> 1.0 | 1.0 | 1.0 | 1.0 | NaN | �

SELECT greatest(MAP(ARRAY[1], ARRAY[2]), MAP(ARRAY[1], ARRAY[3]));
> error FUNCTION_NOT_FOUND

SELECT greatest(ARRAY[1, NULL], ARRAY[1, 2]);
> error NOT_SUPPORTED

SELECT x, y, greatest(x, y), least(x, y) FROM (VALUES (1, 2), (5, 3), (NULL, 4)) t(x, y) ORDER BY x;
> 1 | 2 | 2 | 1
> 5 | 3 | 5 | 3
> NULL | 4 | NULL | NULL

