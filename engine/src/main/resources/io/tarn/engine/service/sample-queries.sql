-- Tarn's sample queries (read-only; "tarn samples list" shows them, "tarn samples copy" saves one as a
-- query you can change).
--
-- Each entry starts with "-- id:" and has "-- key: value" header lines, then the statement:
--   name, description, source    what it is and where it comes from
--   store: <parameter> <TYPE>     a table parameter and the event data store type it needs
--   default: <parameter>=<value>  a default value
--   note:                         remarks, ignored
-- Parameters are written :name. A table parameter (after FROM or JOIN) takes a store's id, name or ARN;
-- other parameters take values, bound as typed values and never pasted into the SQL.
--
-- Entries "guide-q1" to "guide-q16" are the SQL examples of the AWS CloudTrail User Guide, copied from
-- ../shared/spec/guide-queries.sql (section 20 of the specification) with their event data store
-- placeholders (event_data_store_ID, eds-ID, EDS1, ...) turned into table parameters; the text is
-- otherwise the guide's, with the guide's repairs noted there. The remaining entries are common
-- investigations of CloudTrail events (spec 4.7) written for Tarn; each takes the window to search as
-- :start and :end (timestamps such as 2024-05-01 00:00:00, UTC).

-- id: guide-q1
-- name: Config items: actions behind non-compliant resources
-- description: Finds the actions that led to a non-compliant status, by joining the configuration-item store with itself and with a CloudTrail store.
-- source: guide Q1 [L7814-7858]
-- store: config_eds CONFIGURATION_ITEMS
-- store: cloudtrail_eds CLOUDTRAIL
SELECT
    element_at(config1.eventData.configuration, 'targetResourceId') as targetResourceId,
    element_at(config1.eventData.configuration, 'complianceType') as complianceType,
    config2.eventData.resourceType, cloudtrail.userIdentity
FROM
    :config_eds as config1
JOIN
    :config_eds as config2 on element_at(config1.eventData.configuration, 'targetResourceId') = config2.eventData.resourceId
JOIN
    :cloudtrail_eds as cloudtrail on config2.eventData.arn = element_at(cloudtrail.resources, 1).arn
WHERE
    element_at(config1.eventData.configuration, 'configRuleList') is not null
AND
    element_at(config1.eventData.configuration, 'complianceType') = 'NON_COMPLIANT'
AND
    cloudtrail.eventTime > '2022-11-14 00:00:00'
AND
    config2.eventData.resourceType = 'AWS::DynamoDB::Table'

-- id: guide-q2
-- name: Config items: compliance state of Config rules
-- description: Finds all AWS Config rules and returns the compliance state from the configuration items generated since 2022-11-22.
-- source: guide Q2 [L7868-7900]
-- store: eds CONFIGURATION_ITEMS
SELECT
    eventData.configuration, eventData.accountId, eventData.awsRegion,
    eventData.resourceName, eventData.resourceCreationTime,
    element_at(eventData.configuration,'complianceType') AS complianceType,
    element_at(eventData.configuration, 'configRuleList') AS configRuleList,
    element_at(eventData.configuration, 'resourceId') AS resourceId,
    element_at(eventData.configuration, 'resourceType') AS resourceType
FROM
    :eds
WHERE
    eventData.resourceType = 'AWS::Config::ResourceCompliance'
AND
    eventTime > '2022-11-22 00:00:00'
ORDER BY
    eventData.resourceCreationTime
DESC
    limit 10

-- id: guide-q3
-- name: Config items: resources by type, account and Region
-- description: Counts resources by AWS Config resource type, account ID and Region.
-- source: guide Q3 [L7901-7917]
-- store: eds CONFIGURATION_ITEMS
SELECT
    eventData.resourceType, eventData.awsRegion, eventData.accountId,
COUNT (*) AS resourceCount
FROM
    :eds
WHERE
    eventTime > '2022-11-22 00:00:00'
GROUP BY
    eventData.resourceType, eventData.awsRegion, eventData.accountId

-- id: guide-q4
-- name: Config items: resource creation times on a date
-- description: Finds the resource creation time of all configuration items generated on 2022-11-16.
-- source: guide Q4 [L7919-7941]
-- store: eds CONFIGURATION_ITEMS
SELECT
    eventData.configuration, eventData.accountId,
    eventData.awsRegion, eventData.resourceId,
    eventData.resourceName, eventData.resourceType,
    eventData.availabilityZone, eventData.resourceCreationTime
FROM
    :eds
WHERE
    eventTime > '2022-11-16 00:00:00'
AND
    eventTime < '2022-11-17 00:00:00'
ORDER BY
    eventData.resourceCreationTime
DESC
    limit 10;

-- id: guide-q5
-- name: All events in a time range
-- description: Searches all events whose event time is between 2023-01-05 13:51 and 2023-01-19 13:51.
-- source: guide Q5 [L10298-10307]
-- note: the guide prints "< =", repaired to "<=" as in guide-queries.sql.
-- store: eds CLOUDTRAIL
SELECT *
FROM :eds
WHERE
     eventtime >='2023-01-05 13:51:00' and eventtime <='2023-01-19 13:51:00'

-- id: guide-q6
-- name: Actions of a user named Alice
-- description: The guide's "Investigate user actions" sample edited to find the actions of a user whose ARN contains Alice, 2023-06-23 to 2023-06-26.
-- source: guide Q6 [L10344-10350]
-- store: eds CLOUDTRAIL
SELECT
    eventID, eventName, eventSource, eventTime, userIdentity.arn AS user
FROM
     :eds
WHERE
    userIdentity.arn LIKE '%Alice%'
    AND eventTime > '2023-06-23 00:00:00' AND eventTime < '2023-06-26 00:00:00'

-- id: guide-q7
-- name: Who called CreateBucket on a day
-- description: Finds all principals that called CreateBucket on January 22, 2023.
-- source: guide Q7 [L10420-10434]
-- store: eds CLOUDTRAIL
SELECT
    userIdentity.principalid,
    eventName
FROM
     :eds
WHERE
    userIdentity.principalid IS NOT NULL
AND
    eventTime > '2023-01-22 00:00:00'
AND
    eventTime < '2023-01-23 00:00:00'
AND
    eventName='CreateBucket'

-- id: guide-q8
-- name: APIs called by bob on a day
-- description: Finds all APIs that the user bob called on January 22, 2023.
-- source: guide Q8 [L10457-10471]
-- store: eds CLOUDTRAIL
SELECT
    eventID,
    eventName,
    eventSource,
    eventTime
FROM
     :eds
WHERE
    userIdentity.username = 'bob'
AND
    eventTime > '2023-01-22 00:00:00'
AND
    eventTime < '2023-01-23 00:00:00'

-- id: guide-q9
-- name: API calls by event name and source
-- description: Counts the API calls since January 1, 2023, grouped by event name and event source.
-- source: guide Q9 [L10514-10528]
-- store: eds CLOUDTRAIL
SELECT
    eventSource,
    eventName,
    COUNT(*) AS apiCount
FROM
     :eds
WHERE
    eventTime > '2023-01-01 00:00:00'
GROUP BY
    eventSource, eventName
ORDER BY
    apiCount DESC

-- id: guide-q10
-- name: Console sign-ins in some Regions
-- description: Finds all users who signed in to the console in us-east-1 and us-west-2.
-- source: guide Q10 [L10576-10587]
-- store: eds CLOUDTRAIL
SELECT
    eventTime,
    useridentity.arn,
     awsRegion
FROM
     :eds
WHERE
    awsRegion in ('us-east-1', 'us-west-2')
AND
    eventName = 'ConsoleLogin'

-- id: guide-q11
-- name: CloudTrail Lake queries run in January 2023
-- description: Finds the StartQuery calls of January 2023 with their query ids and statements.
-- source: guide Q11 [L10623-10639]
-- store: eds CLOUDTRAIL
SELECT
    element_at(responseElements, 'queryId'),
    element_at(requestParameters, 'queryStatement')
FROM
     :eds
WHERE
    eventName='StartQuery'
AND
    eventSource = 'cloudtrail.amazonaws.com'
AND
    responseElements IS NOT NULL
AND
    eventTime > '2023-01-01 00:00:00'
AND
    eventTime < '2023-02-01 00:00:00'

-- id: guide-q12
-- name: One event
-- description: Returns one event of the store (the statement appears as data in the result of guide-q11).
-- source: guide Q12 [L10657]
-- store: eds CLOUDTRAIL
select * from :eds limit 1;

-- id: guide-q13
-- name: Ten event ids and times
-- description: The start-query example of the AWS CLI: ten event ids and their times.
-- source: guide Q13 [L12677-12679]
-- store: eds CLOUDTRAIL
SELECT eventID, eventTime FROM :eds LIMIT 10

-- id: guide-q14
-- name: Events of three stores with UNION and UNION ALL
-- description: The start-query example of multi-table queries: event ids and names of three stores, combined with UNION and UNION ALL.
-- source: guide Q14 [L12885-12889]
-- store: eds1 CLOUDTRAIL
-- store: eds2 CLOUDTRAIL
-- store: eds3 CLOUDTRAIL
Select eventId, eventName from :eds1 UNION Select eventId, eventName from :eds2 UNION ALL Select eventId, eventName from :eds3 ORDER BY eventId LIMIT 10;

-- id: guide-q15
-- name: Events of three stores, ordered by event id
-- description: Event ids and names selected from three stores, concatenated with UNION and UNION ALL, ordered by event id and limited to ten.
-- source: guide Q15 [L12896-12905]
-- store: eds1 CLOUDTRAIL
-- store: eds2 CLOUDTRAIL
-- store: eds3 CLOUDTRAIL
Select eventId, eventName from :eds1
UNION
Select eventId, eventName from :eds2
UNION ALL
Select eventId, eventName from :eds3
ORDER BY eventId LIMIT 10;

-- id: guide-q16
-- name: Events of one store matched in another (LEFT JOIN)
-- description: Events of the second store that match events of the first by event id, on or before January 1, 2020.
-- source: guide Q16 [L12907-12918]
-- note: the guide selects element_at(edsA.map, 'test'), but no schema has a column "map" (spec 18.6); this copy
-- note: reads the requestParameters map instead so that the sample runs.
-- store: eds1 CLOUDTRAIL
-- store: eds2 CLOUDTRAIL
SELECT edsA.eventName, edsB.eventName, element_at(edsA.requestParameters, 'test')
FROM :eds1 as edsA
LEFT JOIN :eds2 as edsB
ON edsA.eventId = edsB.eventId
WHERE edsA.eventtime <= '2020-01-01'
ORDER BY edsB.eventName;

-- id: console-changes
-- name: Investigate who made console changes
-- description: Changes (calls that are not read-only) made with console credentials, newest first: who, what, where, from which address.
-- source: Tarn
-- store: eds CLOUDTRAIL
SELECT
    eventTime, userIdentity.arn AS user, eventSource, eventName, awsRegion, sourceIPAddress
FROM :eds
WHERE sessionCredentialFromConsole = 'true'
    AND readOnly = false
    AND eventTime >= :start AND eventTime < :end
ORDER BY eventTime DESC

-- id: user-actions
-- name: Investigate user actions
-- description: Everything one user did, newest first; :user is a user name or an identity ARN.
-- source: Tarn
-- store: eds CLOUDTRAIL
SELECT
    eventTime, eventSource, eventName, awsRegion, sourceIPAddress, errorCode, eventID
FROM :eds
WHERE (userIdentity.userName = :user OR userIdentity.arn = :user)
    AND eventTime >= :start AND eventTime < :end
ORDER BY eventTime DESC

-- id: access-denied
-- name: Access denied calls
-- description: Calls refused for lack of permission, counted by caller, service, operation and error code.
-- source: Tarn
-- store: eds CLOUDTRAIL
SELECT
    userIdentity.arn AS user, eventSource, eventName, errorCode, COUNT(*) AS deniedCount
FROM :eds
WHERE errorCode IN ('AccessDenied', 'AccessDeniedException', 'Client.UnauthorizedOperation', 'UnauthorizedOperation')
    AND eventTime >= :start AND eventTime < :end
GROUP BY userIdentity.arn, eventSource, eventName, errorCode
ORDER BY deniedCount DESC, user, eventSource, eventName

-- id: root-activity
-- name: Root user activity
-- description: Every call made as the account's root user, newest first.
-- source: Tarn
-- store: eds CLOUDTRAIL
SELECT
    eventTime, eventSource, eventName, awsRegion, sourceIPAddress, userAgent, errorCode
FROM :eds
WHERE userIdentity.type = 'Root'
    AND eventTime >= :start AND eventTime < :end
ORDER BY eventTime DESC

-- id: console-sign-ins-without-mfa
-- name: Console sign-ins without MFA
-- description: Console sign-ins that did not use multi-factor authentication, with their outcome.
-- source: Tarn
-- store: eds CLOUDTRAIL
SELECT
    eventTime, userIdentity.arn AS user, sourceIPAddress, element_at(responseElements, 'ConsoleLogin') AS outcome
FROM :eds
WHERE eventName = 'ConsoleLogin'
    AND element_at(additionalEventData, 'MFAUsed') = 'No'
    AND eventTime >= :start AND eventTime < :end
ORDER BY eventTime DESC

-- id: failed-console-sign-ins
-- name: Failed console sign-ins
-- description: Console sign-ins that failed, counted by user and source address.
-- source: Tarn
-- store: eds CLOUDTRAIL
SELECT
    userIdentity.arn AS user, sourceIPAddress, COUNT(*) AS failures
FROM :eds
WHERE eventName = 'ConsoleLogin'
    AND (errorMessage IS NOT NULL OR element_at(responseElements, 'ConsoleLogin') = 'Failure')
    AND eventTime >= :start AND eventTime < :end
GROUP BY userIdentity.arn, sourceIPAddress
ORDER BY failures DESC, user, sourceIPAddress

-- id: top-error-codes
-- name: Top error codes
-- description: The error codes returned most often, by service.
-- source: Tarn
-- store: eds CLOUDTRAIL
SELECT
    errorCode, eventSource, COUNT(*) AS errorCount
FROM :eds
WHERE errorCode IS NOT NULL
    AND eventTime >= :start AND eventTime < :end
GROUP BY errorCode, eventSource
ORDER BY errorCount DESC, errorCode, eventSource

-- id: activity-by-ip
-- name: Activity by source IP address
-- description: Calls per source address, with the number of distinct identities and services seen from it and the first and last call.
-- source: Tarn
-- store: eds CLOUDTRAIL
SELECT
    sourceIPAddress, COUNT(*) AS calls, COUNT(DISTINCT userIdentity.arn) AS identities,
    COUNT(DISTINCT eventSource) AS services, MIN(eventTime) AS firstCall, MAX(eventTime) AS lastCall
FROM :eds
WHERE eventTime >= :start AND eventTime < :end
GROUP BY sourceIPAddress
ORDER BY calls DESC, sourceIPAddress

-- id: s3-bucket-policy-changes
-- name: S3 bucket policy and access changes
-- description: Changes to S3 bucket policies, ACLs and public access blocks: who changed which bucket.
-- source: Tarn
-- store: eds CLOUDTRAIL
SELECT
    eventTime, userIdentity.arn AS user, eventName, element_at(requestParameters, 'bucketName') AS bucket, errorCode
FROM :eds
WHERE eventSource = 's3.amazonaws.com'
    AND eventName IN ('PutBucketPolicy', 'DeleteBucketPolicy', 'PutBucketAcl', 'PutBucketPublicAccessBlock',
                      'DeleteBucketPublicAccessBlock', 'PutBucketOwnershipControls')
    AND eventTime >= :start AND eventTime < :end
ORDER BY eventTime DESC

-- id: security-group-changes
-- name: Security group changes
-- description: Security groups created, deleted or with rules added, changed or removed.
-- source: Tarn
-- store: eds CLOUDTRAIL
SELECT
    eventTime, userIdentity.arn AS user, eventName, awsRegion, element_at(requestParameters, 'groupId') AS groupId, errorCode
FROM :eds
WHERE eventSource = 'ec2.amazonaws.com'
    AND eventName IN ('AuthorizeSecurityGroupIngress', 'AuthorizeSecurityGroupEgress', 'RevokeSecurityGroupIngress',
                      'RevokeSecurityGroupEgress', 'CreateSecurityGroup', 'DeleteSecurityGroup', 'ModifySecurityGroupRules')
    AND eventTime >= :start AND eventTime < :end
ORDER BY eventTime DESC

-- id: iam-changes
-- name: IAM changes
-- description: Every change to IAM users, groups, roles, policies and keys (IAM calls that are not read-only).
-- source: Tarn
-- store: eds CLOUDTRAIL
SELECT
    eventTime, userIdentity.arn AS user, eventName, errorCode, sourceIPAddress
FROM :eds
WHERE eventSource = 'iam.amazonaws.com'
    AND readOnly = false
    AND eventTime >= :start AND eventTime < :end
ORDER BY eventTime DESC

-- id: cloudtrail-changes
-- name: Changes to CloudTrail logging
-- description: Trails and event data stores stopped, deleted or changed: the usual first step of covering tracks.
-- source: Tarn
-- store: eds CLOUDTRAIL
SELECT
    eventTime, userIdentity.arn AS user, eventName, awsRegion, errorCode
FROM :eds
WHERE eventSource = 'cloudtrail.amazonaws.com'
    AND eventName IN ('StopLogging', 'DeleteTrail', 'UpdateTrail', 'PutEventSelectors', 'PutInsightSelectors',
                      'StopEventDataStoreIngestion', 'DeleteEventDataStore', 'UpdateEventDataStore')
    AND eventTime >= :start AND eventTime < :end
ORDER BY eventTime DESC

-- id: top-callers
-- name: Most active identities
-- description: The identities that made the most calls, with how many failed.
-- source: Tarn
-- store: eds CLOUDTRAIL
SELECT
    userIdentity.arn AS user, COUNT(*) AS calls, COUNT(errorCode) AS failedCalls
FROM :eds
WHERE eventTime >= :start AND eventTime < :end
GROUP BY userIdentity.arn
ORDER BY calls DESC, user
