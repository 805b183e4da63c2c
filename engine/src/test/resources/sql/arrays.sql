-- Array functions, subscripts and UNNEST, checked against Trino 476 (session time zone UTC).

-- constructors and subscripts (1-based; out of bounds is an error, element_at gives null)
SELECT ARRAY[1, 2, 3], ARRAY[], ARRAY[NULL], ARRAY[1, 2.5e0], ARRAY[ARRAY[1], ARRAY[2, 3]];
> types array(integer), array(unknown), array(unknown), array(double), array(array(integer))
> [1, 2, 3] | [] | [NULL] | [1.0, 2.5] | [[1], [2, 3]]

SELECT ARRAY['a', NULL], ARRAY[CAST('b' AS varchar)];
> [a, NULL] | [b]

SELECT ARRAY[10, 20, 30][1], ARRAY[10, 20, 30][3], ARRAY['a', NULL][2], ARRAY[ARRAY[1, 2]][1][2];
> 10 | 30 | NULL | 2

SELECT ARRAY[10, 20, 30][4];
> error INVALID_FUNCTION_ARGUMENT

SELECT ARRAY[10, 20, 30][0];
> error INVALID_FUNCTION_ARGUMENT

SELECT ARRAY[10, 20, 30][-1];
> error INVALID_FUNCTION_ARGUMENT

SELECT CAST(NULL AS array(integer))[1], ARRAY[1, 2][NULL];
> NULL | NULL

SELECT element_at(ARRAY[10, 20, 30], 1), element_at(ARRAY[10, 20, 30], -1), element_at(ARRAY[10, 20, 30], 4), element_at(ARRAY[10, 20, 30], -4), element_at(ARRAY[], 1), element_at(CAST(NULL AS array(integer)), 1);
> 10 | 30 | NULL | NULL | NULL | NULL

SELECT element_at(ARRAY[10, 20, 30], 0);
> error INVALID_FUNCTION_ARGUMENT

SELECT element_at(ARRAY[ROW('arn:a', 'AWS::S3::Bucket')], 1), element_at(ARRAY[CAST(ROW('arn:a', 'AWS::S3::Bucket') AS row(arn varchar, type varchar))], 1).arn;
> {arn:a, AWS::S3::Bucket} | arn:a

-- cardinality, contains, array_position
SELECT cardinality(ARRAY[1, 2, NULL]), cardinality(ARRAY[]), cardinality(CAST(NULL AS array(integer)));
> types bigint, bigint, bigint
> 3 | 0 | NULL

SELECT contains(ARRAY[1, 2, 3], 2), contains(ARRAY[1, 2, 3], 4), contains(ARRAY[1, NULL], 1), contains(ARRAY[1, NULL], 2), contains(ARRAY['a'], 'a'), contains(ARRAY[1.5e0], 1.5e0), contains(CAST(NULL AS array(integer)), 1), contains(ARRAY[1], NULL);
> true | false | true | NULL | true | true | NULL | NULL

SELECT contains(ARRAY[ARRAY[1], ARRAY[2]], ARRAY[2]), contains(ARRAY[1, 2], 2.0e0), contains(ARRAY[], 1);
> true | true | false

SELECT array_position(ARRAY[10, 20, 10], 10), array_position(ARRAY[10, 20, 10], 30), array_position(ARRAY['a', NULL], NULL), array_position(ARRAY[1, NULL, 2], 2), array_position(CAST(NULL AS array(integer)), 1);
> types bigint, bigint, bigint, bigint, bigint
> 1 | 0 | NULL | 3 | NULL

-- array_join
SELECT array_join(ARRAY['a', 'b', 'c'], ','), array_join(ARRAY['a', NULL, 'c'], ','), array_join(ARRAY['a', NULL, 'c'], ',', 'N/A'), array_join(ARRAY[1, 2], '-'), array_join(ARRAY[], ','), array_join(ARRAY[1.5e0, 2.0e0], ';');
> types varchar, varchar, varchar, varchar, varchar, varchar
> a,b,c | a,c | a,N/A,c | 1-2 |  | 1.5E0;2.0E0

SELECT array_join(ARRAY[true, false], ' '), array_join(ARRAY[DATE '2020-01-01'], ','), array_join(CAST(NULL AS array(varchar)), ','), array_join(ARRAY['a'], NULL), array_join(ARRAY[NULL, NULL], ','), array_join(ARRAY['a', NULL], ',', NULL);
> true false | 2020-01-01 | NULL | NULL |  | NULL

SELECT array_join(ARRAY[ARRAY[1]], ',');
> error OPERATOR_NOT_FOUND

-- array_distinct, array_max, array_min, array_remove, reverse
SELECT array_distinct(ARRAY[1, 2, 1, NULL, NULL, 3]), array_distinct(ARRAY['b', 'a', 'b']), array_distinct(ARRAY[]), array_distinct(CAST(NULL AS array(integer)));
> [1, 2, NULL, 3] | [b, a] | [] | NULL

SELECT array_max(ARRAY[1, 3, 2]), array_min(ARRAY[1, 3, 2]), array_max(ARRAY['b', 'c', 'a']), array_max(ARRAY[1, NULL]), array_min(ARRAY[]), array_max(ARRAY[1.5e0, -2e0]), array_max(ARRAY[ARRAY[1, 2], ARRAY[1, 3]]);
> 3 | 1 | c | NULL | NULL | 1.5 | [1, 3]

SELECT array_remove(ARRAY[1, 2, 1, NULL], 1), array_remove(ARRAY['a', 'b'], 'c'), array_remove(ARRAY[1, NULL], NULL), array_remove(ARRAY[], 1);
> [2, NULL] | [a, b] | NULL | []

SELECT reverse(ARRAY[1, 2, 3]), reverse(ARRAY[]), reverse(ARRAY['a', NULL]), reverse(CAST(NULL AS array(integer)));
> [3, 2, 1] | [] | [NULL, a] | NULL

-- array_sort: nulls last; with a comparator
SELECT array_sort(ARRAY[3, 1, NULL, 2]), array_sort(ARRAY['b', 'A', 'a']), array_sort(ARRAY[]), array_sort(ARRAY[2.5e0, 0e0, -1e0]), array_sort(ARRAY[ARRAY[2], ARRAY[1, 2], ARRAY[1]]);
> [1, 2, 3, NULL] | [A, a, b] | [] | [-1.0, 0.0, 2.5] | [[1], [1, 2], [2]]

SELECT array_sort(ARRAY[3, 1, 2], (x, y) -> IF(x < y, 1, IF(x = y, 0, -1))), array_sort(ARRAY['bb', 'a', 'ccc'], (x, y) -> IF(length(x) < length(y), -1, IF(length(x) = length(y), 0, 1)));
> [3, 2, 1] | [a, bb, ccc]

SELECT array_sort(ARRAY[1, 2], (x, y) -> 2);
> error INVALID_FUNCTION_ARGUMENT

-- set operations
SELECT array_union(ARRAY[1, 2, 2], ARRAY[2, 3]), array_intersect(ARRAY[1, 2, 2, 3], ARRAY[3, 2, 4]), array_except(ARRAY[1, 2, 2, 3], ARRAY[3]), arrays_overlap(ARRAY[1, 2], ARRAY[2, 3]), arrays_overlap(ARRAY[1, 2], ARRAY[3]);
> [1, 2, 3] | [2, 3] | [1, 2] | true | false

SELECT array_union(ARRAY[1, NULL], ARRAY[NULL]), array_intersect(ARRAY[1, NULL], ARRAY[NULL]), array_except(ARRAY[1, NULL], ARRAY[1]), arrays_overlap(ARRAY[1, NULL], ARRAY[2]), arrays_overlap(ARRAY[1, NULL], ARRAY[1]), arrays_overlap(ARRAY[], ARRAY[1]);
> [1, NULL] | [NULL] | [NULL] | NULL | true | false

SELECT array_union(ARRAY[1], ARRAY[2.5e0]), array_intersect(ARRAY['a', 'b'], ARRAY['b']), array_except(ARRAY[], ARRAY[1]), array_union(CAST(NULL AS array(integer)), ARRAY[1]);
> [1.0, 2.5] | [b] | [] | NULL

-- concat and ||
SELECT concat(ARRAY[1, 2], ARRAY[3]), concat(ARRAY[1], ARRAY[2], ARRAY[3, 4]), ARRAY[1] || ARRAY[2], ARRAY[1] || 2, 0 || ARRAY[1], concat(ARRAY[1], 2);
> [1, 2, 3] | [1, 2, 3, 4] | [1, 2] | [1, 2] | [0, 1] | [1, 2]

SELECT concat(ARRAY[1], CAST(NULL AS array(integer))), ARRAY[1] || CAST(NULL AS integer), ARRAY[1] || ARRAY[2.5e0], ARRAY[ARRAY[1]] || ARRAY[2];
> NULL | NULL | [1.0, 2.5] | [[1], [2]]

-- flatten, slice, repeat, trim_array, zip
SELECT flatten(ARRAY[ARRAY[1, 2], ARRAY[3], ARRAY[]]), flatten(ARRAY[ARRAY[1], NULL]), flatten(ARRAY[]), flatten(CAST(NULL AS array(array(integer))));
> [1, 2, 3] | [1] | [] | NULL

SELECT slice(ARRAY[1, 2, 3, 4], 2, 2), slice(ARRAY[1, 2, 3, 4], -2, 5), slice(ARRAY[1, 2, 3, 4], 5, 1), slice(ARRAY[1, 2, 3], 1, 0), slice(ARRAY[1, 2, 3], -5, 2);
> [2, 3] | [3, 4] | [] | [] | []

SELECT slice(ARRAY[1, 2, 3], 0, 1);
> error INVALID_FUNCTION_ARGUMENT

SELECT slice(ARRAY[1, 2, 3], 1, -1);
> error INVALID_FUNCTION_ARGUMENT

SELECT repeat('a', 3), repeat(1, 0), repeat(NULL, 2), repeat(ARRAY[1], 2);
> types array(varchar), array(integer), array(unknown), array(array(integer))
> [a, a, a] | [] | [NULL, NULL] | [[1], [1]]

SELECT repeat(1, -1);
> error INVALID_FUNCTION_ARGUMENT

SELECT repeat(1, 10001);
> error INVALID_FUNCTION_ARGUMENT

SELECT trim_array(ARRAY[1, 2, 3], 1), trim_array(ARRAY[1, 2, 3], 3), trim_array(ARRAY[1, 2, 3], 0);
> [1, 2] | [] | [1, 2, 3]

SELECT trim_array(ARRAY[1, 2, 3], 4);
> error INVALID_FUNCTION_ARGUMENT

SELECT zip(ARRAY[1, 2], ARRAY['a', 'b']), zip(ARRAY[1, 2, 3], ARRAY['a']), zip(ARRAY[1], ARRAY[2], ARRAY[3]), zip(ARRAY[], ARRAY[1]);
> types array(row(integer, varchar)), array(row(integer, varchar)), array(row(integer, integer, integer)), array(row(unknown, integer))
> [{1, a}, {2, b}] | [{1, a}, {2, NULL}, {3, NULL}] | [{1, 2, 3}] | [{NULL, 1}]

-- sequence
SELECT sequence(1, 5), sequence(5, 1), sequence(1, 10, 3), sequence(10, 1, -4), sequence(3, 3), sequence(BIGINT '1', 2);
> types array(bigint), array(bigint), array(bigint), array(bigint), array(bigint), array(bigint)
> [1, 2, 3, 4, 5] | [5, 4, 3, 2, 1] | [1, 4, 7, 10] | [10, 6, 2] | [3] | [1, 2]

SELECT sequence(1, 5, -1);
> error INVALID_FUNCTION_ARGUMENT

SELECT sequence(1, 5, 0);
> error INVALID_FUNCTION_ARGUMENT

SELECT sequence(1, 20000);
> error INVALID_FUNCTION_ARGUMENT

SELECT sequence(DATE '2023-01-30', DATE '2023-02-02'), sequence(DATE '2023-01-31', DATE '2023-05-01', INTERVAL '1' MONTH), sequence(DATE '2023-01-03', DATE '2023-01-01', INTERVAL '-1' DAY);
> types array(date), array(date), array(date)
> [2023-01-30, 2023-01-31, 2023-02-01, 2023-02-02] | [2023-01-31, 2023-02-28, 2023-03-31, 2023-04-30] | [2023-01-03, 2023-01-02, 2023-01-01]

SELECT sequence(TIMESTAMP '2023-01-01 00:00:00', TIMESTAMP '2023-01-01 02:00:00', INTERVAL '1' HOUR), sequence(TIMESTAMP '2023-01-31 10:00:00', TIMESTAMP '2023-03-31 10:00:00', INTERVAL '1' MONTH);
> [2023-01-01 00:00:00, 2023-01-01 01:00:00, 2023-01-01 02:00:00] | [2023-01-31 10:00:00, 2023-02-28 10:00:00, 2023-03-31 10:00:00]

SELECT sequence(DATE '2023-01-01', DATE '2023-01-02', INTERVAL '1' HOUR);
> error INVALID_FUNCTION_ARGUMENT

-- higher-order functions
SELECT transform(ARRAY[1, 2, NULL], x -> x * 2), transform(ARRAY['a', 'b'], x -> upper(x)), transform(ARRAY[], x -> x), transform(CAST(NULL AS array(integer)), x -> x + 1), transform(ARRAY[1, 2], x -> CAST(x AS varchar));
> types array(integer), array(varchar), array(unknown), array(integer), array(varchar)
> [2, 4, NULL] | [A, B] | [] | NULL | [1, 2]

SELECT filter(ARRAY[1, 2, NULL, 3], x -> x > 1), filter(ARRAY[1, 2], x -> CAST(NULL AS boolean)), filter(ARRAY[], x -> true), filter(ARRAY['a', 'bb'], x -> length(x) = 2);
> [2, 3] | [] | [] | [bb]

SELECT reduce(ARRAY[1, 2, 3], 0, (s, x) -> s + x, s -> s), reduce(ARRAY[1, 2, 3], 0, (s, x) -> s + x, s -> s * 10), reduce(CAST(ARRAY[] AS array(integer)), 0, (s, x) -> s + x, s -> s), reduce(ARRAY[1, NULL], 0, (s, x) -> s + x, s -> s), reduce(ARRAY[5, 20, 3], 0, (s, x) -> IF(x > s, x, s), s -> s);
> 6 | 60 | 0 | NULL | 20

SELECT reduce(ARRAY[ARRAY[1], ARRAY[2, 3]], CAST(ARRAY[] AS array(integer)), (s, x) -> concat(s, x), s -> cardinality(s));
> 3

SELECT any_match(ARRAY[1, 2], x -> x > 1), any_match(ARRAY[1, 2], x -> x > 5), any_match(ARRAY[1, NULL], x -> x > 1), any_match(ARRAY[], x -> true), any_match(ARRAY[NULL, 3], x -> x > 1);
> true | false | NULL | false | true

SELECT all_match(ARRAY[1, 2], x -> x > 0), all_match(ARRAY[1, 2], x -> x > 1), all_match(ARRAY[1, NULL], x -> x > 0), all_match(ARRAY[], x -> false), all_match(ARRAY[NULL, 0], x -> x > 0);
> true | false | NULL | true | false

SELECT none_match(ARRAY[1, 2], x -> x > 5), none_match(ARRAY[1, 2], x -> x > 1), none_match(ARRAY[1, NULL], x -> x > 5), none_match(ARRAY[], x -> true);
> true | false | NULL | true

SELECT zip_with(ARRAY[1, 2], ARRAY[10, 20], (x, y) -> x + y), zip_with(ARRAY[1, 2, 3], ARRAY['a'], (x, y) -> ROW(x, y)), zip_with(ARRAY[], ARRAY[], (x, y) -> 1);
> [11, 22] | [{1, a}, {2, NULL}, {3, NULL}] | []

SELECT id, transform(a, x -> x + 1), filter(a, x -> x % 2 = 0), cardinality(a), element_at(a, 2), reduce(a, 0, (s, x) -> s + x, s -> s) FROM (VALUES (1, ARRAY[1, 2, 3, 4]), (2, ARRAY[]), (3, NULL), (4, ARRAY[5, NULL])) AS t(id, a) ORDER BY id;
> 1 | [2, 3, 4, 5] | [2, 4] | 4 | 2 | 10
> 2 | [] | [] | 0 | NULL | 0
> 3 | NULL | NULL | NULL | NULL | NULL
> 4 | [6, NULL] | [] | 2 | NULL | NULL

-- the Lake pattern: the first resource's field
SELECT element_at(resources, 1).arn, resources[1].type FROM (VALUES ARRAY[CAST(ROW('arn:aws:s3:::b', 'AWS::S3::Bucket') AS row(arn varchar, type varchar))]) AS t(resources);
> arn:aws:s3:::b | AWS::S3::Bucket

-- comparisons
SELECT ARRAY[1, 2] = ARRAY[1, 2], ARRAY[1, 2] = ARRAY[2, 1], ARRAY[1] < ARRAY[1, 0], ARRAY[1, NULL] = ARRAY[2, NULL], ARRAY[1, 2] = ARRAY[1], ARRAY[1, NULL] IS DISTINCT FROM ARRAY[1, NULL];
> true | false | true | false | false | false

SELECT a = b, a <> b, a IS DISTINCT FROM b FROM (VALUES (ARRAY[1, NULL], ARRAY[1, NULL]), (ARRAY[1, NULL], ARRAY[2, NULL]), (ARRAY[NULL], ARRAY[NULL, NULL])) AS t(a, b);
> NULL | NULL | false
> false | true | true
> false | true | true

-- UNNEST
SELECT x FROM (VALUES ARRAY[1, 2]) t(a) CROSS JOIN UNNEST(a) AS u(x);
> 1
> 2

SELECT id, x FROM (VALUES (1, ARRAY['a', 'b']), (2, ARRAY[]), (3, NULL), (4, ARRAY[NULL])) AS t(id, a) CROSS JOIN UNNEST(a) AS u(x) ORDER BY id, x;
> 1 | a
> 1 | b
> 4 | NULL

SELECT id, x, n FROM (VALUES (1, ARRAY['a', 'b']), (2, ARRAY['c'])) AS t(id, a) CROSS JOIN UNNEST(a) WITH ORDINALITY AS u(x, n) ORDER BY id, n;
> 1 | a | 1
> 1 | b | 2
> 2 | c | 1

SELECT k, v FROM (VALUES MAP(ARRAY['a', 'b'], ARRAY[1, 2])) AS t(m) CROSS JOIN UNNEST(m) AS u(k, v) ORDER BY k;
> a | 1
> b | 2

SELECT k, v, n FROM (VALUES MAP(ARRAY['a', 'b'], ARRAY[1, 2])) AS t(m) CROSS JOIN UNNEST(m) WITH ORDINALITY AS u(k, v, n) ORDER BY n;
> a | 1 | 1
> b | 2 | 2

SELECT x, y FROM (VALUES (ARRAY[1, 2, 3], ARRAY['a'])) AS t(a, b) CROSS JOIN UNNEST(a, b) AS u(x, y) ORDER BY x;
> 1 | a
> 2 | NULL
> 3 | NULL

SELECT * FROM UNNEST(ARRAY[1, 2]) AS u(x);
> 1
> 2

SELECT * FROM UNNEST(ARRAY[1, 2], ARRAY['a', 'b', 'c']) WITH ORDINALITY AS u(x, y, n);
> 1 | a | 1
> 2 | b | 2
> NULL | c | 3

SELECT count(*), sum(x) FROM (VALUES ARRAY[1, 2], ARRAY[3]) AS t(a) CROSS JOIN UNNEST(a) AS u(x);
> 3 | 6

-- arrays of rows: AS u(r) keeps the row, AS u(f1, f2) expands its fields (Lake queries use both)
-- Lake extension, not Trino: one alias for an array of rows names the row (Athena and Lake accept it; Trino 476 wants one alias per field)
SELECT u.r.arn, u.r.type FROM (VALUES ARRAY[CAST(ROW('arn:1', 'T1') AS row(arn varchar, type varchar)), CAST(ROW('arn:2', 'T2') AS row(arn varchar, type varchar))]) AS t(resources) CROSS JOIN UNNEST(resources) AS u(r) ORDER BY 1;
> arn:1 | T1
> arn:2 | T2

SELECT arn, type FROM (VALUES ARRAY[CAST(ROW('arn:1', 'T1') AS row(arn varchar, type varchar)), CAST(ROW('arn:2', 'T2') AS row(arn varchar, type varchar))]) AS t(resources) CROSS JOIN UNNEST(resources) AS u(arn, type) ORDER BY arn;
> arn:1 | T1
> arn:2 | T2

-- Lake extension, not Trino: the single alias is the whole row
SELECT r FROM (VALUES ARRAY[CAST(ROW('arn:1', 'T1') AS row(arn varchar, type varchar))]) AS t(resources) CROSS JOIN UNNEST(resources) AS u(r);
> {arn=arn:1, type=T1}

SELECT a, b, n FROM UNNEST(ARRAY[ROW(1, 'x'), ROW(2, 'y')]) WITH ORDINALITY AS u(a, b, n) ORDER BY n;
> 1 | x | 1
> 2 | y | 2

SELECT id, x FROM (VALUES (1, ARRAY[1, 2]), (2, ARRAY[])) AS t(id, a) LEFT JOIN UNNEST(a) AS u(x) ON true ORDER BY id, x;
> 1 | 1
> 1 | 2
> 2 | NULL

-- a store-like table: arrays of rows in columns
SELECT eventid, element_at(resources, 1).arn, element_at(resources, -1).type, cardinality(resources) FROM golden_events ORDER BY eventid;
> e1 | arn:aws:s3:::b1 | AWS::S3::Object | 2
> e2 | NULL | NULL | 0
> e3 | NULL | NULL | NULL
> e4 | arn:aws:s3:::b2 | AWS::S3::Bucket | 1

SELECT eventid, resources[1].arn FROM golden_events WHERE cardinality(resources) > 0 ORDER BY eventid;
> e1 | arn:aws:s3:::b1
> e4 | arn:aws:s3:::b2

SELECT eventid, resources[1].arn FROM golden_events ORDER BY eventid;
> error INVALID_FUNCTION_ARGUMENT

SELECT eventid, arn, type FROM golden_events CROSS JOIN UNNEST(resources) AS u(arn, type) ORDER BY eventid, arn;
> e1 | arn:aws:s3:::b1 | AWS::S3::Bucket
> e1 | arn:aws:s3:::b1/k1 | AWS::S3::Object
> e4 | arn:aws:s3:::b2 | AWS::S3::Bucket

SELECT eventid, arn, n FROM golden_events CROSS JOIN UNNEST(resources) WITH ORDINALITY AS u(arn, type, n) ORDER BY eventid, n;
> e1 | arn:aws:s3:::b1 | 1
> e1 | arn:aws:s3:::b1/k1 | 2
> e4 | arn:aws:s3:::b2 | 1

SELECT eventid, k, v FROM golden_events CROSS JOIN UNNEST(requestparameters) AS p(k, v) ORDER BY eventid, k;
> e1 | bucketName | b1
> e1 | key | k1
> e3 | roleArn | arn:aws:iam::111122223333:role/r
> e3 | roleSessionName | s
> e4 | bucketName | b2

SELECT eventid, arn FROM golden_events LEFT JOIN UNNEST(resources) AS u(arn, type) ON true ORDER BY eventid, arn;
> e1 | arn:aws:s3:::b1
> e1 | arn:aws:s3:::b1/k1
> e2 | NULL
> e3 | NULL
> e4 | arn:aws:s3:::b2

SELECT count(*) FROM golden_events WHERE any_match(resources, r -> r.type = 'AWS::S3::Object');
> 1

SELECT eventid, transform(resources, r -> r.arn) FROM golden_events ORDER BY eventid;
> e1 | [arn:aws:s3:::b1, arn:aws:s3:::b1/k1]
> e2 | []
> e3 | NULL
> e4 | [arn:aws:s3:::b2]

-- Lake extension, not Trino: one alias for the rows of a store column (Lake and Athena accept it)
SELECT eventid, r.arn, r.type FROM golden_events CROSS JOIN UNNEST(resources) AS t(r) ORDER BY eventid, r.arn;
> e1 | arn:aws:s3:::b1 | AWS::S3::Bucket
> e1 | arn:aws:s3:::b1/k1 | AWS::S3::Object
> e4 | arn:aws:s3:::b2 | AWS::S3::Bucket

-- Lake extension, not Trino: the single alias is the whole row
SELECT r FROM golden_events CROSS JOIN UNNEST(resources) AS t(r) WHERE eventid = 'e4';
> {arn=arn:aws:s3:::b2, type=AWS::S3::Bucket}

-- Lake extension, not Trino: single-alias rows next to a map UNNEST with two aliases
SELECT eventid, r.arn, k FROM golden_events CROSS JOIN UNNEST(resources) AS t(r) CROSS JOIN UNNEST(requestparameters) AS p(k, v) ORDER BY eventid, r.arn, k;
> e1 | arn:aws:s3:::b1 | bucketName
> e1 | arn:aws:s3:::b1 | key
> e1 | arn:aws:s3:::b1/k1 | bucketName
> e1 | arn:aws:s3:::b1/k1 | key
> e4 | arn:aws:s3:::b2 | bucketName

-- Lake extension, not Trino: single-alias rows with ordinality
SELECT eventid, r.arn, n FROM golden_events CROSS JOIN UNNEST(resources) WITH ORDINALITY AS t(r, n) ORDER BY eventid, n;
> e1 | arn:aws:s3:::b1 | 1
> e1 | arn:aws:s3:::b1/k1 | 2
> e4 | arn:aws:s3:::b2 | 1
