package io.tarn.storage;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A channel (spec 7): the way events from outside the lake (an integration's application or partner) enter
 * event data stores of {@code ActivityAuditLog} events.
 *
 * @param source {@code Custom} or a partner's source name (spec 7.2); never changes
 * @param destinationStoreIds the ids of the stores that receive the channel's events
 * @param lastEventReceived when the channel last delivered events (Lake's ingestion status)
 */
public record Channel(
        String id,
        String arn,
        String name,
        String source,
        List<String> destinationStoreIds,
        Map<String, String> tags,
        Instant createdTimestamp,
        Instant updatedTimestamp,
        Optional<Instant> lastEventReceived)
{
    public Channel
    {
        requireNonNull(id, "id is null");
        requireNonNull(arn, "arn is null");
        requireNonNull(name, "name is null");
        requireNonNull(source, "source is null");
        destinationStoreIds = ImmutableList.copyOf(requireNonNull(destinationStoreIds, "destinationStoreIds is null"));
        tags = ImmutableMap.copyOf(requireNonNull(tags, "tags is null"));
        requireNonNull(createdTimestamp, "createdTimestamp is null");
        requireNonNull(updatedTimestamp, "updatedTimestamp is null");
        requireNonNull(lastEventReceived, "lastEventReceived is null");
    }
}
