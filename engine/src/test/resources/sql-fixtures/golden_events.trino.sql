CREATE TABLE IF NOT EXISTS memory.default.golden_events AS
SELECT * FROM (VALUES
    ('e1', TIMESTAMP '2023-01-22 16:53:53.000', 'GetObject',
        CAST(ROW('IAMUser', 'arn:aws:iam::111122223333:user/ann') AS row(type varchar, arn varchar)),
        MAP(ARRAY['bucketName', 'key'], ARRAY['b1', 'k1']),
        CAST(ARRAY[ROW('arn:aws:s3:::b1', 'AWS::S3::Bucket'), ROW('arn:aws:s3:::b1/k1', 'AWS::S3::Object')] AS array(row(arn varchar, type varchar))),
        '{"eventVersion":"1.08","userIdentity":{"type":"IAMUser","userName":"ann"},"eventName":"GetObject","requestParameters":{"bucketName":"b1","key":"k1"}}'),
    ('e2', TIMESTAMP '2023-01-23 00:00:00.000', 'ConsoleLogin',
        CAST(ROW('Root', 'arn:aws:iam::111122223333:root') AS row(type varchar, arn varchar)),
        CAST(NULL AS map(varchar, varchar)),
        CAST(ARRAY[] AS array(row(arn varchar, type varchar))),
        '{"userIdentity":{"type":"Root"},"eventName":"ConsoleLogin","additionalEventData":{"MFAUsed":"No"}}'),
    ('e3', TIMESTAMP '2023-02-01 08:15:00.123', 'AssumeRole',
        CAST(ROW('AWSService', NULL) AS row(type varchar, arn varchar)),
        MAP(ARRAY['roleArn', 'roleSessionName'], ARRAY['arn:aws:iam::111122223333:role/r', 's']),
        CAST(NULL AS array(row(arn varchar, type varchar))),
        CAST(NULL AS varchar)),
    ('e4', TIMESTAMP '2022-12-31 23:59:59.999', 'PutObject',
        CAST(NULL AS row(type varchar, arn varchar)),
        MAP(ARRAY['bucketName'], ARRAY['b2']),
        CAST(ARRAY[ROW('arn:aws:s3:::b2', 'AWS::S3::Bucket')] AS array(row(arn varchar, type varchar))),
        '{"userIdentity":null,"eventName":"PutObject","requestParameters":{"bucketName":"b2"},"tags":["x","y"]}'))
    AS t(eventid, eventtime, eventname, useridentity, requestparameters, resources, eventjson)
