-- The CloudTrail record carrying every field of the schema (storage's events/categories/
-- cloudtrail-all-fields.json). Expected values as Trino 476 read them from the same ORC files
-- (docs/trino-hive.md, "What Trino returned").

SELECT eventTime, readOnly, userIdentity.sessionContext.sessionIssuer.userName, userIdentity.sessionContext.attributes.creationDate FROM ${id:every-field};
> 2024-02-29 23:59:59.123 | true | RoleToBeAssumed | 2013-11-02 01:06:28.000

SELECT element_at(userIdentity.sessionContext.webIdFederationData.attributes, 'nested'), element_at(requestParameters, 'obj'), element_at(requestParameters, 'versionId'), element_at(resources, 2).arnPrefix FROM ${id:every-field};
> {"a":[1,2]} | {"k":"v\"q"} | NULL | arn:aws:s3:::my-

-- A key present with a JSON null is a key whose value is NULL: the subscript does not fail.
SELECT requestParameters['versionId'] IS NULL, contains(map_keys(requestParameters), 'versionId') FROM ${id:every-field};
> true | true

-- eventjsonchecksum is the SHA-256 of eventjson, and eventjson holds the record's own eventID.
SELECT count_if(lower(to_hex(sha256(to_utf8(eventJson)))) = eventJsonChecksum), count_if(json_extract_scalar(eventJson, '$.eventID') = eventID) FROM ${id:every-field};
> 1 | 1

SELECT count_if(lower(to_hex(sha256(to_utf8(eventJson)))) = eventJsonChecksum), count_if(json_extract_scalar(eventJson, '$.eventID') = eventID) FROM ${id:invictus};
> 2900 | 2900
