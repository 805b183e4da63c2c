package io.tarn.storage;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The event data stores of a lake and their lifecycle (spec 2). A store is named by its id, its ARN or its
 * name wherever a {@code reference} is taken. Every failure is a {@link io.tarn.error.TarnException} with a
 * {@link StorageErrorCode}.
 */
public interface EventDataStoreCatalog
{
    /**
     * How long a deleted store stays pending deletion, restorable, before maintenance purges it (spec 2.7).
     */
    Duration DELETION_WAITING_PERIOD = Duration.ofDays(7);

    EventDataStore create(CreateEventDataStoreRequest request);

    /**
     * All stores, including those pending deletion, oldest first.
     */
    List<EventDataStore> list();

    Optional<EventDataStore> find(String reference);

    /**
     * The store, or {@link StorageErrorCode#EVENT_DATA_STORE_NOT_FOUND}.
     */
    EventDataStore get(String reference);

    EventDataStore update(String reference, UpdateEventDataStoreRequest request);

    EventDataStore stopIngestion(String reference);

    EventDataStore startIngestion(String reference);

    /**
     * Moves the store to {@link EventDataStoreStatus#PENDING_DELETION}; refused while termination
     * protection is on. The store can be restored for {@link #DELETION_WAITING_PERIOD}, then maintenance
     * purges it.
     */
    EventDataStore delete(String reference);

    EventDataStore restore(String reference);
}
