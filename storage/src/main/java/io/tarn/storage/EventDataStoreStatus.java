package io.tarn.storage;

/**
 * The lifecycle states of an event data store (spec 2.3).
 */
public enum EventDataStoreStatus
{
    CREATED,
    ENABLED,
    STARTING_INGESTION,
    STOPPING_INGESTION,
    STOPPED_INGESTION,
    PENDING_DELETION,
}
