-- Stores of the other categories (spec 5.3-5.6): Config configuration items, Insights events, and events
-- of an integration (ActivityAuditLog). Expected values read from the input records
-- (lake-fixtures/config-items.jsonl and storage's events/categories/*.jsonl).

-- DESCRIBE and SHOW COLUMNS take a bare store id with hyphens or an ARN.
SELECT eventData.resourceType, count(*) FROM ${id:config-items} GROUP BY 1;
> AWS::DynamoDB::Table | 1
> AWS::S3::Bucket | 2
> AWS::Config::ResourceCompliance | 2
> AWS::SSM::PatchCompliance | 3
> AWS::EC2::SecurityGroup | 1

-- The guide's Q1 shape: compliance items joined with the items of the resources they judge.
SELECT element_at(c1.eventData.configuration, 'targetResourceId'), element_at(c1.eventData.configuration, 'complianceType'), c2.eventData.resourceType
FROM ${id:config-items} AS c1
JOIN ${id:config-items} AS c2 ON element_at(c1.eventData.configuration, 'targetResourceId') = c2.eventData.resourceId
WHERE element_at(c1.eventData.configuration, 'configRuleList') IS NOT NULL
ORDER BY 1;
> Orders | NON_COMPLIANT | AWS::DynamoDB::Table
> orders-archive | COMPLIANT | AWS::S3::Bucket

-- Nested configuration values are kept as compact JSON text.
SELECT eventData.configuration['billingModeSummary'], json_extract_scalar(eventData.configuration['billingModeSummary'], '$.billingMode')
FROM ${id:config-items} WHERE eventData.resourceId = 'Orders' AND eventData.resourceType = 'AWS::DynamoDB::Table';
> {"billingMode":"PAY_PER_REQUEST"} | PAY_PER_REQUEST

SELECT eventData.resourceId, eventData.configurationItemStatus, eventData.configuration FROM ${id:config-items} WHERE eventData.configurationItemStatus = 'ResourceDeleted';
> old-bucket | ResourceDeleted | NULL

SELECT count(*) FROM ${id:config-items} WHERE eventTime > '2023-06-24 00:00:00' AND eventTime < '2023-06-27';
> 3
> stats EventsScanned=3 EventsMatched=3 BytesScanned>0

-- Insights events: the event-data-store form has its fields at the top level.
SELECT insightState, insightType, insightEventName, insightContext.insightAverage FROM ${id:insights} WHERE insightSource IS NOT NULL;
> End | ApiErrorRateInsight | RunInstances | 12.25

SELECT count(*), min(eventTime) FROM ${id:insights};
> 2 | 2019-11-14 00:51:00.000

-- Integration events: eventData holds the partner's record.
SELECT eventData.userIdentity.principalId, eventData.eventName, element_at(eventData.userIdentity.details, 'email'), element_at(eventData.requestParameters, 'user'), eventData.uid FROM ${id:activity};
> user-42 | Login | a@example.com | alice | uid-1

SELECT element_at(eventData.userIdentity.details, 'groups'), element_at(eventData.responseElements, 'ok'), metadata.channelArn FROM ${id:activity};
> ["admins","ops"] | true | arn:aws:cloudtrail:us-east-1:123456789012:channel/ch-1

-- The trail form of an Insights event (insightDetails.state, ...) is mapped onto the same columns (spec 5.3).
SELECT eventTime, insightState, insightEventSource, insightEventName, insightType FROM ${id:insights} ORDER BY eventTime;
> 2019-11-14 00:51:00.000 | Start | ssm.amazonaws.com | UpdateInstanceAssociationStatus | ApiCallRateInsight
> 2024-05-01 10:00:00.000 | End | ec2.amazonaws.com | RunInstances | ApiErrorRateInsight

-- The schema of spec 5.3, plus Tarn's eventjson and eventjsonchecksum.
DESCRIBE ${id:insights};
> eventversion | varchar |  | 
> eventcategory | varchar |  | 
> eventtype | varchar |  | 
> eventid | varchar |  | 
> eventtime | timestamp(3) |  | 
> awsregion | varchar |  | 
> recipientaccountid | varchar |  | 
> sharedeventid | varchar |  | 
> addendum | map(varchar, varchar) |  | 
> insightsource | varchar |  | 
> insightstate | varchar |  | 
> insighteventsource | varchar |  | 
> insighteventname | varchar |  | 
> insighterrorcode | varchar |  | 
> insighttype | varchar |  | 
> insightcontext | row(baselineaverage double, insightaverage double, baselineduration integer, insightduration integer, attributions row(attribute varchar, insightvalue varchar, insightaverage double, baselinevalue varchar, baselineaverage double)) |  | 
> eventjson | varchar |  | 
> eventjsonchecksum | varchar |  | 
