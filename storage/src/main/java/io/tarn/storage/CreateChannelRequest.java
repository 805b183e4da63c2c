package io.tarn.storage;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * CreateChannel (spec 7.5): a name, a source and the stores (ids, ARNs or names) that receive its events.
 */
public record CreateChannelRequest(String name, String source, List<String> destinations, Map<String, String> tags)
{
    public CreateChannelRequest
    {
        requireNonNull(name, "name is null");
        requireNonNull(source, "source is null");
        destinations = ImmutableList.copyOf(requireNonNull(destinations, "destinations is null"));
        tags = ImmutableMap.copyOf(requireNonNull(tags, "tags is null"));
    }
}
