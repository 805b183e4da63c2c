-- Lambda expressions in higher-order functions, checked against Trino 476.

SELECT transform(ARRAY[1, 2, 3], x -> x + 1), transform(ARRAY[1, 2, 3], (x) -> x * x), filter(ARRAY[5, -1, 7], x -> x > 0), transform(ARRAY['a', NULL], x -> x IS NULL);
> types array(integer), array(integer), array(integer), array(boolean)
> [2, 3, 4] | [1, 4, 9] | [5, 7] | [false, true]

-- nested lambdas and lambdas returning containers
SELECT transform(ARRAY[ARRAY[1, 2], ARRAY[3]], a -> transform(a, x -> x * 10)), transform(ARRAY[ARRAY[1, 2], ARRAY[]], a -> cardinality(a)), filter(ARRAY[ARRAY[1], ARRAY[2, 3]], a -> any_match(a, x -> x > 2));
> [[10, 20], [30]] | [2, 0] | [[2, 3]]

SELECT transform(ARRAY[1, 2], x -> ARRAY[x, x]), transform(ARRAY[1, 2], x -> MAP(ARRAY['v'], ARRAY[x])), transform(ARRAY[1, 2], x -> ROW(x, CAST(x AS varchar)));
> [[1, 1], [2, 2]] | [{v=1}, {v=2}] | [{1, 1}, {2, 2}]

SELECT transform(ARRAY[1, 2, 3], x -> CASE WHEN x = 2 THEN 'two' ELSE 'other' END), transform(ARRAY[1, NULL, 3], x -> coalesce(x, 0)), transform(ARRAY[-1, 2], x -> if(x < 0, 'neg', 'pos'));
> [other, two, other] | [1, 0, 3] | [neg, pos]

-- a lambda parameter hides a column of the same name
SELECT transform(ARRAY[10, 20], x -> x + 1) FROM (VALUES 100) AS t(x);
> [11, 21]

-- parameters that are rows: their fields
SELECT transform(ARRAY[CAST(ROW('a', 1) AS row(name varchar, size integer)), CAST(ROW('b', 2) AS row(name varchar, size integer))], r -> r.name), filter(ARRAY[CAST(ROW('a', 1) AS row(name varchar, size integer)), CAST(ROW('b', 2) AS row(name varchar, size integer))], r -> r.size > 1);
> [a, b] | [{name=b, size=2}]

SELECT eventid, transform(filter(resources, r -> r.type LIKE 'AWS::S3::%'), r -> r.arn) FROM golden_events ORDER BY eventid;
> e1 | [arn:aws:s3:::b1, arn:aws:s3:::b1/k1]
> e2 | []
> e3 | NULL
> e4 | [arn:aws:s3:::b2]

-- lambdas in filters, grouping, ordering and aggregate arguments
SELECT eventid FROM golden_events WHERE any_match(map_keys(requestparameters), k -> k = 'bucketName') ORDER BY eventid;
> e1
> e4

SELECT cardinality(filter(resources, r -> r.type = 'AWS::S3::Bucket')) AS buckets, count(*) FROM golden_events GROUP BY cardinality(filter(resources, r -> r.type = 'AWS::S3::Bucket')) ORDER BY buckets;
> 0 | 1
> 1 | 2
> NULL | 1

SELECT sum(reduce(a, 0, (s, x) -> s + x, s -> s)) FROM (VALUES ARRAY[1, 2], ARRAY[3], ARRAY[]) AS t(a);
> 6

SELECT a FROM (VALUES ARRAY[3, 1], ARRAY[2]) AS t(a) ORDER BY reduce(a, 0, (s, x) -> s + x, s -> s);
> [2]
> [3, 1]

-- lambdas over JSON (the Lake pattern on configuration items)
SELECT transform(CAST(json_parse('[{"Id":"p1","State":"Installed"},{"Id":"p2","State":"Missing"}]') AS array(json)), item -> json_extract_scalar(item, '$.Id'));
> [p1, p2]

SELECT filter(CAST(json_parse('[{"Id":"p1","State":"Installed"},{"Id":"p2","State":"Missing"}]') AS array(json)), item -> json_extract_scalar(item, '$.State') = 'Missing');
> [{"Id":"p2","State":"Missing"}]

-- errors
SELECT transform(ARRAY[1], (x, y) -> x);
> error INVALID_PARAMETER_USAGE

SELECT filter(ARRAY[1], x -> x + 1);
> error FUNCTION_NOT_FOUND

SELECT transform(ARRAY[1, 0], x -> 10 / x);
> error DIVISION_BY_ZERO

SELECT try(transform(ARRAY[1, 0], x -> 10 / x)), transform(ARRAY[1, 0], x -> try(10 / x));
> NULL | [10, NULL]

-- A lambda reads columns of the enclosing row, as in Trino (a lambda inside a lambda cannot yet).
SELECT transform(a, x -> x + n) FROM (VALUES (ARRAY[1, 2], 10)) AS t(a, n);
> [11, 12]

SELECT transform(a, x -> transform(a, y -> x + y)) FROM (VALUES (ARRAY[1, 2], 10)) AS t(a, n);
> error COLUMN_NOT_FOUND
