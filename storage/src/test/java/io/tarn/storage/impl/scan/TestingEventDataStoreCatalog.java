package io.tarn.storage.impl.scan;

import io.tarn.error.TarnException;
import io.tarn.storage.BillingMode;
import io.tarn.storage.CreateEventDataStoreRequest;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.EventDataStoreCatalog;
import io.tarn.storage.EventDataStoreStatus;
import io.tarn.storage.EventDataStoreType;
import io.tarn.storage.UpdateEventDataStoreRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.tarn.storage.StorageErrorCode.EVENT_DATA_STORE_NOT_FOUND;

/**
 * An in-memory catalog of CloudTrail event data stores, holding only what scans look at: id, status and
 * retention. Stores are added directly rather than through {@link #create}.
 */
final class TestingEventDataStoreCatalog
        implements EventDataStoreCatalog
{
    private final Map<String, EventDataStore> stores = new LinkedHashMap<>();

    synchronized EventDataStore addStore(String name, int retentionPeriodDays)
    {
        String id = UUID.randomUUID().toString();
        Instant created = Instant.parse("2023-07-01T00:00:00Z");
        EventDataStore store = new EventDataStore(
                id,
                "arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/" + id,
                name,
                EventDataStoreType.CLOUDTRAIL,
                EventDataStoreStatus.ENABLED,
                List.of(),
                true,
                false,
                BillingMode.EXTENDABLE_RETENTION_PRICING,
                retentionPeriodDays,
                false,
                Map.of(),
                created,
                created,
                Optional.empty());
        stores.put(id, store);
        return store;
    }

    synchronized void setRetentionPeriodDays(String reference, int days)
    {
        EventDataStore store = get(reference);
        stores.put(store.id(), changed(store, store.status(), days, store.deletionTimestamp()));
    }

    @Override
    public synchronized EventDataStore delete(String reference)
    {
        EventDataStore store = get(reference);
        EventDataStore deleted = changed(store, EventDataStoreStatus.PENDING_DELETION, store.retentionPeriodDays(), Optional.of(store.updatedTimestamp()));
        stores.put(store.id(), deleted);
        return deleted;
    }

    private static EventDataStore changed(EventDataStore store, EventDataStoreStatus status, int retentionPeriodDays, Optional<Instant> deletionTimestamp)
    {
        return new EventDataStore(
                store.id(),
                store.arn(),
                store.name(),
                store.type(),
                status,
                store.advancedEventSelectors(),
                store.multiRegionEnabled(),
                store.organizationEnabled(),
                store.billingMode(),
                retentionPeriodDays,
                store.terminationProtectionEnabled(),
                store.tags(),
                store.createdTimestamp(),
                store.updatedTimestamp(),
                deletionTimestamp);
    }

    @Override
    public synchronized List<EventDataStore> list()
    {
        return new ArrayList<>(stores.values());
    }

    @Override
    public synchronized Optional<EventDataStore> find(String reference)
    {
        return stores.values().stream()
                .filter(store -> store.id().equals(reference) || store.arn().equals(reference) || store.name().equals(reference))
                .findFirst();
    }

    @Override
    public EventDataStore get(String reference)
    {
        return find(reference).orElseThrow(() -> new TarnException(EVENT_DATA_STORE_NOT_FOUND, "Event data store '" + reference + "' not found"));
    }

    @Override
    public EventDataStore create(CreateEventDataStoreRequest request)
    {
        throw new UnsupportedOperationException();
    }

    @Override
    public EventDataStore update(String reference, UpdateEventDataStoreRequest request)
    {
        throw new UnsupportedOperationException();
    }

    @Override
    public EventDataStore stopIngestion(String reference)
    {
        throw new UnsupportedOperationException();
    }

    @Override
    public EventDataStore startIngestion(String reference)
    {
        throw new UnsupportedOperationException();
    }

    @Override
    public EventDataStore restore(String reference)
    {
        throw new UnsupportedOperationException();
    }
}
