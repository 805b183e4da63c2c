-- User errors over the fixture lake: a stable code (Trino's name) and the line:column of the mistake.

-- Only SELECT (and WITH) is accepted; other statements are refused before they touch a store.
INSERT INTO ${id:invictus} SELECT * FROM ${id:invictus};
> error NOT_SUPPORTED at 1:1

CREATE TABLE copy AS SELECT * FROM ${id:invictus};
> error NOT_SUPPORTED at 1:1

DROP TABLE ${id:invictus};
> error NOT_SUPPORTED at 1:1

DELETE FROM ${id:invictus} WHERE eventName = 'Decrypt';
> error NOT_SUPPORTED at 1:1

  UPDATE ${id:invictus} SET eventName = 'x';
> error NOT_SUPPORTED at 1:3

-- ... and changed nothing.
SELECT count(*) FROM ${id:invictus};
> 2900

-- Unknown names.
SELECT eventNam FROM ${id:invictus};
> error COLUMN_NOT_FOUND at 1:8
> message Column 'eventnam' cannot be resolved. Did you mean 'eventname'?

-- A column of another store of the query is no suggestion (was "Did you mean 'resources'?").
SELECT count(*) FROM ${id:config-items} c JOIN ${id:invictus} i ON c.resources IS NULL;
> error COLUMN_NOT_FOUND at 1:110
> message Column 'resources' cannot be resolved

SELECT count(*)
FROM ${id:invictus}
WHERE userIdentity.sessionContext.nosuch = 'x';
> error COLUMN_NOT_FOUND at 3:7

SELECT lowr(eventName) FROM ${id:invictus};
> error FUNCTION_NOT_FOUND at 1:8
> message Function 'lowr' not registered. Did you mean 'lower'?

SELECT count(*) FROM 00000000-0000-0000-0000-000000000000;
> error TABLE_NOT_FOUND at 1:22

SELECT count(*) FROM arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/00000000-0000-0000-0000-000000000000;
> error TABLE_NOT_FOUND at 1:22

SELECT count(*) FROM invictos;
> error TABLE_NOT_FOUND at 1:22
> message Did you mean 'invictus'?

-- Type errors. Trino's codes (checked with Trino 476); Trino places an operator's error at the operator,
-- Tarn at the expression's start. A string compared with eventTime is Lake's extension, so a string that
-- is no timestamp fails when cast, as does a missing key of a map subscript (Trino: the same codes).
SELECT count(*) FROM ${id:invictus} WHERE readOnly = 'yes';
> error TYPE_MISMATCH at 1:65

SELECT eventName + 1 FROM ${id:invictus};
> error TYPE_MISMATCH at 1:8
> message Cannot apply operator: varchar + integer

SELECT count(*) FROM ${id:invictus} WHERE eventTime > 'yesterday';
> error INVALID_CAST_ARGUMENT

SELECT requestParameters['nosuch'] FROM ${id:invictus} WHERE eventName = 'CreateBucket';
> error INVALID_FUNCTION_ARGUMENT

SELECT sum(eventName) FROM ${id:invictus};
> error FUNCTION_NOT_FOUND at 1:8
> message Unexpected parameters (varchar) for function sum. Expected: sum(numeric)

SELECT count(*) FROM ${id:invictus} WHERE cardinality(eventName) > 0;
> error FUNCTION_NOT_FOUND at 1:65

SELECT count(*) FROM ${id:invictus} GROUP BY eventName HAVING eventSource = 'x';
> error EXPRESSION_NOT_AGGREGATE at 1:85

SELECT count(*) FROM ${id:invictus} WHERE CAST(eventName AS bigint) > 0;
> error INVALID_CAST_ARGUMENT

-- Syntax errors point at the offending token, lines counted from the statement's first. (Trino, whose
-- parser reads further, points at the end of input after AND, 3:26, and at the eventName after ORDER.)
SELECT eventName
FROM ${id:invictus}
WHERE eventName = 'x' AND;
> error SYNTAX_ERROR at 3:23
> message mismatched input 'AND'. Expecting:

SELECT eventName FROM ${id:invictus} ORDER eventName;
> error SYNTAX_ERROR at 1:60
> message mismatched input 'ORDER'. Expecting:

-- a lambda in a subquery that reads a column of the outer query (Calcite's decorrelation cannot keep the lambda)
SELECT count(*) FROM ${id:invictus} a WHERE EXISTS (SELECT 1 FROM ${id:invictus} b WHERE b.eventID = a.eventID
  AND any_match(b.resources, r -> strpos(r.arn, a.awsRegion) > 0));
> error NOT_SUPPORTED at 2:49
