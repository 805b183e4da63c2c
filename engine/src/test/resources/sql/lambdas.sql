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

-- a lambda inside a lambda reads the enclosing lambdas' parameters, at any depth
SELECT transform(ARRAY[1, 2], x -> transform(ARRAY[10, 20], y -> x + y)) AS a;
> [[11, 21], [12, 22]]

SELECT transform(ARRAY[1, 2], x -> transform(ARRAY[10, 20], y -> transform(ARRAY[100, 200], z -> x + y + z))), transform(ARRAY[1], x -> transform(ARRAY[2], y -> transform(ARRAY[3], z -> transform(ARRAY[4], w -> ARRAY[x, y, z, w]))));
> [[[111, 211], [121, 221]], [[112, 212], [122, 222]]] | [[[[[1, 2, 3, 4]]]]]

SELECT transform(ARRAY['p', 'q'], x -> transform(ARRAY['a', 'b'], y -> x || y)), transform(ARRAY[CAST(ROW(1, 'a') AS row(n integer, s varchar))], r -> transform(ARRAY[10], y -> r.n + y));
> [[pa, pb], [qa, qb]] | [[11]]

-- an inner parameter hides an outer one of the same name, and only there
SELECT transform(ARRAY[1, 2], x -> transform(ARRAY[10, 20], x -> x)), transform(ARRAY[1, 2], x -> transform(ARRAY[10], y -> transform(ARRAY[100], x -> x + y))), transform(ARRAY[1], x -> reduce(ARRAY[5, 6], 0, (s, x) -> s + x, s -> s * 100 + x));
> [[10, 20], [10, 20]] | [[[110]], [[110]]] | [1101]

SELECT transform(ARRAY[1], x -> ARRAY[transform(ARRAY[2], eventname -> eventname + x), transform(ARRAY[3], y -> y + x)]);
> [[[3], [4]]]

-- every lambda-taking function inside a lambda
SELECT transform(ARRAY[1, 2, 3], x -> filter(ARRAY[1, 2, 3, 4], y -> y > x)), filter(ARRAY[1, 2, 3], x -> any_match(ARRAY[2, 3], y -> y = x + 1)), filter(ARRAY[ARRAY[1, 5], ARRAY[2]], a -> any_match(a, x -> all_match(a, y -> y <= x) AND x > 3)), transform(ARRAY[1, 2], x -> none_match(ARRAY[1, 2], y -> y > x));
> [[2, 3, 4], [3, 4], [4]] | [1, 2] | [[1, 5]] | [false, true]

SELECT transform(ARRAY[1, 2], x -> zip_with(ARRAY[10, 20], ARRAY[3, 4], (a, b) -> a * x + b)), transform(ARRAY[1, -1], x -> array_sort(ARRAY[3, 1, 2], (a, b) -> IF(a * x < b * x, -1, IF(a = b, 0, 1)))), transform(ARRAY[1, 2], x -> reduce(ARRAY[10, 20], x, (s, y) -> s + y + x, s -> s * x));
> [[13, 24], [23, 44]] | [[1, 2, 3], [3, 2, 1]] | [33, 72]

SELECT transform(ARRAY[1, 2], x -> element_at(transform_values(MAP(ARRAY['a'], ARRAY[10]), (k, v) -> v + x), 'a')), transform(ARRAY[1, 2], x -> map_keys(transform_keys(MAP(ARRAY['a'], ARRAY[10]), (k, v) -> k || CAST(x + v AS varchar)))), transform(ARRAY[1, 2], x -> map_keys(map_filter(MAP(ARRAY['a', 'b'], ARRAY[1, 2]), (k, v) -> v = x))), transform(ARRAY[1, 2], x -> element_at(map_zip_with(MAP(ARRAY['a'], ARRAY[1]), MAP(ARRAY['a'], ARRAY[2]), (k, v1, v2) -> v1 * x + v2), 'a'));
> [11, 12] | [[a11], [a12]] | [[a], [b]] | [3, 4]

-- an inner lambda reading an outer lambda's parameter and the row's columns
SELECT eventid, transform(ARRAY[1, 2], x -> transform(resources, r -> r.type || '#' || CAST(x AS varchar) || '@' || eventname)) FROM golden_events ORDER BY eventid;
> e1 | [[AWS::S3::Bucket#1@GetObject, AWS::S3::Object#1@GetObject], [AWS::S3::Bucket#2@GetObject, AWS::S3::Object#2@GetObject]]
> e2 | [[], []]
> e3 | [NULL, NULL]
> e4 | [[AWS::S3::Bucket#1@PutObject], [AWS::S3::Bucket#2@PutObject]]

SELECT eventid, transform(map_keys(requestparameters), k -> filter(resources, r -> strpos(r.arn, element_at(requestparameters, k)) > 0 AND r.type <> useridentity.type)) FROM golden_events ORDER BY eventid;
> e1 | [[{arn=arn:aws:s3:::b1, type=AWS::S3::Bucket}, {arn=arn:aws:s3:::b1/k1, type=AWS::S3::Object}], [{arn=arn:aws:s3:::b1/k1, type=AWS::S3::Object}]]
> e2 | NULL
> e3 | [NULL, NULL]
> e4 | [[]]

-- nested lambdas in WHERE and GROUP BY
SELECT eventid FROM golden_events WHERE any_match(map_keys(requestparameters), k -> any_match(resources, r -> strpos(r.arn, element_at(requestparameters, k)) > 0)) ORDER BY eventid;
> e1
> e4

SELECT eventid FROM golden_events WHERE cardinality(filter(transform(resources, r -> transform(ARRAY[1, 2], n -> substr(r.arn, length(r.arn) - n + 1) || eventid)), a -> any_match(a, s -> s LIKE '1%'))) > 0 ORDER BY eventid;
> e1

SELECT any_match(ARRAY[2], x -> any_match(resources, r -> length(r.arn) > length(eventname) + x + 5)) AS g, count(*) FROM golden_events GROUP BY any_match(ARRAY[2], x -> any_match(resources, r -> length(r.arn) > length(eventname) + x + 5)) ORDER BY 1;
> false | 2
> true | 1
> NULL | 1

-- a grouped query's nested lambda reads a grouping column
SELECT eventname, transform(ARRAY[1], x -> transform(ARRAY[2], y -> x + y + length(eventname))) FROM golden_events GROUP BY eventname ORDER BY eventname;
> AssumeRole | [[13]]
> ConsoleLogin | [[15]]
> GetObject | [[12]]
> PutObject | [[12]]

-- errors
SELECT transform(ARRAY[1], (x, y) -> x);
> error INVALID_PARAMETER_USAGE

SELECT filter(ARRAY[1], x -> x + 1);
> error FUNCTION_NOT_FOUND

SELECT transform(ARRAY[1, 0], x -> 10 / x);
> error DIVISION_BY_ZERO

SELECT try(transform(ARRAY[1, 0], x -> 10 / x)), transform(ARRAY[1, 0], x -> try(10 / x));
> NULL | [10, NULL]

-- A lambda reads columns of the enclosing row, as in Trino, also from inside another lambda.
SELECT transform(a, x -> x + n) FROM (VALUES (ARRAY[1, 2], 10)) AS t(a, n);
> [11, 12]

SELECT transform(a, x -> transform(a, y -> x + y)), transform(a, x -> transform(a, y -> y + n)), transform(a, x -> transform(ARRAY[x], y -> transform(ARRAY[y], z -> z * n + x))) FROM (VALUES (ARRAY[1, 2], 10)) AS t(a, n);
> [[2, 3], [3, 4]] | [[11, 12], [11, 12]] | [[[11]], [[22]]]

-- an outer lambda cannot read an inner one's parameter
SELECT transform(ARRAY[1], x -> cardinality(transform(ARRAY[2], y -> y)) + y);
> error COLUMN_NOT_FOUND at 1:76

-- ORDER BY a lambda that reads a column: Calcite orders by a copy of the expression, with copies of its lambdas
SELECT a FROM (VALUES ARRAY[1, 2, 3], ARRAY[5], ARRAY[2, 2]) AS t(a) ORDER BY reduce(a, 0, (s, x) -> s + cardinality(a), s -> s);
> [5]
> [2, 2]
> [1, 2, 3]

SELECT a FROM (VALUES ARRAY[1, 2, 3], ARRAY[5], ARRAY[2, 2]) AS t(a) ORDER BY reduce(a, 0, (s, x) -> s + cardinality(a), s -> s) DESC;
> [1, 2, 3]
> [2, 2]
> [5]

SELECT a, b FROM (VALUES (ARRAY[1, 2], 3), (ARRAY[4], 1), (ARRAY[2, 2, 2], 0)) AS t(a, b) ORDER BY transform(a, x -> transform(ARRAY[x], y -> y * b + x)) DESC;
> [4] | 1
> [1, 2] | 3
> [2, 2, 2] | 0

SELECT eventname FROM golden_events GROUP BY eventname ORDER BY reduce(ARRAY[1, 2], 0, (s, x) -> s + length(eventname), s -> s), eventname;
> GetObject
> PutObject
> AssumeRole
> ConsoleLogin

SELECT eventid AS id FROM golden_events ORDER BY any_match(ARRAY['e2', 'e4'], p -> p = eventid), id DESC;
> e3
> e1
> e4
> e2

-- As Trino, a lambda has no aggregations, window functions or grouping operations, also inside a lambda inside it
SELECT transform(ARRAY[1], x -> count(*));
> error EXPRESSION_NOT_SCALAR at 1:33

SELECT transform(ARRAY[1], x -> transform(ARRAY[2], y -> max(y)));
> error EXPRESSION_NOT_SCALAR at 1:33

SELECT transform(a, x -> sum(x)) FROM (VALUES ARRAY[1]) AS t(a) GROUP BY a;
> error EXPRESSION_NOT_SCALAR at 1:26

SELECT eventname FROM golden_events GROUP BY eventname ORDER BY transform(ARRAY[1], x -> x + count(*));
> error EXPRESSION_NOT_SCALAR

SELECT eventname, transform(ARRAY[1], x -> x + row_number() OVER (ORDER BY eventid)) FROM golden_events;
> error EXPRESSION_NOT_SCALAR

SELECT transform(ARRAY[1], x -> x + approx_distinct(x)), eventid FROM golden_events;
> error EXPRESSION_NOT_SCALAR

-- A lambda in a join's condition, or in a filter over a join, that reads columns of both sides stays with the join
SELECT g.eventid, v.n FROM golden_events AS g JOIN (VALUES 'GetObject', 'AssumeRole') AS v(n) ON any_match(ARRAY[g.eventname], y -> y = v.n) ORDER BY g.eventid;
> e1 | GetObject
> e3 | AssumeRole

SELECT g.eventid, v.n FROM golden_events AS g, (VALUES 'GetObject', 'AssumeRole') AS v(n) WHERE any_match(ARRAY[g.eventname], y -> y = v.n) ORDER BY g.eventid;
> e1 | GetObject
> e3 | AssumeRole

SELECT t.k, u.m FROM (VALUES (1, ARRAY[1, 2]), (2, ARRAY[3]), (3, CAST(NULL AS array(integer)))) AS t(k, a) LEFT JOIN (VALUES (1, 2), (2, 3), (3, 4)) AS u(k, m) ON any_match(t.a, x -> x = u.m) ORDER BY 1, 2;
> 1 | 2
> 2 | 3
> 3 | NULL

SELECT t.k, u.m FROM (VALUES (1, ARRAY[1, 2]), (2, ARRAY[3]), (3, CAST(NULL AS array(integer)))) AS t(k, a) FULL JOIN (VALUES (1, 2), (2, 3), (3, 4)) AS u(k, m) ON any_match(t.a, x -> x = u.m) ORDER BY 1, 2;
> 1 | 2
> 2 | 3
> 3 | NULL
> NULL | 4

SELECT t.k, u.m FROM (VALUES (1, ARRAY[1, 2]), (2, ARRAY[3]), (3, CAST(NULL AS array(integer)))) AS t(k, a) JOIN (VALUES (1, 2), (2, 3), (3, 4)) AS u(k, m) ON t.k = u.k AND any_match(t.a, x -> x + 1 >= u.m) ORDER BY 1, 2;
> 1 | 2
> 2 | 3

-- a lambda that reads one side moves to that side
SELECT t.k, u.m FROM (VALUES (1, ARRAY[1, 2]), (2, ARRAY[3]), (3, CAST(NULL AS array(integer)))) AS t(k, a), (VALUES (1, 2), (2, 3), (3, 4)) AS u(k, m) WHERE any_match(t.a, x -> x = t.k) AND u.m > t.k + 1 ORDER BY 1, 2;
> 1 | 3
> 1 | 4

SELECT s.k1, u.m FROM (SELECT k + 1 AS k1, a FROM (VALUES (1, ARRAY[1, 2]), (2, ARRAY[3]), (3, CAST(NULL AS array(integer)))) AS t(k, a)) AS s JOIN (VALUES (1, 2), (2, 3), (3, 4)) AS u(k, m) ON any_match(s.a, x -> x + s.k1 = u.m) ORDER BY 1, 2;
> 2 | 3
> 2 | 4

SELECT t.k, u.m FROM (VALUES (1, ARRAY[1, 2]), (2, ARRAY[3]), (3, CAST(NULL AS array(integer)))) AS t(k, a) JOIN (VALUES (1, 2), (2, 3), (3, 4)) AS u(k, m) ON any_match(t.a, x -> any_match(ARRAY[u.m], y -> y = x + t.k)) ORDER BY 1, 2;
> 1 | 2
> 1 | 3
