package io.tarn.storage.impl.ingest;

import io.tarn.error.TarnException;
import io.tarn.storage.AdvancedEventSelector;
import io.tarn.storage.BillingMode;
import io.tarn.storage.CreateEventDataStoreRequest;
import io.tarn.storage.EventCategory;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.EventDataStoreCatalog;
import io.tarn.storage.EventDataStoreStatus;
import io.tarn.storage.UpdateEventDataStoreRequest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.tarn.storage.StorageErrorCode.EVENT_DATA_STORE_NOT_FOUND;

/**
 * An in-memory catalog for tests of the ingestion code alone, and for processes that must ingest into a
 * store they are handed (the crash test's child JVMs). Only what ingestion needs behaves like Lake:
 * defaults, lookup by id, ARN or name, status changes and updates; no validation. Tests through the whole
 * lake use the real catalog.
 */
public final class TestingEventDataStoreCatalog
        implements EventDataStoreCatalog
{
    private final Map<String, EventDataStore> stores = new LinkedHashMap<>();
    private final Clock clock;

    public TestingEventDataStoreCatalog(Clock clock)
    {
        this.clock = clock;
    }

    @Override
    public synchronized EventDataStore create(CreateEventDataStoreRequest request)
    {
        String id = UUID.randomUUID().toString();
        EventCategory category = request.category().orElse(EventCategory.MANAGEMENT);
        BillingMode billingMode = request.billingMode().orElse(BillingMode.EXTENDABLE_RETENTION_PRICING);
        Instant now = clock.instant();
        EventDataStore store = new EventDataStore(
                id,
                "arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/" + id,
                request.name(),
                category.storeType(),
                request.startIngestion() ? EventDataStoreStatus.ENABLED : EventDataStoreStatus.STOPPED_INGESTION,
                request.advancedEventSelectors().orElse(List.of(AdvancedEventSelector.allEventsOf(category))),
                request.multiRegionEnabled(),
                request.organizationEnabled(),
                billingMode,
                request.retentionPeriodDays().orElse(billingMode.defaultRetentionDays()),
                request.terminationProtectionEnabled(),
                request.tags(),
                now,
                now,
                Optional.empty());
        stores.put(id, store);
        return store;
    }

    /**
     * Adds a store exactly as given, e.g. one another process created.
     */
    public synchronized void put(EventDataStore store)
    {
        stores.put(store.id(), store);
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
    public synchronized EventDataStore update(String reference, UpdateEventDataStoreRequest request)
    {
        EventDataStore store = get(reference);
        EventDataStore updated = new EventDataStore(
                store.id(),
                store.arn(),
                request.name().orElse(store.name()),
                store.type(),
                store.status(),
                request.advancedEventSelectors().orElse(store.advancedEventSelectors()),
                request.multiRegionEnabled().orElse(store.multiRegionEnabled()),
                request.organizationEnabled().orElse(store.organizationEnabled()),
                request.billingMode().orElse(store.billingMode()),
                request.retentionPeriodDays().orElse(store.retentionPeriodDays()),
                request.terminationProtectionEnabled().orElse(store.terminationProtectionEnabled()),
                request.tags().orElse(store.tags()),
                store.createdTimestamp(),
                clock.instant(),
                store.deletionTimestamp());
        stores.put(store.id(), updated);
        return updated;
    }

    @Override
    public EventDataStore stopIngestion(String reference)
    {
        return withStatus(reference, EventDataStoreStatus.STOPPED_INGESTION, Optional.empty());
    }

    @Override
    public EventDataStore startIngestion(String reference)
    {
        return withStatus(reference, EventDataStoreStatus.ENABLED, Optional.empty());
    }

    @Override
    public EventDataStore delete(String reference)
    {
        return withStatus(reference, EventDataStoreStatus.PENDING_DELETION, Optional.of(clock.instant()));
    }

    @Override
    public EventDataStore restore(String reference)
    {
        return withStatus(reference, EventDataStoreStatus.ENABLED, Optional.empty());
    }

    private synchronized EventDataStore withStatus(String reference, EventDataStoreStatus status, Optional<Instant> deletion)
    {
        EventDataStore store = get(reference);
        EventDataStore updated = new EventDataStore(store.id(), store.arn(), store.name(), store.type(), status, store.advancedEventSelectors(),
                store.multiRegionEnabled(), store.organizationEnabled(), store.billingMode(), store.retentionPeriodDays(), store.terminationProtectionEnabled(),
                store.tags(), store.createdTimestamp(), clock.instant(), deletion);
        stores.put(store.id(), updated);
        return updated;
    }
}
