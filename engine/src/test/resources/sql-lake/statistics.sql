-- Query statistics (spec 5): EventsScanned counts the events read after pruning, EventsMatched those that
-- satisfied the store's filters, BytesScanned the compressed bytes read.

-- A window after the last event prunes every file: nothing is read.
SELECT count(*) FROM ${id:invictus} WHERE eventTime > '2023-07-11 00:00:00';
> 0
> stats EventsScanned=0 EventsMatched=0 BytesScanned=0

SELECT count(*) FROM ${id:invictus} WHERE eventTime < '2023-07-09';
> 0
> stats EventsScanned=0 EventsMatched=0 BytesScanned=0

-- A self-join on struct fields: each side's filter reaches its own scan, so both prune to nothing.
SELECT count(*) FROM ${id:invictus} l JOIN ${id:invictus} c ON c.userIdentity.arn = l.userIdentity.arn
WHERE l.eventTime > '2023-07-11 00:00:00' AND c.eventTime > '2023-07-11 00:00:00' AND c.eventTime >= l.eventTime;
> 0
> stats EventsScanned=0 EventsMatched=0 BytesScanned=0

-- A whole store.
SELECT count(*) FROM ${id:invictus};
> 2900
> stats EventsScanned=2900 EventsMatched=2900 BytesScanned>0

SELECT count(*) FROM ${id:invictus} WHERE eventName = 'Decrypt';
> 178
> stats EventsScanned=2900 EventsMatched=178 BytesScanned>0

SELECT count(*) FROM ${id:awsdocs} WHERE eventTime >= '2022-01-01';
> 31
> stats EventsScanned=31 EventsMatched=31 BytesScanned>0

-- now() is the fixture's clock, 2024-03-05 00:00 UTC: the last week holds the two Config items of
-- 2024-03-01 and 2024-03-02, and only their day partitions are read.
SELECT count(*) FROM ${id:config-items} WHERE eventTime > now() - INTERVAL '7' DAY;
> 2
> stats EventsScanned=2 EventsMatched=2 BytesScanned>0

SELECT count(*) FROM ${id:config-items} WHERE eventTime > date_add('day', -3, now());
> 1
> stats EventsScanned=1 EventsMatched=1 BytesScanned>0

-- An OR of two windows reads the days of both.
SELECT count(*) FROM ${id:config-items} WHERE eventTime BETWEEN '2022-11-16' AND '2022-11-17' OR eventTime >= from_iso8601_timestamp('2024-03-02T00:00:00Z');
> 3
> stats EventsScanned=3 EventsMatched=3 BytesScanned>0

-- Filters on other columns do not prune: every event is scanned, the matching ones are counted.
SELECT count(*) FROM ${id:config-items} WHERE eventData.resourceType = 'AWS::SSM::PatchCompliance';
> 3
> stats EventsScanned=9 EventsMatched=3 BytesScanned>0

-- The three string forms of a time prune alike (awsdocs: 10 events on 2022-11-10, 2 on 2022-11-24).
SELECT count(*) FROM ${id:awsdocs} WHERE eventTime >= '2022-11-10' AND eventTime < '2022-11-11';
> 10
> stats EventsScanned=10 EventsMatched=10 BytesScanned>0

SELECT count(*) FROM ${id:awsdocs} WHERE eventTime >= '2022-11-10T00:00:00Z' AND eventTime < '2022-11-11T00:00:00Z';
> 10
> stats EventsScanned=10 EventsMatched=10 BytesScanned>0

SELECT count(*) FROM ${id:awsdocs} WHERE eventTime >= '2022-11-24 00:00:00' AND eventTime < '2022-11-25 00:00:00';
> 2
> stats EventsScanned=2 EventsMatched=2 BytesScanned>0

SELECT count(*) FROM ${id:awsdocs} WHERE eventTime > TIMESTAMP '2030-01-01 00:00:00';
> 0
> stats EventsScanned=0 EventsMatched=0 BytesScanned=0
