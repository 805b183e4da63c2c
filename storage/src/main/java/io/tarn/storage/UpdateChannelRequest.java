package io.tarn.storage;

import com.google.common.collect.ImmutableList;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * UpdateChannel (spec 7.5): a new name, new destinations, or both; absent fields do not change.
 */
public record UpdateChannelRequest(Optional<String> name, Optional<List<String>> destinations)
{
    public UpdateChannelRequest
    {
        requireNonNull(name, "name is null");
        destinations = requireNonNull(destinations, "destinations is null").map(ImmutableList::copyOf);
    }

    public boolean isEmpty()
    {
        return name.isEmpty() && destinations.isEmpty();
    }
}
