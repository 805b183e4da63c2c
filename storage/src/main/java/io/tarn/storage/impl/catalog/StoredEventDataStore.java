package io.tarn.storage.impl.catalog;

import io.tarn.storage.EventDataStore;
import io.tarn.storage.EventDataStoreStatus;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A store as its catalog row records it: the store and, while it is pending deletion, the status a restore
 * returns it to.
 */
record StoredEventDataStore(EventDataStore store, Optional<EventDataStoreStatus> statusBeforeDeletion)
{
    StoredEventDataStore
    {
        requireNonNull(store, "store is null");
        requireNonNull(statusBeforeDeletion, "statusBeforeDeletion is null");
    }
}
