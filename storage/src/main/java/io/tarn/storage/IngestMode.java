package io.tarn.storage;

/**
 * How events enter a store.
 */
public enum IngestMode
{
    /**
     * Live ingestion: the store must be ingesting ({@link EventDataStoreStatus#ENABLED}) and its advanced
     * event selectors decide which events are kept.
     */
    LIVE,
    /**
     * A copy of trail events (spec 8): allowed while ingestion is stopped, ignores the selectors, takes only
     * CloudTrail log files (digests and other prefixes are skipped) and only events inside the retention
     * period and the requested time range.
     */
    IMPORT,
}
