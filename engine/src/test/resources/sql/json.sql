-- JSON functions and casts, checked against Trino 476 (session time zone UTC).
-- Tarn does not track varchar lengths: Trino's varchar(n) is written varchar in "types" lines.

-- json_extract_scalar: Trino's JSONPath subset ($, .key, ["key"], [n]); stops at the first match
SELECT json_extract_scalar('{"a":{"b":"x"}}', '$.a.b'), json_extract_scalar('{"a":{"b":1.50e1}}', '$.a.b'), json_extract_scalar('{"a":true}', '$.a');
> types varchar, varchar, varchar
> x | 1.50e1 | true

SELECT json_extract_scalar('{"a":{"b":1}}', '$.a'), json_extract_scalar('{"a":[1]}', '$.a'), json_extract_scalar('{"a":null}', '$.a'), json_extract_scalar('{"a":1}', '$.b');
> NULL | NULL | NULL | NULL

SELECT json_extract_scalar('[1,[2,3]]', '$[1][0]'), json_extract_scalar('[1,[2,3]]', '$.1.0'), json_extract_scalar('{"1":"one"}', '$[1]'), json_extract_scalar('{"1":"one"}', '$.1');
> 2 | 2 | one | one

SELECT json_extract_scalar('{"a b":"x"}', '$["a b"]'), json_extract_scalar('{"a\"b":"y"}', '$["a\"b"]'), json_extract_scalar('{"AWS:Item":"v"}', '$.AWS:Item'), json_extract_scalar('{"a":{"b":"x"}}', '$["a"].b');
> x | y | v | x

SELECT json_extract_scalar('"abc"', '$'), json_extract_scalar('12', '$'), json_extract_scalar('{"a":1}', '$'), json_extract_scalar('[1]', '$[01]'), json_extract_scalar('{"a":"x"}', '$[a]');
> abc | 12 | NULL | NULL | x

SELECT json_extract_scalar('{"a":1, garbage', '$.a'), json_extract_scalar('{"a":"x", "a":"y"}', '$.a'), json_extract_scalar('{"a":1 /*c*/}', '$.a'), json_extract_scalar('{"b":[1,}, "a":1}', '$.a');
> 1 | x | 1 | NULL

SELECT json_extract_scalar('not json', '$.a'), json_extract_scalar('', '$'), json_extract_scalar('{"a":NaN}', '$.a'), json_extract_scalar('{a:1}', '$.a'), json_extract_scalar('{"a":01}', '$.a');
> NULL | NULL | NULL | NULL | NULL

SELECT json_extract_scalar('{"a":"\ud83d\ude00 h\u00e9\t"}', '$.a'), json_extract_scalar('{"é":"x"}', '$.é'), json_extract_scalar('{"a":123456789012345678901234567890}', '$.a'), json_extract_scalar('{"a":-0.0}', '$.a');
> 😀 hé	 | x | 123456789012345678901234567890 | -0.0

SELECT json_extract_scalar('{"a":[1,2]}', '$.a[5]'), json_extract_scalar('{"a":"x"}', '$.a.b'), json_extract_scalar('[1,2]', '$.a'), json_extract_scalar('{"2147483648":"x"}', '$[2147483648]');
> NULL | NULL | NULL | x

SELECT json_extract_scalar(CAST(NULL AS varchar), '$.a'), json_extract_scalar('{}', CAST(NULL AS varchar));
> NULL | NULL

SELECT json_extract_scalar(JSON '{"a":{"b":"x"}}', '$.a.b'), json_extract_scalar(JSON '{"a":[1,2.5]}', '$.a[1]'), json_extract_scalar(JSON '{"a":[1,2.5]}', '$.a'), json_extract_scalar(CAST(NULL AS json), '$.a');
> types varchar, varchar, varchar, varchar
> x | 2.5 | NULL | NULL

SELECT json_extract_scalar('{"a":1}', 'a');
> error INVALID_FUNCTION_ARGUMENT

SELECT json_extract_scalar('{"a":1}', '$.a.');
> error INVALID_FUNCTION_ARGUMENT

SELECT json_extract_scalar('{"a":1}', '$.a[-1]');
> error INVALID_FUNCTION_ARGUMENT

SELECT json_extract_scalar('{"a":1}', '$.*');
> error INVALID_FUNCTION_ARGUMENT

SELECT json_extract_scalar('{"a":1}', '$..a');
> error INVALID_FUNCTION_ARGUMENT

SELECT json_extract_scalar('{"a":1}', '');
> error INVALID_FUNCTION_ARGUMENT

SELECT json_extract_scalar('{"a":1}', '$ .a');
> error INVALID_FUNCTION_ARGUMENT

SELECT json_extract_scalar('{"a":1}', '$[''a'']');
> error INVALID_FUNCTION_ARGUMENT

SELECT json_extract_scalar('{"a":1}', '$.a-b');
> error INVALID_FUNCTION_ARGUMENT

SELECT json_extract_scalar('{"a":1}', '$["a"');
> error INVALID_FUNCTION_ARGUMENT

SELECT json_extract_scalar('{"a":1}', '$[1.0]');
> error INVALID_FUNCTION_ARGUMENT

SELECT json_extract_scalar(1, '$.a');
> error FUNCTION_NOT_FOUND

-- many rows, paths from columns, NULL rows
SELECT id, json_extract_scalar(j, '$.user.name'), json_extract_scalar(j, p) FROM (VALUES (1, '{"user":{"name":"ann","id":7},"x":1}', '$.x'), (2, '{"user":{"id":8}}', '$.user.id'), (3, NULL, '$.x'), (4, '{"user":{"name":"bo"}}', NULL), (5, '[]', '$[0]')) AS t(id, j, p) ORDER BY id;
> 1 | ann | 1
> 2 | NULL | 8
> 3 | NULL | NULL
> 4 | bo | NULL
> 5 | NULL | NULL

SELECT count(*) FROM (VALUES '{"type":"IAMUser"}', '{"type":"Root"}', '{"type":"IAMUser"}', 'bad') AS t(j) WHERE json_extract_scalar(j, '$.type') = 'IAMUser';
> 2

SELECT id FROM (VALUES (1, '{"a":"1"}'), (2, '{"a":"2"}')) AS t(id, j) CROSS JOIN (VALUES '$.a', '$.b') AS u(p) WHERE json_extract_scalar(j, p) = '2';
> 2

-- json_extract: key order and number text as Jackson copies them
SELECT json_extract('{"a":{"z":1.50,"b":2,"c":"x\u00e9"}}', '$.a'), json_extract('{"a":[1, 2e3, 1.0E2]}', '$.a'), json_extract('{"a":null}', '$.a'), json_extract('{"a":true}', '$.a');
> types json, json, json, json
> {"z":1.5,"b":2,"c":"xé"} | [1,2000.0,100.0] | null | true

SELECT json_extract('{"a":1}', '$'), json_extract('  [1, 2]  ', '$'), json_extract('{"a":{}}', '$.a'), json_extract('{"a":[ ]}', '$.a'), json_extract('{"a":"x"}', '$.a');
> {"a":1} | [1,2] | {} | [] | "x"

SELECT json_extract('{"a":{"b":[{"c":1},{"c":2}]}}', '$.a.b[1]'), json_extract('{"a":"x"}', '$.a.b'), json_extract('[1,2]', '$.a'), json_extract('{"a":[1, 2}', '$.a'), json_extract('{"a":1, garbage', '$.a');
> {"c":2} | NULL | NULL | NULL | 1

SELECT json_extract('{"a":"x\ty"}', '$.a'), json_extract('{"a":"/\u0001"}', '$.a'), json_extract('{"a":123456789012345678901234567890}', '$.a'), json_extract('{"a":1.000000000000000000001}', '$.a');
> "x\ty" | "/\u0001" | 123456789012345678901234567890 | 1.0

SELECT json_extract(JSON '{"a":{"b":"c"}}', '$.a'), json_extract(JSON '[[1,2],[3]]', '$[1]'), json_extract(CAST(NULL AS json), '$'), json_extract('', '$'), json_extract('nope', '$');
> {"b":"c"} | [3] | NULL | NULL | NULL

SELECT json_extract('{"a":1}', '$a');
> error INVALID_FUNCTION_ARGUMENT

-- the Lake pattern: objects of a JSON document as a map of json values
SELECT CAST(json_extract('{"p":{"b":{"Id":"2","State":"Missing"},"a":{"Id":"1","State":"Installed"}}}', '$.p') AS map(varchar, json));
> {b={"Id":"2","State":"Missing"}, a={"Id":"1","State":"Installed"}}

SELECT transform(filter(map_values(CAST(json_extract(json_parse('{"p":{"k1":{"Id":"1","State":"Installed"},"k2":{"Id":"2","State":"Missing"}}}'), '$.p') AS map(varchar, json))), item -> CAST(json_extract(item, '$.State') AS varchar) = 'Installed'), item -> json_extract(item, '$.Id'));
> ["1"]

SELECT json_extract_scalar(json_array_get('[{"complianceType":"NON_COMPLIANT"}]', 0), '$.complianceType');
> NON_COMPLIANT

-- json_parse, json_format
SELECT json_parse('{"b":1.50,"a":[2e3, "x\u00e9", null]}'), json_parse(' 1 '), json_parse('"x"'), json_parse('{"a":1,"a":2}'), json_parse('[]'), json_parse('null');
> types json, json, json, json, json, json
> {"a":[2000.0,"xé",null],"b":1.5} | 1 | "x" | {"a":2} | [] | null

SELECT json_format(json_parse('{"b":1,"a":2}')), json_format(JSON '"a\"b"'), json_format(JSON '[1, 1.5e0, "x"]'), json_format(CAST(NULL AS json));
> types varchar, varchar, varchar, varchar
> {"a":2,"b":1} | "a\"b" | [1,1.5,"x"] | NULL

SELECT json_parse('{"a":1} x');
> error INVALID_FUNCTION_ARGUMENT

SELECT json_parse('');
> error INVALID_FUNCTION_ARGUMENT

SELECT json_parse('[NaN]');
> error INVALID_FUNCTION_ARGUMENT

SELECT json_parse('{"a":1 /*c*/}');
> error INVALID_FUNCTION_ARGUMENT

SELECT try(json_parse('{')), json_parse(CAST(NULL AS varchar));
> NULL | NULL

-- json_array_get: 0-based, negative from the end, JSON null gives SQL null
SELECT json_array_get('[1, "a", [2], {"x":null}, null, 1.50]', 0), json_array_get('[1, "a", [2], {"x":null}, null, 1.50]', 1), json_array_get('[1, "a", [2], {"x":null}, null, 1.50]', 2), json_array_get('[1, "a", [2], {"x":null}, null, 1.50]', 3), json_array_get('[1, "a", [2], {"x":null}, null, 1.50]', 4), json_array_get('[1, "a", [2], {"x":null}, null, 1.50]', 5);
> types json, json, json, json, json, json
> 1 | a | [2] | {"x":null} | NULL | 1.50

SELECT json_array_get('[1,2,3]', -1), json_array_get('[1,2,3]', -3), json_array_get('[1,2,3]', -4), json_array_get('[1,2,3]', 3), json_array_get('{"a":1}', 0), json_array_get('[1,', 0), json_array_get('[true, false]', 1);
> 3 | 1 | NULL | NULL | NULL | 1 | false

SELECT json_array_get(JSON '["a", {"b": 2}]', 1), json_array_get(JSON '[]', 0), json_array_get(CAST(NULL AS varchar), 0), json_array_get('[1]', NULL);
> {"b":2} | NULL | NULL | NULL

-- json_array_length, json_array_contains, json_size, is_json_scalar
SELECT json_array_length('[1,2,[3]]'), json_array_length('{}'), json_array_length('[1,'), json_array_length(JSON '[]'), json_array_length('x'), json_array_length(JSON '{"a":[1]}');
> types bigint, bigint, bigint, bigint, bigint, bigint
> 3 | NULL | NULL | 0 | NULL | NULL

SELECT json_array_contains('[1, 2.0, "3", true]', 2), json_array_contains('[1, 2.0, "3", true]', 2.0), json_array_contains('[1, 2.0, "3", true]', '3'), json_array_contains('[1, 2.0, "3", true]', true), json_array_contains('[1, 2.0, "3", true]', 1);
> false | true | true | true | true

SELECT json_array_contains('{"a":1}', 1), json_array_contains('[1, x', 1), json_array_contains('[1, x', 2), json_array_contains(JSON '["a", ["b"]]', 'b'), json_array_contains(JSON '[false]', false), json_array_contains('[1]', CAST(NULL AS bigint));
> NULL | true | NULL | false | true | NULL

SELECT json_size('{"a":{"b":1,"c":2}}', '$.a'), json_size('[1,2,[3]]', '$'), json_size('{"a":1}', '$.a'), json_size('{"a":1}', '$.b'), json_size(JSON '[1,2]', '$'), json_size('{"a":[1,2,3]}', '$.a');
> types bigint, bigint, bigint, bigint, bigint, bigint
> 2 | 3 | 0 | NULL | 2 | 3

SELECT json_size('{"a":1}', 'x');
> error INVALID_FUNCTION_ARGUMENT

SELECT is_json_scalar('1'), is_json_scalar('[1]'), is_json_scalar('{}'), is_json_scalar('"x"'), is_json_scalar(JSON 'null'), is_json_scalar(JSON '[1]'), is_json_scalar(CAST(NULL AS varchar));
> types boolean, boolean, boolean, boolean, boolean, boolean, boolean
> true | false | false | true | true | false | NULL

SELECT is_json_scalar('[1');
> error INVALID_FUNCTION_ARGUMENT

SELECT is_json_scalar('1 2');
> error INVALID_FUNCTION_ARGUMENT

-- casts from json
SELECT CAST(JSON '{"b":1,"a":2}' AS map(varchar, integer)), CAST(JSON '[1,"2",3.0]' AS array(varchar)), CAST(json_parse('{"x":{"b":1},"y":[1]}') AS map(varchar, json)), CAST(JSON '[1,null]' AS array(bigint));
> {a=2, b=1} | [1, 2, 3.0E0] | {x={"b":1}, y=[1]} | [1, NULL]

SELECT CAST(JSON '"abc"' AS varchar), CAST(JSON '123' AS varchar), CAST(JSON '1.5' AS varchar), CAST(JSON 'true' AS varchar), CAST(JSON 'null' AS varchar), CAST(JSON '1.5' AS bigint), CAST(JSON '"12"' AS bigint), CAST(JSON '12' AS double);
> abc | 123 | 1.5E0 | true | NULL | 2 | 12 | 12.0

SELECT CAST(JSON 'true' AS bigint), CAST(JSON '"true"' AS boolean), CAST(JSON '0' AS boolean), CAST(JSON '1.5' AS decimal(3,1)), CAST(JSON '[1,2]' AS array(double)), CAST(JSON '{"a":[1,2]}' AS map(varchar, array(integer)));
> 1 | true | false | 1.5 | [1.0, 2.0] | {a=[1, 2]}

SELECT CAST(json_parse('["a",1,true,null,2.5]') AS array(varchar)), CAST(json_extract('{"tags":["x","y"]}', '$.tags') AS array(varchar)), CAST(JSON '{"a":"1","b":null}' AS map(varchar, varchar));
> [a, 1, true, NULL, 2.5E0] | [x, y] | {a=1, b=NULL}

SELECT CAST(JSON '[1]' AS varchar);
> error INVALID_CAST_ARGUMENT

SELECT CAST(JSON '{"a":1}' AS array(varchar));
> error INVALID_CAST_ARGUMENT

SELECT CAST(JSON '"x"' AS bigint);
> error INVALID_CAST_ARGUMENT

SELECT CAST(JSON '[1,[2]]' AS array(varchar));
> error INVALID_CAST_ARGUMENT

SELECT CAST(JSON '{"a":[1],"b":{"c":1}}' AS map(varchar, varchar));
> error INVALID_CAST_ARGUMENT

SELECT CAST(JSON '12345678901' AS integer);
> error INVALID_CAST_ARGUMENT

SELECT try_cast(JSON '[1]' AS varchar), try_cast(JSON '{"a":1}' AS array(varchar));
> NULL | NULL

-- casts to json
SELECT CAST(ARRAY[1,2] AS json), CAST(MAP(ARRAY['b','a'], ARRAY[1,2]) AS json), CAST('abc' AS json), CAST(1.5e0 AS json), CAST(NULL AS json), CAST(true AS json);
> types json, json, json, json, json, json
> [1,2] | {"a":2,"b":1} | "abc" | 1.5 | NULL | true

SELECT CAST(DATE '2020-01-01' AS json), CAST(TIMESTAMP '2020-01-01 00:00:00' AS json), CAST(ARRAY['a', NULL] AS json), CAST(MAP(ARRAY[2, 1], ARRAY['x', 'y']) AS json), CAST(12.50 AS json);
> "2020-01-01" | "2020-01-01 00:00:00" | ["a",null] | {"1":"y","2":"x"} | 12.50

SELECT CAST(ARRAY[ARRAY[1], ARRAY[2, 3]] AS json), CAST(MAP(ARRAY['k'], ARRAY[MAP(ARRAY['z','y'], ARRAY[1,2])]) AS json), CAST('a"b\' AS json), CAST(json_parse('{"a":1}') AS json);
> [[1],[2,3]] | {"k":{"y":2,"z":1}} | "a\"b\\" | {"a":1}

SELECT CAST(JSON '{"b":1,"a":2}' AS varchar);
> error INVALID_CAST_ARGUMENT

-- json literals are canonical: sorted keys, no whitespace
SELECT JSON '{"b":[1, 1.5e0, "x"], "a":null}', JSON '  "x" ', JSON '1.0';
> {"a":null,"b":[1,1.5,"x"]} | "x" | 1.0

-- over a store-like table's eventjson column
SELECT eventid, json_extract_scalar(eventjson, '$.userIdentity.type'), json_extract_scalar(eventjson, '$.requestParameters.bucketName'), json_extract(eventjson, '$.tags'), json_size(eventjson, '$') FROM golden_events ORDER BY eventid;
> e1 | IAMUser | b1 | NULL | 4
> e2 | Root | NULL | NULL | 3
> e3 | NULL | NULL | NULL | NULL
> e4 | NULL | b2 | ["x","y"] | 4

SELECT json_extract_scalar(eventjson, '$.eventName') AS name, count(*) FROM golden_events WHERE json_extract_scalar(eventjson, '$.userIdentity.type') IS NOT NULL GROUP BY json_extract_scalar(eventjson, '$.eventName') ORDER BY name;
> ConsoleLogin | 1
> GetObject | 1

SELECT eventid FROM golden_events WHERE json_extract_scalar(eventjson, '$.additionalEventData.MFAUsed') = 'No';
> e2

SELECT eventid, CAST(json_extract(eventjson, '$.requestParameters') AS map(varchar, varchar)) FROM golden_events WHERE eventjson IS NOT NULL ORDER BY eventid;
> e1 | {bucketName=b1, key=k1}
> e2 | NULL
> e4 | {bucketName=b2}
