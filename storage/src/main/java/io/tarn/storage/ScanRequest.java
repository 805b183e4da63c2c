package io.tarn.storage;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * What to read from one store: top-level columns (lower case, in the order the batches will hold them),
 * optionally only some nested fields of struct columns, and the event times wanted.
 *
 * <p>{@code nestedFields} maps a struct column to the dotted paths below it that are needed, e.g.
 * {@code useridentity -> {arn, sessioncontext.sessionissuer.arn}}; a column absent from the map is read
 * whole. Fields not read are present in the batch as vectors of nulls, so batches always have the
 * schema's shape.
 *
 * <p>Only events whose {@code eventtime} is in {@code timeRanges} and inside the store's retention period
 * are returned: the scan filters rows, it does not merely prune.
 */
public record ScanRequest(String storeId, List<String> columns, Map<String, Set<String>> nestedFields, TimeRanges timeRanges, int batchSize)
{
    public static final int DEFAULT_BATCH_SIZE = 1024;

    public ScanRequest
    {
        requireNonNull(storeId, "storeId is null");
        columns = ImmutableList.copyOf(requireNonNull(columns, "columns is null"));
        ImmutableMap.Builder<String, Set<String>> nested = ImmutableMap.builder();
        requireNonNull(nestedFields, "nestedFields is null").forEach((column, paths) -> nested.put(column, ImmutableSet.copyOf(paths)));
        nestedFields = nested.buildOrThrow();
        requireNonNull(timeRanges, "timeRanges is null");
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
    }

    public static ScanRequest of(String storeId, List<String> columns, TimeRanges timeRanges)
    {
        return new ScanRequest(storeId, columns, Map.of(), timeRanges, DEFAULT_BATCH_SIZE);
    }
}
