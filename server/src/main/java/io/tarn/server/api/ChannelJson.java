package io.tarn.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tarn.storage.Channel;

import java.util.List;
import java.util.function.Function;

/**
 * Channels in JSON with the field names of Lake's GetChannel: {@code ChannelArn}, {@code Name},
 * {@code Source}, {@code Destinations} ({@code [{"Type": "EVENT_DATA_STORE", "Location": <store ARN>}]}),
 * {@code IngestionStatus} ({@code LatestIngestionSuccessTime}, once events have arrived), plus Tarn's
 * {@code ChannelId}, {@code Tags} (an object), {@code CreatedTimestamp} and {@code UpdatedTimestamp}.
 * ListChannels is {@code {"Channels": [{"ChannelArn", "Name", "ChannelId", "Source"}]}}.
 */
public final class ChannelJson
{
    public static final String DESTINATION_TYPE = "EVENT_DATA_STORE";

    private ChannelJson() {}

    /**
     * @param storeArn the ARN of a store by its id
     */
    public static ObjectNode toJson(Channel channel, Function<String, String> storeArn)
    {
        ObjectNode node = summary(channel);
        ArrayNode destinations = node.putArray("Destinations");
        for (String storeId : channel.destinationStoreIds()) {
            destinations.addObject()
                    .put("Type", DESTINATION_TYPE)
                    .put("Location", storeArn.apply(storeId));
        }
        ObjectNode status = node.putObject("IngestionStatus");
        channel.lastEventReceived().ifPresent(time -> status.put("LatestIngestionSuccessTime", LakeJson.time(time)));
        ObjectNode tags = node.putObject("Tags");
        channel.tags().forEach(tags::put);
        node.put("CreatedTimestamp", LakeJson.time(channel.createdTimestamp()));
        node.put("UpdatedTimestamp", LakeJson.time(channel.updatedTimestamp()));
        return node;
    }

    public static ObjectNode listJson(List<Channel> channels)
    {
        ObjectNode node = LakeJson.MAPPER.createObjectNode();
        ArrayNode array = node.putArray("Channels");
        channels.forEach(channel -> array.add(summary(channel)));
        return node;
    }

    private static ObjectNode summary(Channel channel)
    {
        ObjectNode node = LakeJson.MAPPER.createObjectNode();
        node.put("ChannelArn", channel.arn());
        node.put("Name", channel.name());
        node.put("ChannelId", channel.id());
        node.put("Source", channel.source());
        return node;
    }
}
