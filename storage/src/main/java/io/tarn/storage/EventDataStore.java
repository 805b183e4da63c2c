package io.tarn.storage;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.tarn.storage.schema.EventSchema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * An event data store as the catalog records it (spec 2). {@code id} is a UUID and {@code arn} is
 * {@code arn:aws:cloudtrail:<region>:<account>:eventdatastore/<id>}.
 */
public record EventDataStore(
        String id,
        String arn,
        String name,
        EventDataStoreType type,
        EventDataStoreStatus status,
        List<AdvancedEventSelector> advancedEventSelectors,
        boolean multiRegionEnabled,
        boolean organizationEnabled,
        BillingMode billingMode,
        int retentionPeriodDays,
        boolean terminationProtectionEnabled,
        Map<String, String> tags,
        Instant createdTimestamp,
        Instant updatedTimestamp,
        Optional<Instant> deletionTimestamp)
{
    public EventDataStore
    {
        requireNonNull(id, "id is null");
        requireNonNull(arn, "arn is null");
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        requireNonNull(status, "status is null");
        advancedEventSelectors = ImmutableList.copyOf(requireNonNull(advancedEventSelectors, "advancedEventSelectors is null"));
        requireNonNull(billingMode, "billingMode is null");
        tags = ImmutableMap.copyOf(requireNonNull(tags, "tags is null"));
        requireNonNull(createdTimestamp, "createdTimestamp is null");
        requireNonNull(updatedTimestamp, "updatedTimestamp is null");
        requireNonNull(deletionTimestamp, "deletionTimestamp is null");
    }

    public EventSchema schema()
    {
        return type.schema();
    }
}
