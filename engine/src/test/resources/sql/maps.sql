-- Map functions, checked against Trino 476 (session time zone UTC).
-- Maps print their entries in the order Trino's server keeps them (insertion order), as Tarn does.

-- map constructors
SELECT map(ARRAY['a', 'b'], ARRAY[1, 2]), map(), map(ARRAY[1], ARRAY[NULL]), MAP(ARRAY['x'], ARRAY[ARRAY[1, 2]]);
> types map(varchar, integer), map(unknown, unknown), map(integer, unknown), map(varchar, array(integer))
> {a=1, b=2} | {} | {1=NULL} | {x=[1, 2]}

SELECT map(ARRAY['a', 'a'], ARRAY[1, 2]);
> error INVALID_FUNCTION_ARGUMENT

SELECT map(ARRAY['a', NULL], ARRAY[1, 2]);
> error INVALID_FUNCTION_ARGUMENT

SELECT map(ARRAY['a'], ARRAY[1, 2]);
> error INVALID_FUNCTION_ARGUMENT

SELECT map(CAST(NULL AS array(varchar)), ARRAY[1]), map(ARRAY['a'], CAST(NULL AS array(integer)));
> NULL | NULL

-- element_at and subscript
SELECT element_at(MAP(ARRAY['a', 'b'], ARRAY['1', '2']), 'b'), element_at(MAP(ARRAY['a'], ARRAY['1']), 'z'), element_at(MAP(ARRAY[1, 2], ARRAY[10, 20]), 2), element_at(MAP(ARRAY['a'], ARRAY[NULL]), 'a');
> types varchar, varchar, integer, unknown
> 2 | NULL | 20 | NULL

SELECT element_at(MAP(ARRAY[1.5e0], ARRAY['x']), 1.5e0), element_at(MAP(ARRAY[ARRAY[1]], ARRAY['arr']), ARRAY[1]), element_at(CAST(NULL AS map(varchar, varchar)), 'a'), element_at(MAP(ARRAY['a'], ARRAY['1']), NULL);
> x | arr | NULL | NULL

SELECT element_at(MAP(ARRAY[1, 2], ARRAY['x', 'y']), 2), element_at(MAP(ARRAY[BIGINT '1'], ARRAY['x']), 1);
> y | x

SELECT MAP(ARRAY['a', 'b'], ARRAY[1, 2])['b'], MAP(ARRAY[1], ARRAY['one'])[1];
> 2 | one

SELECT MAP(ARRAY['a', 'b'], ARRAY[1, 2])['z'];
> error INVALID_FUNCTION_ARGUMENT

SELECT CAST(NULL AS map(varchar, integer))['a'], MAP(ARRAY['a'], ARRAY[NULL])['a'];
> NULL | NULL

-- element_at over rows of a column, string keys and values (the Lake pattern)
SELECT id, element_at(m, 'bucketName'), element_at(m, k) FROM (VALUES (1, MAP(ARRAY['bucketName', 'key'], ARRAY['b1', 'k1']), 'key'), (2, MAP(ARRAY['x'], ARRAY['y']), 'x'), (3, NULL, 'x'), (4, MAP(ARRAY['bucketName'], ARRAY[NULL]), NULL), (5, map(), 'a')) AS t(id, m, k) ORDER BY id;
> 1 | b1 | k1
> 2 | NULL | y
> 3 | NULL | NULL
> 4 | NULL | NULL
> 5 | NULL | NULL

SELECT count(*) FROM (VALUES MAP(ARRAY['k'], ARRAY['v']), MAP(ARRAY['k'], ARRAY['w']), MAP(ARRAY['j'], ARRAY['v'])) AS t(m) WHERE element_at(m, 'k') = 'v';
> 1

-- cardinality, map_keys, map_values, map_entries
SELECT cardinality(MAP(ARRAY['a', 'b'], ARRAY[1, 2])), cardinality(map()), cardinality(CAST(NULL AS map(varchar, integer)));
> types bigint, bigint, bigint
> 2 | 0 | NULL

SELECT map_keys(MAP(ARRAY['b', 'a'], ARRAY[1, 2])), map_values(MAP(ARRAY['b', 'a'], ARRAY[1, NULL])), map_keys(map()), map_values(CAST(NULL AS map(varchar, integer)));
> types array(varchar), array(integer), array(unknown), array(integer)
> [b, a] | [1, NULL] | [] | NULL

SELECT map_entries(MAP(ARRAY['b', 'a'], ARRAY[1, 2])), map_entries(map()), map_entries(CAST(NULL AS map(varchar, integer)));
> types array(row(varchar, integer)), array(row(unknown, unknown)), array(row(varchar, integer))
> [{b, 1}, {a, 2}] | [] | NULL

-- map_from_entries, multimap_from_entries
SELECT map_from_entries(ARRAY[ROW('a', 1), ROW('b', 2)]), map_from_entries(ARRAY[(1, 'x'), (2, NULL)]), map_from_entries(CAST(ARRAY[] AS array(row(varchar, integer))));
> types map(varchar, integer), map(integer, varchar), map(varchar, integer)
> {a=1, b=2} | {1=x, 2=NULL} | {}

SELECT map_from_entries(ARRAY[ROW('a', 1), ROW('a', 2)]);
> error INVALID_FUNCTION_ARGUMENT

SELECT map_from_entries(ARRAY[ROW(NULL, 1)]);
> error INVALID_FUNCTION_ARGUMENT

SELECT map_from_entries(ARRAY[ROW('a', 1), NULL]);
> error INVALID_FUNCTION_ARGUMENT

SELECT multimap_from_entries(ARRAY[ROW('a', 1), ROW('b', 2), ROW('a', 3), ROW('a', NULL)]), multimap_from_entries(CAST(NULL AS array(row(varchar, integer))));
> types map(varchar, array(integer)), map(varchar, array(integer))
> {a=[1, 3, NULL], b=[2]} | NULL

SELECT multimap_from_entries(ARRAY[ROW(NULL, 1)]);
> error INVALID_FUNCTION_ARGUMENT

-- map_concat: later maps win
SELECT map_concat(MAP(ARRAY['a', 'b'], ARRAY[1, 2]), MAP(ARRAY['b', 'c'], ARRAY[20, 30])), map_concat(MAP(ARRAY['a'], ARRAY[1]), map()), map_concat(MAP(ARRAY['a'], ARRAY[1]), MAP(ARRAY['b'], ARRAY[2]), MAP(ARRAY['a'], ARRAY[3]));
> {b=20, c=30, a=1} | {a=1} | {a=3, b=2}

SELECT map_concat(MAP(ARRAY['a'], ARRAY[1]), CAST(NULL AS map(varchar, integer))), map_concat(MAP(ARRAY['a'], ARRAY[1]), MAP(ARRAY['b'], ARRAY[2.5e0]));
> types map(varchar, integer), map(varchar, double)
> NULL | {b=2.5, a=1.0}

-- higher-order map functions
SELECT map_filter(MAP(ARRAY['a', 'b', 'c'], ARRAY[1, 2, NULL]), (k, v) -> v > 1), map_filter(MAP(ARRAY['a', 'b'], ARRAY[1, 2]), (k, v) -> k = 'a'), map_filter(map(), (k, v) -> true), map_filter(CAST(NULL AS map(varchar, integer)), (k, v) -> true);
> {b=2} | {a=1} | {} | NULL

SELECT transform_values(MAP(ARRAY['a', 'b'], ARRAY[1, 2]), (k, v) -> v * 10), transform_values(MAP(ARRAY['a', 'b'], ARRAY[1, NULL]), (k, v) -> CAST(v AS varchar)), transform_values(MAP(ARRAY[1], ARRAY['x']), (k, v) -> k + 1);
> types map(varchar, integer), map(varchar, varchar), map(integer, integer)
> {a=10, b=20} | {a=1, b=NULL} | {1=2}

SELECT transform_keys(MAP(ARRAY['a', 'b'], ARRAY[1, 2]), (k, v) -> upper(k)), transform_keys(MAP(ARRAY[1, 2], ARRAY['x', 'y']), (k, v) -> k * 10), transform_keys(map(), (k, v) -> k);
> types map(varchar, integer), map(integer, varchar), map(unknown, unknown)
> {A=1, B=2} | {10=x, 20=y} | {}

SELECT transform_keys(MAP(ARRAY['a', 'b'], ARRAY[1, 2]), (k, v) -> 'same');
> error INVALID_FUNCTION_ARGUMENT

SELECT transform_keys(MAP(ARRAY['a', 'b'], ARRAY[1, 2]), (k, v) -> CAST(NULL AS varchar));
> error INVALID_FUNCTION_ARGUMENT

SELECT map_zip_with(MAP(ARRAY['a', 'b'], ARRAY[1, 2]), MAP(ARRAY['b', 'c'], ARRAY[20, 30]), (k, v1, v2) -> coalesce(v1, 0) + coalesce(v2, 0)), map_zip_with(MAP(ARRAY[1], ARRAY['x']), MAP(ARRAY[1], ARRAY['y']), (k, a, b) -> ARRAY[a, b]);
> {a=1, b=22, c=30} | {1=[x, y]}

-- lambdas over a column
SELECT id, map_filter(m, (k, v) -> v > 2), transform_values(m, (k, v) -> v + 1), transform_keys(m, (k, v) -> upper(k)) FROM (VALUES (1, MAP(ARRAY['a', 'b'], ARRAY[1, 5])), (2, MAP(ARRAY['c'], ARRAY[3])), (3, NULL), (4, map())) AS t(id, m) ORDER BY id;
> 1 | {b=5} | {a=2, b=6} | {A=1, B=5}
> 2 | {c=3} | {c=4} | {C=3}
> 3 | NULL | NULL | NULL
> 4 | {} | {} | {}

-- A lambda reads columns of the enclosing row (v > limit_value), as in Trino.
SELECT map_filter(m, (k, v) -> v > limit_value) FROM (VALUES (MAP(ARRAY['a'], ARRAY[1]), 0)) AS t(m, limit_value);
> {a=1}

-- maps from JSON and json values of maps
SELECT map_keys(CAST(JSON '{"b":1,"a":2}' AS map(varchar, integer))), element_at(CAST(JSON '{"x":{"y":1}}' AS map(varchar, json)), 'x');
> [a, b] | {"y":1}

SELECT cardinality(map_filter(CAST(json_parse('{"a":1,"b":null,"c":3}') AS map(varchar, integer)), (k, v) -> v IS NOT NULL));
> 2

-- comparisons of maps
SELECT MAP(ARRAY['a'], ARRAY[1]) = MAP(ARRAY['a'], ARRAY[1]), MAP(ARRAY['a', 'b'], ARRAY[1, 2]) = MAP(ARRAY['b', 'a'], ARRAY[2, 1]), MAP(ARRAY['a'], ARRAY[1]) <> MAP(ARRAY['a'], ARRAY[2]);
> true | true | true
