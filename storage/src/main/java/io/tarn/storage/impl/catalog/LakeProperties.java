package io.tarn.storage.impl.catalog;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * What a lake records about itself when it is created: the account and region in its ARNs, when it was
 * created, and the version of its catalog format.
 */
public record LakeProperties(String accountId, String region, Instant createdTimestamp, int formatVersion)
{
    public LakeProperties
    {
        requireNonNull(accountId, "accountId is null");
        requireNonNull(region, "region is null");
        requireNonNull(createdTimestamp, "createdTimestamp is null");
    }

    /**
     * The ARN of an event data store of this lake.
     */
    public String eventDataStoreArn(String storeId)
    {
        return "arn:aws:cloudtrail:" + region + ":" + accountId + ":eventdatastore/" + storeId;
    }

    /**
     * The ARN of a channel of this lake.
     */
    public String channelArn(String channelId)
    {
        return "arn:aws:cloudtrail:" + region + ":" + accountId + ":channel/" + channelId;
    }
}
