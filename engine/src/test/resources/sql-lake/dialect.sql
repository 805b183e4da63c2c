-- CloudTrail Lake's extensions of Trino's SQL (issue 3, spec 4.1), over the fixture lake's real events
-- (LakeFixture). Expected values are computed from the JSON input files with Python (see
-- lake-fixtures/NOTICE.md), and where marked checked with Trino 476 over the same ORC files.

-- The invictus data set: 2,900 events (its README), 29 event sources.
SELECT count(*), count(DISTINCT eventSource) FROM ${id:invictus};
> 2900 | 29

-- A store by its ARN, bare and quoted; by its name, bare and quoted; names with hyphens quoted.
SELECT count(*) FROM ${arn:invictus};
> 2900

SELECT count(*) FROM "${arn:invictus}";
> 2900

SELECT count(*) FROM invictus;
> 2900

SELECT count(*) FROM "every-field";
> 1

SELECT count(*) FROM "${id:awsdocs}";
> 108

-- Two stores by id in one query, joined.
SELECT count(*) FROM ${id:invictus} i JOIN ${id:every-field} f ON i.recipientAccountId = f.recipientAccountId;
> 0

-- eventTime against string literals in the three forms Lake accepts.
SELECT count(*) FROM ${id:invictus} WHERE eventTime < '2023-07-10 11:43:00';
> 62

SELECT count(*) FROM ${id:invictus} WHERE eventTime < '2023-07-10T11:43:00Z';
> 62

SELECT count(*) FROM ${id:invictus} WHERE eventTime >= '2023-07-10 12:00:00' AND eventTime < '2023-07-10 12:30:00';
> 2095

SELECT count(*) FROM ${id:invictus} WHERE eventTime > '2023-07-10T12:00:00Z' AND eventTime < '2023-07-10T12:30:00Z';
> 2092

SELECT count(*) FROM ${id:invictus} WHERE eventTime >= '2023-07-10' AND eventTime < '2023-07-11';
> 2900

SELECT count(*) FROM ${id:invictus} WHERE eventTime BETWEEN '2023-07-10 12:37:00' AND '2023-07-11';
> 1

SELECT count(*) FROM ${id:invictus} WHERE '2023-07-10 12:37:00' <= eventTime;
> 1

-- Identifiers in any case, quoted or not.
SELECT count(*) FROM ${id:invictus} WHERE EVENTTIME < '2023-07-10 11:43:00' AND "eventTime" < '2023-07-10T11:43:00Z' AND EventTime IS NOT NULL;
> 62

SELECT EVENTNAME, count(*) AS "Count" FROM ${id:invictus} GROUP BY eventname ORDER BY "COUNT" DESC, 1 LIMIT 3;
> Decrypt | 178
> DescribeRouteTables | 163
> GetUser | 130

-- Struct paths without the table's name.
SELECT userIdentity.sessionContext.sessionIssuer.arn, count(*) FROM ${id:invictus}
WHERE userIdentity.sessionContext.sessionIssuer.arn IS NOT NULL
GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 2;
> arn:aws:iam::123837392027:role/stratus-red-team-ec2-get-password-data-role | 29
> arn:aws:iam::123837392027:role/stratus-red-team-ec2-steal-credentials-role | 15

SELECT USERIDENTITY.TYPE, count(*) FROM ${id:invictus} GROUP BY 1;
> IAMUser | 2748
> AssumedRole | 76
> AWSService | 34
> NULL | 42

-- Map subscripts where the key is present, and element_at where it may not be.
SELECT requestParameters['bucketName'] FROM ${id:invictus} WHERE eventName = 'CreateBucket' ORDER BY 1;
> stratus-red-team-backdoor-f-bucket-ufamgrrnmw
> stratus-red-team-bdbp-lhfzvgcamn
> stratus-red-team-ctes-bucket-qyxyekjbtk
> stratus-red-team-ctlr-bucket-zqfsvooxqj
> stratus-red-team-olc-bucket-xhfgzaowxc

SELECT element_at(requestParameters, 'bucketName'), count(*) FROM ${id:invictus}
WHERE element_at(requestParameters, 'bucketName') IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 2;
> stratus-red-team-ctlr-bucket-zqfsvooxqj | 41
> stratus-red-team-ctes-bucket-qyxyekjbtk | 33

SELECT count(*), count(element_at(requestParameters, 'no such key')) FROM ${id:invictus};
> 2900 | 0

-- Arrays are 1-based: resources[1] is the first resource, element_at(resources, -1) the last.
SELECT count(*), count_if(resources[1].type = 'AWS::KMS::Key'), count_if(element_at(resources, -1).accountId = '123837392027')
FROM ${id:invictus} WHERE cardinality(resources) > 0;
> 693 | 240 | 693

-- UNNEST of resources, with the row as one column and with one column per field.
SELECT r.type, count(*) FROM ${id:invictus} CROSS JOIN UNNEST(resources) AS t(r) GROUP BY 1;
> AWS::KMS::Key | 240
> AWS::S3::Bucket | 237
> NULL | 226
> AWS::IAM::Role | 36

SELECT type, count(DISTINCT accountid) FROM ${id:invictus} CROSS JOIN UNNEST(resources) AS t(accountid, type, arn, arnprefix) GROUP BY 1;
> AWS::KMS::Key | 1
> AWS::S3::Bucket | 1
> NULL | 1
> AWS::IAM::Role | 1

-- Lake's guide names three of the four fields of resources' rows (accountid, type, arn, arnprefix):
-- Trino refuses that, Tarn takes the aliases as the names of the fields wanted.
SELECT type, count(*), count(DISTINCT arn), min(accountid) FROM ${id:invictus} CROSS JOIN UNNEST(resources) AS t(accountid, type, arn) GROUP BY 1;
> AWS::KMS::Key | 240 | 2 | 123837392027
> AWS::S3::Bucket | 237 | 13 | 123837392027
> NULL | 226 | 47 | 123837392027
> AWS::IAM::Role | 36 | 12 | 123837392027

SELECT count(*) FROM ${id:invictus} CROSS JOIN UNNEST(resources) AS t(accountid, kind, arn);
> error MISMATCHED_COLUMN_ALIASES

-- A column alias that Calcite's grammar reserves but Trino's does not (aws-samples aurora-mysql-...sql).
SELECT eventTime AS DateTime FROM ${id:invictus} ORDER BY 1 LIMIT 1;
> 2023-07-10 11:42:18.000

-- A field of an array element of a qualified column, in a join condition (the guide's Q1).
SELECT count(*) FROM ${id:invictus} c WHERE element_at(c.resources, 1).arn IS NOT NULL;
> 693

SELECT count(*) FROM ${id:config-items} c JOIN ${id:invictus} i ON c.eventData.arn = element_at(i.resources, 1).arn;
> 0

SELECT count(*) FROM ${id:config-items} c JOIN ${id:invictus} cloudtrail ON c.eventData.arn = element_at(cloudtrail.resources, 1).arn;
> 0

SELECT count(*) FROM ${id:config-items} c1 JOIN ${id:config-items} c2 ON c1.eventData.resourceId = c2.eventData.resourceId JOIN ${id:invictus} i ON c2.eventData.arn = element_at(i.resources, 1).arn;
> 0

-- SHOW COLUMNS and DESCRIBE take a store by bare id with hyphens, by ARN or by name (the bare id
-- was read only up to its first hyphen).
SHOW COLUMNS FROM ${id:activity};
> eventversion | varchar |  | 
> eventcategory | varchar |  | 
> eventtype | varchar |  | 
> eventid | varchar |  | 
> eventtime | timestamp(3) |  | 
> awsregion | varchar |  | 
> recipientaccountid | varchar |  | 
> addendum | row(reason varchar, updatedfields varchar, originaluid varchar, originaleventid varchar) |  | 
> metadata | row(ingestiontime varchar, channelarn varchar) |  | 
> eventdata | row(version varchar, useridentity row(type varchar, principalid varchar, details map(varchar, varchar)), useragent varchar, eventsource varchar, eventname varchar, eventtime varchar, uid varchar, requestparameters map(varchar, varchar), responseelements map(varchar, varchar), errorcode varchar, errormessage varchar, sourceipaddress varchar, recipientaccountid varchar, additionaleventdata map(varchar, varchar)) |  | 
> eventjson | varchar |  | 
> eventjsonchecksum | varchar |  | 

-- An array literal of strings of different lengths in WHERE: the validator casts the items to one length,
-- and the conversion of those added casts failed with GENERIC_INTERNAL_ERROR (3 ListBuckets and 14
-- GetBucketPolicy events in the input).
SELECT count(*) FROM ${id:invictus} WHERE contains(ARRAY['ListBuckets', 'GetBucketPolicy', 'x'], eventName);
> 17

SELECT contains(ARRAY['ListBuckets', 'GetBucketPolicy'], eventName) AS listed, count(*) FROM ${id:invictus} WHERE cardinality(filter(ARRAY['a', 'bcd'], s -> length(s) > 1)) = 1 GROUP BY 1 ORDER BY 1;
> false | 2883
> true | 17
