-- Functions with subtle semantics over the invictus store, every expected row as Trino 476 returned it
-- reading the same ORC files through its Hive connector (LakeFixture.main writes the lake; the table is
-- docs/trino-hive.md's cloudtrail_events; /work/shared/tools/trino/query.sh --null NULL --sort-maps).

-- NULL handling: count of a column vs count(*), sum over no rows, NULL in comparisons and concatenation.
SELECT count(*), count(errorCode), count(DISTINCT errorCode), sum(CASE WHEN errorCode IS NULL THEN 1 END) FROM ${id:invictus};
> 2900 | 300 | 32 | 2600

SELECT max(errorCode), min(eventTime), sum(cardinality(resources)) FROM ${id:invictus} WHERE eventName = 'NoSuchEvent';
> NULL | NULL | NULL

SELECT count_if(errorCode = 'AccessDenied'), count_if(errorCode <> 'AccessDenied'), count_if(NOT (errorCode <> 'AccessDenied')) FROM ${id:invictus};
> 16 | 284 | 16

SELECT count(*) FROM ${id:invictus} WHERE errorCode || 'x' IS NULL;
> 2600

-- Missing map keys: element_at gives NULL, subscripts only where the key is present.
SELECT count(element_at(requestParameters, 'bucketName')), count(element_at(requestParameters, 'nope')), count_if(element_at(additionalEventData, 'bytesTransferredIn') IS NOT NULL) FROM ${id:invictus};
> 242 | 0 | 267

SELECT cardinality(map_keys(requestParameters)), count(*) FROM ${id:invictus} WHERE eventName = 'GetBucketPolicy' GROUP BY 1;
> 3 | 14

-- Integer division and modulus, decimals.
SELECT count(*) / 7, count(*) % 7, -count(*) / 7, count(*) / 7.0, CAST(count(*) AS double) / 7 FROM ${id:invictus};
> 414 | 2 | -414 | 414.3 | 414.2857142857143

SELECT sum(cardinality(resources)) / count(*), avg(cardinality(resources)) FROM ${id:invictus};
> 0 | 1.0663780663780664

-- Timestamp output, formatting, truncation and differences.
SELECT min(eventTime), max(eventTime), CAST(min(eventTime) AS varchar), to_iso8601(min(eventTime)) FROM ${id:invictus};
> 2023-07-10 11:42:18.000 | 2023-07-10 12:37:50.000 | 2023-07-10 11:42:18.000 | 2023-07-10T11:42:18.000

SELECT date_format(min(eventTime), '%Y-%m-%d %H:%i:%s'), format_datetime(max(eventTime), 'yyyy-MM-dd''T''HH:mm:ss'), date_format(min(eventTime), '%W %M %e %r') FROM ${id:invictus};
> 2023-07-10 11:42:18 | 2023-07-10T12:37:50 | Monday July 10 11:42:18 AM

SELECT date_trunc('minute', eventTime) AS m, count(*) FROM ${id:invictus} WHERE eventTime < TIMESTAMP '2023-07-10 11:48:00' GROUP BY 1 ORDER BY 1;
> 2023-07-10 11:42:00.000 | 62
> 2023-07-10 11:43:00.000 | 18
> 2023-07-10 11:47:00.000 | 2

SELECT date_trunc('hour', eventTime) AS h, count(*) FROM ${id:invictus} GROUP BY 1 ORDER BY 1;
> 2023-07-10 11:00:00.000 | 798
> 2023-07-10 12:00:00.000 | 2102

SELECT date_diff('second', min(eventTime), max(eventTime)), date_diff('minute', min(eventTime), max(eventTime)), date_diff('hour', min(eventTime), max(eventTime)), date_diff('day', min(eventTime), max(eventTime)) FROM ${id:invictus};
> 3332 | 55 | 0 | 0

SELECT date_add('day', 1, min(eventTime)), min(eventTime) + INTERVAL '90' MINUTE, to_unixtime(min(eventTime)), day_of_week(min(eventTime)), hour(max(eventTime)) FROM ${id:invictus};
> 2023-07-11 11:42:18.000 | 2023-07-10 13:12:18.000 | 1.688989338E9 | 1 | 12

-- CAST of booleans and numbers to varchar.
SELECT CAST(readOnly AS varchar), count(*) FROM ${id:invictus} GROUP BY 1;
> true | 2326
> false | 574

SELECT CAST(count(*) AS varchar) || ' events', CAST(count(*) > 0 AS varchar), CAST(avg(cardinality(resources)) AS varchar) FROM ${id:invictus};
> 2900 events | true | 1.0663780663780664E0

-- JSON functions over eventJson.
SELECT json_extract_scalar(eventJson, '$.userIdentity.type') AS t, count(*) FROM ${id:invictus} GROUP BY 1;
> IAMUser | 2748
> AWSService | 34
> NULL | 42
> AssumedRole | 76

SELECT count_if(json_extract_scalar(eventJson, '$.eventID') = eventID), count_if(json_extract_scalar(eventJson, '$.eventTime') = to_iso8601(eventTime)), count_if(from_iso8601_timestamp(json_extract_scalar(eventJson, '$.eventTime')) = eventTime) FROM ${id:invictus};
> 2900 | 0 | 2900

SELECT json_array_length(json_extract(eventJson, '$.resources')) AS n, count(*) FROM ${id:invictus} GROUP BY 1;
> NULL | 2207
> 2 | 10
> 1 | 679
> 10 | 4

SELECT json_size(eventJson, '$.tlsDetails') AS n, count(*) FROM ${id:invictus} GROUP BY 1;
> NULL | 605
> 3 | 2295

SELECT json_format(json_extract(eventJson, '$.requestParameters')) FROM ${id:invictus} WHERE eventName = 'CreateBucket' ORDER BY 1 LIMIT 2;
> {"bucketName":"stratus-red-team-backdoor-f-bucket-ufamgrrnmw","Host":"stratus-red-team-backdoor-f-bucket-ufamgrrnmw.s3.amazonaws.com","x-amz-acl":"private"}
> {"bucketName":"stratus-red-team-bdbp-lhfzvgcamn","Host":"stratus-red-team-bdbp-lhfzvgcamn.s3.amazonaws.com","x-amz-acl":"private"}

SELECT element_at(CAST(json_extract(eventJson, '$.requestParameters') AS map(varchar, json)), 'bucketName'), CAST(json_extract(eventJson, '$.requestParameters') AS map(varchar, json))['x-amz-acl'] FROM ${id:invictus} WHERE eventName = 'CreateBucket' AND element_at(requestParameters, 'bucketName') = 'stratus-red-team-bdbp-lhfzvgcamn';
> "stratus-red-team-bdbp-lhfzvgcamn" | "private"

-- Approximate aggregates: Trino's HyperLogLog (2.3% standard error) and quantile digest.
SELECT approx_distinct(eventName), approx_distinct(sourceIPAddress), count(DISTINCT eventName) FROM ${id:invictus};
> 262 | 16 | 260

SELECT approx_percentile(cardinality(resources), 0.5), approx_percentile(cardinality(resources), 0.99) FROM ${id:invictus};
> 1 | 2

-- Window functions.
SELECT eventSource, n, rank() OVER (ORDER BY n DESC) AS r, dense_rank() OVER (ORDER BY n DESC) AS d, row_number() OVER (ORDER BY n DESC, eventSource) AS rn FROM (SELECT eventSource, count(*) AS n FROM ${id:invictus} GROUP BY 1) ORDER BY rn LIMIT 6;
> ec2.amazonaws.com | 892 | 1 | 1 | 1
> ssm.amazonaws.com | 488 | 2 | 2 | 2
> iam.amazonaws.com | 398 | 3 | 3 | 3
> s3.amazonaws.com | 271 | 4 | 4 | 4
> kms.amazonaws.com | 240 | 5 | 5 | 5
> secretsmanager.amazonaws.com | 233 | 6 | 6 | 6

SELECT eventTime, lag(eventName) OVER (ORDER BY eventTime, eventID), lead(eventName, 2, 'none') OVER (ORDER BY eventTime, eventID) FROM ${id:invictus} ORDER BY eventTime DESC, eventID DESC LIMIT 3;
> 2023-07-10 12:37:50.000 | DescribeEventAggregates | none
> 2023-07-10 12:34:46.000 | DescribeEventAggregates | none
> 2023-07-10 12:32:49.000 | DescribeEventAggregates | DescribeEventAggregates

SELECT eventSource, sum(n) OVER (ORDER BY n DESC, eventSource ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM (SELECT eventSource, count(*) AS n FROM ${id:invictus} GROUP BY 1) ORDER BY 2 LIMIT 3;
> ec2.amazonaws.com | 892
> ssm.amazonaws.com | 1380
> iam.amazonaws.com | 1778

-- Aggregates of the issue's list.
SELECT max_by(eventName, eventTime), min_by(eventName, eventTime), arbitrary(recipientAccountId) FROM ${id:invictus};
> DescribeEventAggregates | GetRegionOptStatus | 123837392027

SELECT userIdentity.type, array_join(array_sort(array_agg(DISTINCT eventSource)), ',') FROM ${id:invictus} WHERE userIdentity.type IN ('Root', 'AWSService') GROUP BY 1;
> AWSService | s3.amazonaws.com,sts.amazonaws.com

SELECT element_at(h, 'IAMUser'), element_at(h, 'AWSService'), element_at(h, 'Root'), cardinality(h) FROM (SELECT histogram(userIdentity.type) AS h FROM ${id:invictus} WHERE userIdentity.type IS NOT NULL);
> 2748 | 34 | NULL | 3

-- Strings and regular expressions.
SELECT split_part(userAgent, '/', 1) AS a, count(*) FROM ${id:invictus} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 3;
> APN | 1788
> AWS Internal | 418
> [APN | 150

SELECT regexp_extract(sourceIPAddress, '^(\d+)\.', 1) AS o, count(*) FROM ${id:invictus} WHERE regexp_like(sourceIPAddress, '^\d+\.\d+\.\d+\.\d+$') GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 3;
> 192 | 2154
> 10 | 372
> 3 | 13

SELECT lpad(substr(eventName, 1, 4), 6, '*'), strpos(eventName, 'e'), length(eventName), starts_with(eventName, 'Get') FROM ${id:invictus} WHERE eventName = 'GetCallerIdentity' LIMIT 1;
> **GetC | 2 | 17 | true

-- Arrays and lambdas.
SELECT transform(filter(resources, r -> r.type IS NOT NULL), r -> r.type), any_match(resources, r -> r.type = 'AWS::KMS::Key') FROM ${id:invictus} WHERE cardinality(resources) = 2 ORDER BY eventID LIMIT 3;
> [] | NULL
> [] | NULL
> [] | NULL

SELECT slice(array_sort(array_agg(DISTINCT eventName)), 1, 3), contains(array_agg(eventName), 'CreateBucket') FROM ${id:invictus} WHERE eventSource = 's3.amazonaws.com';
> [CreateBucket, DeleteBucket, DeleteBucketLifecycle] | true

-- Over the AWS documentation's example events (awsdocs, 2014 to 2022) and across stores.
SELECT year(eventTime) AS y, count(*) FROM ${id:awsdocs} GROUP BY 1 ORDER BY 1;
> 2014 | 28
> 2015 | 3
> 2016 | 2
> 2017 | 2
> 2018 | 1
> 2019 | 8
> 2020 | 16
> 2021 | 17
> 2022 | 31

SELECT eventSource, count(*) FROM ${id:awsdocs} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 4;
> kms.amazonaws.com | 68
> signin.amazonaws.com | 13
> athena.amazonaws.com | 7
> ec2.amazonaws.com | 5

SELECT count(*), count(DISTINCT eventSource), count(additionalEventData), count(responseElements) FROM ${id:awsdocs};
> 108 | 9 | 30 | 38

SELECT map_keys(map_filter(additionalEventData, (k, v) -> k LIKE '%Key%')) FROM ${id:awsdocs} WHERE eventName = 'ConsoleLogin' ORDER BY eventTime LIMIT 2;
> []
> []

SELECT cardinality(transform_values(requestParameters, (k, v) -> length(v))), element_at(transform_values(requestParameters, (k, v) -> length(v)), 'keyId') FROM ${id:awsdocs} WHERE eventName = 'Decrypt' ORDER BY eventTime LIMIT 3;
> 1 | NULL
> 1 | NULL
> 1 | NULL

SELECT json_array_get(json_extract(eventJson, '$.resources'), 0), json_array_length(json_extract(eventJson, '$.resources')) FROM ${id:awsdocs} WHERE eventName = 'CreateKey' ORDER BY eventTime LIMIT 1;
> {"accountId":"111122223333","type":"AWS::KMS::Key","ARN":"arn:aws:kms:us-west-2:111122223333:key/0987dcba-09fe-87dc-65ba-ab0987654321"} | 1

SELECT json_extract(json_parse(element_at(responseElements, 'keyMetadata')), '$.keyUsage'), json_extract_scalar(element_at(responseElements, 'keyMetadata'), '$.origin') FROM ${id:awsdocs} WHERE eventName = 'CreateKey' ORDER BY eventTime LIMIT 1;
> "ENCRYPT_DECRYPT" | AWS_CLOUDHSM

SELECT date_format(date_parse('2023-01-22 16:53:53', '%Y-%m-%d %H:%i:%s'), '%a %b %d %Y %T'), from_unixtime(1674406433), format_datetime(from_unixtime(1674406433), 'EEE, dd MMM yyyy HH:mm:ss.SSS');
> Sun Jan 22 2023 16:53:53 | 2023-01-22 16:53:53.000 UTC | Sun, 22 Jan 2023 16:53:53.000

SELECT regexp_replace(userAgent, '[0-9]+', '#') AS a, count(*) FROM ${id:awsdocs} WHERE userAgent LIKE 'aws-cli%' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 3;
> aws-cli/#.#.# Python/#.#.# Linux/#.#.#-#.#.ac.#.#.#.metal#.x#_# botocore/#.#.# | 2
> aws-cli/#.#.# Python/#.#.# Linux/#.#.#-#.#.wd.#.#.#.metal#.x#_# botocore/#.#.# | 2
> aws-cli/#.#.# Python/#.#.# Darwin/#.#.# botocore/#.#.# | 1

SELECT eventName FROM ${id:awsdocs} WHERE eventSource = 'kms.amazonaws.com' INTERSECT SELECT eventName FROM ${id:invictus} ORDER BY 1;
> Decrypt
> Encrypt
> GenerateDataKey

SELECT count(*) FROM (SELECT eventSource FROM ${id:awsdocs} EXCEPT SELECT eventSource FROM ${id:invictus});
> 2

SELECT count(*) FROM (SELECT eventSource FROM ${id:awsdocs} UNION SELECT eventSource FROM ${id:invictus});
> 31

SELECT count(*) FROM (SELECT eventSource FROM ${id:awsdocs} UNION ALL SELECT eventSource FROM ${id:invictus});
> 3008

SELECT d.eventSource, count(DISTINCT i.eventName) FROM ${id:awsdocs} d LEFT JOIN ${id:invictus} i ON d.eventSource = i.eventSource WHERE d.eventSource IN ('kms.amazonaws.com', 'athena.amazonaws.com') GROUP BY 1 ORDER BY 1;
> athena.amazonaws.com | 0
> kms.amazonaws.com | 3

SELECT count(*) FROM (SELECT DISTINCT eventSource FROM ${id:awsdocs}) d FULL JOIN (SELECT DISTINCT eventSource FROM ${id:invictus}) i ON d.eventSource = i.eventSource WHERE d.eventSource IS NULL OR i.eventSource IS NULL;
> 24

SELECT eventName, count(*) FROM ${id:awsdocs} WHERE eventSource IN (SELECT eventSource FROM ${id:invictus} WHERE errorCode = 'AccessDenied') GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 3;
> AssumeRole | 3

SELECT count(*) FROM ${id:awsdocs} d WHERE EXISTS (SELECT 1 FROM ${id:invictus} i WHERE i.eventName = d.eventName);
> 34

SELECT eventName, (SELECT count(*) FROM ${id:invictus} i WHERE i.eventName = d.eventName) FROM ${id:awsdocs} d WHERE eventName IN ('CreateBucket', 'Decrypt', 'ConsoleLogin') ORDER BY eventTime LIMIT 3;
> ConsoleLogin | 2
> ConsoleLogin | 2
> Decrypt | 178

WITH names AS (SELECT eventName, count(*) AS n FROM ${id:invictus} GROUP BY 1), ranked AS (SELECT eventName, n, rank() OVER (ORDER BY n DESC) AS r FROM names) SELECT eventName, n FROM ranked WHERE r <= 3 ORDER BY r, eventName;
> Decrypt | 178
> DescribeRouteTables | 163
> GetUser | 130

SELECT element_at(m, 'GetBucketAcl'), element_at(m, 'GetBucketLogging'), cardinality(m) FROM (SELECT map_agg(eventName, n) AS m FROM (SELECT eventName, count(*) AS n FROM ${id:invictus} WHERE eventSource = 's3.amazonaws.com' GROUP BY 1 ORDER BY 2 DESC LIMIT 2));
> 42 | 18 | 2

SELECT eventName, count(*) FROM ${id:invictus} GROUP BY 1 HAVING count(*) > 100 ORDER BY 2 DESC NULLS LAST OFFSET 1 ROWS FETCH NEXT 3 ROWS ONLY;
> DescribeRouteTables | 163
> GetUser | 130
> DescribeParameters | 122

SELECT errorCode, count(*) FROM ${id:invictus} GROUP BY 1 ORDER BY 1 NULLS FIRST LIMIT 3;
> NULL | 2600
> AccessDenied | 16
> BucketNotEmpty | 3

SELECT DISTINCT eventType FROM ${id:invictus} ORDER BY 1;
> AwsApiCall
> AwsConsoleSignIn
> AwsServiceEvent

SELECT count(*) FROM ${id:invictus} a JOIN ${id:invictus} b ON a.userIdentity.accessKeyId = b.userIdentity.accessKeyId AND a.eventName = 'GetCallerIdentity' AND b.eventName = 'ListBuckets' WHERE date_diff('minute', a.eventTime, b.eventTime) BETWEEN 0 AND 10;
> 0

SELECT try(CAST(element_at(requestParameters, 'maxResults') AS integer)) AS m, count(*) FROM ${id:invictus} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 3;
> NULL | 2834
> 1000 | 29
> 1 | 16

SELECT coalesce(errorCode, 'OK'), nullif(eventType, 'AwsApiCall'), greatest(eventTime, TIMESTAMP '2023-07-10 12:37:00'), least(length(eventName), 5), if(readOnly, 'r', 'w') FROM ${id:invictus} ORDER BY eventTime DESC, eventID LIMIT 2;
> OK | NULL | 2023-07-10 12:37:50.000 | 5 | r
> OK | NULL | 2023-07-10 12:37:00.000 | 5 | r

-- Lambdas that read columns of the row besides their parameters.
SELECT eventName, transform(filter(resources, r -> r.type IS NOT NULL), r -> r.type || '@' || eventName), any_match(resources, r -> strpos(r.arn, element_at(requestParameters, 'bucketName')) > 0) FROM ${id:invictus} WHERE eventName IN ('CreateBucket', 'DeleteBucket') AND element_at(requestParameters, 'bucketName') = 'stratus-red-team-bdbp-lhfzvgcamn' ORDER BY eventTime;
> CreateBucket | NULL | NULL
> DeleteBucket | [AWS::S3::Bucket@DeleteBucket] | true

SELECT count_if(any_match(resources, r -> r.accountId = recipientAccountId)), count_if(all_match(resources, r -> r.accountId <> userIdentity.accountId)) FROM ${id:invictus};
> 693 | 0
