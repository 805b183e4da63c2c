package io.tarn.storage.impl.catalog;

import io.tarn.storage.AdvancedEventSelector;
import io.tarn.storage.BillingMode;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.EventDataStoreStatus;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Copies a store with some attributes changed, for the catalog's lifecycle operations.
 */
final class EventDataStoreBuilder
{
    private final EventDataStore original;
    private String name;
    private EventDataStoreStatus status;
    private List<AdvancedEventSelector> advancedEventSelectors;
    private boolean multiRegionEnabled;
    private boolean organizationEnabled;
    private BillingMode billingMode;
    private int retentionPeriodDays;
    private boolean terminationProtectionEnabled;
    private Map<String, String> tags;
    private Instant updatedTimestamp;
    private Optional<Instant> deletionTimestamp;

    private EventDataStoreBuilder(EventDataStore original)
    {
        this.original = original;
        this.name = original.name();
        this.status = original.status();
        this.advancedEventSelectors = original.advancedEventSelectors();
        this.multiRegionEnabled = original.multiRegionEnabled();
        this.organizationEnabled = original.organizationEnabled();
        this.billingMode = original.billingMode();
        this.retentionPeriodDays = original.retentionPeriodDays();
        this.terminationProtectionEnabled = original.terminationProtectionEnabled();
        this.tags = original.tags();
        this.updatedTimestamp = original.updatedTimestamp();
        this.deletionTimestamp = original.deletionTimestamp();
    }

    static EventDataStoreBuilder from(EventDataStore store)
    {
        return new EventDataStoreBuilder(store);
    }

    EventDataStoreBuilder name(String value)
    {
        name = value;
        return this;
    }

    EventDataStoreBuilder status(EventDataStoreStatus value)
    {
        status = value;
        return this;
    }

    EventDataStoreBuilder advancedEventSelectors(List<AdvancedEventSelector> value)
    {
        advancedEventSelectors = value;
        return this;
    }

    EventDataStoreBuilder multiRegionEnabled(boolean value)
    {
        multiRegionEnabled = value;
        return this;
    }

    EventDataStoreBuilder organizationEnabled(boolean value)
    {
        organizationEnabled = value;
        return this;
    }

    EventDataStoreBuilder billingMode(BillingMode value)
    {
        billingMode = value;
        return this;
    }

    EventDataStoreBuilder retentionPeriodDays(int value)
    {
        retentionPeriodDays = value;
        return this;
    }

    EventDataStoreBuilder terminationProtectionEnabled(boolean value)
    {
        terminationProtectionEnabled = value;
        return this;
    }

    EventDataStoreBuilder tags(Map<String, String> value)
    {
        tags = value;
        return this;
    }

    EventDataStoreBuilder updatedTimestamp(Instant value)
    {
        updatedTimestamp = value;
        return this;
    }

    EventDataStoreBuilder deletionTimestamp(Optional<Instant> value)
    {
        deletionTimestamp = value;
        return this;
    }

    EventDataStore build()
    {
        return new EventDataStore(
                original.id(),
                original.arn(),
                name,
                original.type(),
                status,
                advancedEventSelectors,
                multiRegionEnabled,
                organizationEnabled,
                billingMode,
                retentionPeriodDays,
                terminationProtectionEnabled,
                tags,
                original.createdTimestamp(),
                updatedTimestamp,
                deletionTimestamp);
    }
}
