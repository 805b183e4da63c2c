-- Query statistics (spec 5): EventsScanned counts the events read after pruning, EventsMatched those that
-- satisfied the store's filters, BytesScanned the compressed bytes read.

-- A window after the last event prunes every file: nothing is read.
SELECT count(*) FROM ${id:invictus} WHERE eventTime > '2023-07-11 00:00:00';
> 0
> stats EventsScanned=0 EventsMatched=0 BytesScanned=0

SELECT count(*) FROM ${id:invictus} WHERE eventTime < '2023-07-09';
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
