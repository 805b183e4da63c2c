-- Lambdas inside lambdas over the invictus store's real events (LakeFixture): an inner lambda reads the
-- enclosing lambda's parameter and columns of the row. Expected values are computed from the JSON input
-- files with Python (three-valued logic as Trino's: any_match is NULL when no element matches and one
-- gives NULL); the semantics of nested lambdas were checked with Trino 476 on literal arrays (see
-- ../sql/lambdas.sql).

SELECT eventName, transform(ARRAY[1, 2], x -> transform(filter(resources, r -> r.type IS NOT NULL), r -> r.type || '#' || CAST(x AS varchar) || '@' || eventName)), any_match(ARRAY['bdbp', 'none'], p -> any_match(resources, r -> strpos(r.arn, p) > 0 AND strpos(r.arn, element_at(requestParameters, 'bucketName')) > 0)) FROM ${id:invictus} WHERE eventName IN ('CreateBucket', 'DeleteBucket') AND element_at(requestParameters, 'bucketName') = 'stratus-red-team-bdbp-lhfzvgcamn' ORDER BY eventTime;
> CreateBucket | [NULL, NULL] | NULL
> DeleteBucket | [[AWS::S3::Bucket#1@DeleteBucket], [AWS::S3::Bucket#2@DeleteBucket]] | true

-- in WHERE: events with a resource of the recipient account whose ARN has one of the words
SELECT eventName, count(*) FROM ${id:invictus} WHERE any_match(ARRAY['stratus', 'aws:kms'], p -> any_match(resources, r -> strpos(r.arn, p) > 0 AND r.accountId = recipientAccountId)) GROUP BY eventName ORDER BY count(*) DESC, eventName LIMIT 3;
> Decrypt | 178
> GetParameter | 82
> Encrypt | 42

-- in GROUP BY
SELECT any_match(ARRAY['AWS::S3::', 'AWS::IAM::'], p -> any_match(resources, r -> starts_with(r.type, p) AND r.accountId = recipientAccountId)) AS g, count(*) FROM ${id:invictus} GROUP BY any_match(ARRAY['AWS::S3::', 'AWS::IAM::'], p -> any_match(resources, r -> starts_with(r.type, p) AND r.accountId = recipientAccountId)) ORDER BY 1;
> false | 240
> true | 273
> NULL | 2387

-- a lambda in a join's condition reads columns of both sides, also from inside another lambda (counts of the
-- event names in the input; every event has an eventSource)
SELECT v.n, count(c.eventID) FROM (VALUES 'Decrypt', 'GetParameter', 'CreateBucket', 'NoSuchEvent') AS v(n) LEFT JOIN ${id:invictus} AS c ON any_match(ARRAY[c.eventName], y -> y = v.n) GROUP BY v.n ORDER BY v.n;
> CreateBucket | 5
> Decrypt | 178
> GetParameter | 82
> NoSuchEvent | 0

SELECT v.n, count(*) FROM ${id:invictus} AS c JOIN (VALUES 'Decrypt', 'CreateBucket') AS v(n) ON any_match(ARRAY[c.eventName], y -> any_match(ARRAY[v.n], z -> z = y AND c.eventSource <> '')) GROUP BY v.n ORDER BY v.n;
> CreateBucket | 5
> Decrypt | 178
