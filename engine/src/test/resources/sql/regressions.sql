-- Bugs found in the engine, each with the query that showed it; expected values from Trino 476.

-- A cast around a library call on a lambda parameter.
SELECT transform(ARRAY['a1', 'B2'], x -> CAST(upper(x) AS varchar(5))), transform(ARRAY['{"n":1}', '{"n":22}'], x -> CAST(json_extract_scalar(x, '$.n') AS bigint) + 1);
> [A1, B2] | [2, 23]

-- A window frame with offsets (was a ClassCastException in ExecutionPlanner.boundOffset).
SELECT x, sum(x) OVER (ORDER BY x ROWS BETWEEN 1 PRECEDING AND CURRENT ROW), avg(x) OVER (ORDER BY x ROWS BETWEEN CURRENT ROW AND 2 FOLLOWING) FROM (VALUES 1, 2, 3, 4) t(x) ORDER BY x;
> 1 | 1 | 2.0
> 2 | 3 | 3.0
> 3 | 5 | 3.5
> 4 | 7 | 4.0

SELECT x, avg(x) OVER (), stddev_samp(x) OVER (ORDER BY x ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW), avg(x) OVER (ORDER BY x ROWS BETWEEN 2 PRECEDING AND 1 PRECEDING) FROM (VALUES 1, 2, 3, 4) t(x) ORDER BY x;
> 1 | 2.5 | NULL | NULL
> 2 | 2.5 | 0.7071067811865476 | 1.0
> 3 | 2.5 | 1.0 | 1.5
> 4 | 2.5 | 1.2909944487358056 | 2.5

SELECT x, sum(x) OVER (ORDER BY x ROWS BETWEEN 1 FOLLOWING AND 2 FOLLOWING), count(*) OVER (ORDER BY x ROWS BETWEEN 3 PRECEDING AND 2 PRECEDING) FROM (VALUES 1, 2, 3, 4) t(x) ORDER BY x;
> 1 | 5 | 0
> 2 | 7 | 0
> 3 | 4 | 1
> 4 | NULL | 2

-- Timestamps with time zone group by their instant, not by their zone.
SELECT count(*) FROM (SELECT ts FROM (VALUES TIMESTAMP '2023-01-01 00:00:00 UTC', TIMESTAMP '2023-01-01 01:00:00 +01:00', TIMESTAMP '2023-01-01 00:00:00 America/New_York') t(ts) GROUP BY ts);
> 2

SELECT count(DISTINCT ts) FROM (VALUES TIMESTAMP '2023-01-01 00:00:00 UTC', TIMESTAMP '2023-01-01 01:00:00 +01:00', TIMESTAMP '2023-01-01 00:00:00 America/New_York') t(ts);
> 2

SELECT a.ts, b.n FROM (VALUES TIMESTAMP '2023-01-01 00:00:00 UTC') a(ts) JOIN (VALUES (TIMESTAMP '2023-01-01 01:00:00 +01:00', 1), (TIMESTAMP '2023-01-01 01:00:00 UTC', 2)) b(ts, n) ON a.ts = b.ts;
> 2023-01-01 00:00:00 UTC | 1

-- Decimal quotients take the larger scale of the operands, rounding half up (were six decimals).
SELECT 2900 / 7.0, 1 / 3.0, 2.5 / 2, 10.00 / 3.0, 1.25 / 0.5, -7.5 / 2;
> 414.3 | 0.3 | 1.3 | 3.33 | 2.50 | -3.8
> types decimal(12,1), decimal(12,1), decimal(2,1), decimal(5,2), decimal(4,2), decimal(2,1)

-- DISTINCT of a library aggregate (was dropped when binding array_agg).
SELECT k, array_sort(array_agg(DISTINCT x)), count(DISTINCT x) FROM (VALUES (1, 1), (1, 1), (1, 2)) t(k, x) GROUP BY k;
> 1 | [1, 2] | 2

-- Lambdas that capture columns of the row (were "Param 'k' not found in lambda expression").
SELECT id, transform(a, e -> e + k), filter(a, e -> e > k), any_match(a, e -> e = t.k) FROM (VALUES (1, ARRAY[1, 2, 3], 1), (2, ARRAY[5], 10)) t(id, a, k) ORDER BY id;
> 1 | [2, 3, 4] | [2, 3] | true
> 2 | [15] | [] | false

SELECT eventid, transform(resources, r -> r.type || ' of ' || eventname) FROM golden_events WHERE eventid = 'e1';
> e1 | [AWS::S3::Bucket of GetObject, AWS::S3::Object of GetObject]

SELECT map_filter(m, (x, y) -> y > k), k FROM (VALUES (MAP(ARRAY['a', 'b'], ARRAY[1, 5]), 2)) t(m, k);
> {b=5} | 2

-- A field of a row column that is not a store's, unqualified.
SELECT r.a, r.b FROM (SELECT CAST(ROW(1, 'x') AS ROW(a integer, b varchar)) AS r);
> 1 | x
