package io.tarn.storage;

import com.google.common.collect.ImmutableList;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One ingestion: sources into one store, committed atomically as a whole. {@code from} and {@code to}
 * bound the event times taken (inclusive start, exclusive end); for a trail's directory layout they also
 * prune directories and files by the dates in their names.
 */
public record IngestRequest(String store, List<IngestSource> sources, IngestMode mode, Optional<Instant> from, Optional<Instant> to)
{
    public IngestRequest
    {
        requireNonNull(store, "store is null");
        sources = ImmutableList.copyOf(requireNonNull(sources, "sources is null"));
        requireNonNull(mode, "mode is null");
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
    }

    public static IngestRequest live(String store, List<IngestSource> sources)
    {
        return new IngestRequest(store, sources, IngestMode.LIVE, Optional.empty(), Optional.empty());
    }
}
