package io.tarn.storage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * How to open a lake.
 *
 * @param location where data lives: a local directory or any Hadoop URI ({@code file:} by default)
 * @param metadataDirectory a local directory for the catalog database and other metadata; defaults to
 *         {@code location} when that is local, and is required otherwise
 * @param region the region in ARNs (Lake's ARNs name one)
 * @param accountId the account in ARNs; a new lake draws a random 12-digit id and keeps it
 * @param maxEventDataStores Lake allows 10 stores, counting stopped and pending-deletion ones
 * @param clock the time used for retention, deletion windows and timestamps
 */
public record LakeOptions(
        String location,
        Optional<Path> metadataDirectory,
        String region,
        Optional<String> accountId,
        int maxEventDataStores,
        Clock clock)
{
    public static final String DEFAULT_REGION = "us-east-1";
    public static final int DEFAULT_MAX_EVENT_DATA_STORES = 10;

    public LakeOptions
    {
        requireNonNull(location, "location is null");
        requireNonNull(metadataDirectory, "metadataDirectory is null");
        requireNonNull(region, "region is null");
        requireNonNull(accountId, "accountId is null");
        if (maxEventDataStores < 1) {
            throw new IllegalArgumentException("maxEventDataStores must be positive");
        }
        requireNonNull(clock, "clock is null");
    }

    public static LakeOptions at(String location)
    {
        return new LakeOptions(location, Optional.empty(), DEFAULT_REGION, Optional.empty(), DEFAULT_MAX_EVENT_DATA_STORES, Clock.systemUTC());
    }

    public LakeOptions withMetadataDirectory(Path value)
    {
        return new LakeOptions(location, Optional.of(value), region, accountId, maxEventDataStores, clock);
    }

    public LakeOptions withRegion(String value)
    {
        return new LakeOptions(location, metadataDirectory, value, accountId, maxEventDataStores, clock);
    }

    public LakeOptions withAccountId(String value)
    {
        return new LakeOptions(location, metadataDirectory, region, Optional.of(value), maxEventDataStores, clock);
    }

    public LakeOptions withMaxEventDataStores(int value)
    {
        return new LakeOptions(location, metadataDirectory, region, accountId, value, clock);
    }

    public LakeOptions withClock(Clock value)
    {
        return new LakeOptions(location, metadataDirectory, region, accountId, maxEventDataStores, value);
    }
}
