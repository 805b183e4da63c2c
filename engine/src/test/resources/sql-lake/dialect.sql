-- CloudTrail Lake's extensions of Trino's SQL (issue 3, spec 4.1), over the fixture lake's real events
-- (LakeFixture). Expected values are computed from the JSON input files with Python (see
-- lake-fixtures/NOTICE.md), and where marked checked with Trino 476 over the same ORC files.

-- The invictus data set: 2,900 events (its README), 29 event sources.
SELECT count(*), count(DISTINCT eventSource) FROM ${id:invictus};
> 2900 | 29
