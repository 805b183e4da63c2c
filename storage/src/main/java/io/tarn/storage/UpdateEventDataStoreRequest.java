package io.tarn.storage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static java.util.Objects.requireNonNull;

/**
 * What UpdateEventDataStore takes (spec 2.4); only present values change. {@code tags}, when present,
 * replaces all tags.
 */
public record UpdateEventDataStoreRequest(
        Optional<String> name,
        Optional<List<AdvancedEventSelector>> advancedEventSelectors,
        Optional<BillingMode> billingMode,
        OptionalInt retentionPeriodDays,
        Optional<Boolean> terminationProtectionEnabled,
        Optional<Boolean> multiRegionEnabled,
        Optional<Boolean> organizationEnabled,
        Optional<Map<String, String>> tags)
{
    public UpdateEventDataStoreRequest
    {
        requireNonNull(name, "name is null");
        advancedEventSelectors = requireNonNull(advancedEventSelectors, "advancedEventSelectors is null").map(List::copyOf);
        requireNonNull(billingMode, "billingMode is null");
        requireNonNull(retentionPeriodDays, "retentionPeriodDays is null");
        requireNonNull(terminationProtectionEnabled, "terminationProtectionEnabled is null");
        requireNonNull(multiRegionEnabled, "multiRegionEnabled is null");
        requireNonNull(organizationEnabled, "organizationEnabled is null");
        tags = requireNonNull(tags, "tags is null").map(Map::copyOf);
    }

    public static UpdateEventDataStoreRequest none()
    {
        return new UpdateEventDataStoreRequest(Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public UpdateEventDataStoreRequest withName(String value)
    {
        return new UpdateEventDataStoreRequest(Optional.of(value), advancedEventSelectors, billingMode, retentionPeriodDays, terminationProtectionEnabled, multiRegionEnabled, organizationEnabled, tags);
    }

    public UpdateEventDataStoreRequest withAdvancedEventSelectors(List<AdvancedEventSelector> value)
    {
        return new UpdateEventDataStoreRequest(name, Optional.of(value), billingMode, retentionPeriodDays, terminationProtectionEnabled, multiRegionEnabled, organizationEnabled, tags);
    }

    public UpdateEventDataStoreRequest withBillingMode(BillingMode value)
    {
        return new UpdateEventDataStoreRequest(name, advancedEventSelectors, Optional.of(value), retentionPeriodDays, terminationProtectionEnabled, multiRegionEnabled, organizationEnabled, tags);
    }

    public UpdateEventDataStoreRequest withRetentionPeriodDays(int value)
    {
        return new UpdateEventDataStoreRequest(name, advancedEventSelectors, billingMode, OptionalInt.of(value), terminationProtectionEnabled, multiRegionEnabled, organizationEnabled, tags);
    }

    public UpdateEventDataStoreRequest withTerminationProtectionEnabled(boolean value)
    {
        return new UpdateEventDataStoreRequest(name, advancedEventSelectors, billingMode, retentionPeriodDays, Optional.of(value), multiRegionEnabled, organizationEnabled, tags);
    }

    public UpdateEventDataStoreRequest withMultiRegionEnabled(boolean value)
    {
        return new UpdateEventDataStoreRequest(name, advancedEventSelectors, billingMode, retentionPeriodDays, terminationProtectionEnabled, Optional.of(value), organizationEnabled, tags);
    }

    public UpdateEventDataStoreRequest withOrganizationEnabled(boolean value)
    {
        return new UpdateEventDataStoreRequest(name, advancedEventSelectors, billingMode, retentionPeriodDays, terminationProtectionEnabled, multiRegionEnabled, Optional.of(value), tags);
    }

    public UpdateEventDataStoreRequest withTags(Map<String, String> value)
    {
        return new UpdateEventDataStoreRequest(name, advancedEventSelectors, billingMode, retentionPeriodDays, terminationProtectionEnabled, multiRegionEnabled, organizationEnabled, Optional.of(value));
    }
}
