package io.tarn.storage;

import com.google.common.collect.ImmutableMap;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static java.util.Objects.requireNonNull;

/**
 * What CreateEventDataStore takes (spec 2.2). Absent values take Lake's defaults: selectors for all
 * management events (or all events of {@code category} when it is given), extendable pricing with its
 * default retention, termination protection on, multi-Region on, ingestion started.
 */
public record CreateEventDataStoreRequest(
        String name,
        Optional<EventCategory> category,
        Optional<List<AdvancedEventSelector>> advancedEventSelectors,
        Optional<BillingMode> billingMode,
        OptionalInt retentionPeriodDays,
        boolean terminationProtectionEnabled,
        boolean multiRegionEnabled,
        boolean organizationEnabled,
        boolean startIngestion,
        Map<String, String> tags)
{
    public CreateEventDataStoreRequest
    {
        requireNonNull(name, "name is null");
        requireNonNull(category, "category is null");
        advancedEventSelectors = requireNonNull(advancedEventSelectors, "advancedEventSelectors is null").map(List::copyOf);
        requireNonNull(billingMode, "billingMode is null");
        requireNonNull(retentionPeriodDays, "retentionPeriodDays is null");
        tags = ImmutableMap.copyOf(requireNonNull(tags, "tags is null"));
    }

    /**
     * A request with every option at its default.
     */
    public static CreateEventDataStoreRequest withDefaults(String name)
    {
        return new CreateEventDataStoreRequest(name, Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), true, true, false, true, Map.of());
    }

    public CreateEventDataStoreRequest withCategory(EventCategory value)
    {
        return new CreateEventDataStoreRequest(name, Optional.of(value), advancedEventSelectors, billingMode, retentionPeriodDays, terminationProtectionEnabled, multiRegionEnabled, organizationEnabled, startIngestion, tags);
    }

    public CreateEventDataStoreRequest withAdvancedEventSelectors(List<AdvancedEventSelector> value)
    {
        return new CreateEventDataStoreRequest(name, category, Optional.of(value), billingMode, retentionPeriodDays, terminationProtectionEnabled, multiRegionEnabled, organizationEnabled, startIngestion, tags);
    }

    public CreateEventDataStoreRequest withBillingMode(BillingMode value)
    {
        return new CreateEventDataStoreRequest(name, category, advancedEventSelectors, Optional.of(value), retentionPeriodDays, terminationProtectionEnabled, multiRegionEnabled, organizationEnabled, startIngestion, tags);
    }

    public CreateEventDataStoreRequest withRetentionPeriodDays(int value)
    {
        return new CreateEventDataStoreRequest(name, category, advancedEventSelectors, billingMode, OptionalInt.of(value), terminationProtectionEnabled, multiRegionEnabled, organizationEnabled, startIngestion, tags);
    }

    public CreateEventDataStoreRequest withTerminationProtectionEnabled(boolean value)
    {
        return new CreateEventDataStoreRequest(name, category, advancedEventSelectors, billingMode, retentionPeriodDays, value, multiRegionEnabled, organizationEnabled, startIngestion, tags);
    }

    public CreateEventDataStoreRequest withMultiRegionEnabled(boolean value)
    {
        return new CreateEventDataStoreRequest(name, category, advancedEventSelectors, billingMode, retentionPeriodDays, terminationProtectionEnabled, value, organizationEnabled, startIngestion, tags);
    }

    public CreateEventDataStoreRequest withOrganizationEnabled(boolean value)
    {
        return new CreateEventDataStoreRequest(name, category, advancedEventSelectors, billingMode, retentionPeriodDays, terminationProtectionEnabled, multiRegionEnabled, value, startIngestion, tags);
    }

    public CreateEventDataStoreRequest withStartIngestion(boolean value)
    {
        return new CreateEventDataStoreRequest(name, category, advancedEventSelectors, billingMode, retentionPeriodDays, terminationProtectionEnabled, multiRegionEnabled, organizationEnabled, value, tags);
    }

    public CreateEventDataStoreRequest withTags(Map<String, String> value)
    {
        return new CreateEventDataStoreRequest(name, category, advancedEventSelectors, billingMode, retentionPeriodDays, terminationProtectionEnabled, multiRegionEnabled, organizationEnabled, startIngestion, value);
    }
}
