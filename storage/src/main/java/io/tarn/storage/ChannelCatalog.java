package io.tarn.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The channels of a lake (spec 7.5). A channel is named by its id, its ARN or its name wherever a
 * {@code reference} is taken; a destination by a store's id, ARN or name. Every failure is a
 * {@link io.tarn.error.TarnException} with a {@link StorageErrorCode}.
 *
 * <p>Rules: names follow the rules of store names; the source is {@code Custom} or one of Lake's partner
 * sources ({@link #SOURCES}), and a partner source has at most one channel; destinations are 1 to
 * {@link #MAX_DESTINATIONS} stores of {@code ActivityAuditLog} events that are not pending deletion; a lake
 * has at most {@link #MAX_CHANNELS} channels; a store cannot be deleted while a channel delivers to it.
 */
public interface ChannelCatalog
{
    int MAX_CHANNELS = 25;
    int MAX_DESTINATIONS = 10;
    String CUSTOM_SOURCE = "Custom";
    /**
     * The sources a channel may have (spec 7.2).
     */
    List<String> SOURCES = List.of(CUSTOM_SOURCE, "CloudStorageSecurityConsole", "Clumio", "CrowdStrike", "CyberArk", "GitHub", "KongGatewayEnterprise",
            "LaunchDarkly", "NetskopeCloudExchange", "IBMMulticloud", "MontyCloud", "OktaSystemLogEvents", "OneLogin", "Shoreline", "Snyk", "WizAuditLogs");

    Channel create(CreateChannelRequest request);

    /**
     * All channels, oldest first.
     */
    List<Channel> list();

    Optional<Channel> find(String reference);

    /**
     * The channel, or {@link StorageErrorCode#CHANNEL_NOT_FOUND}.
     */
    Channel get(String reference);

    /**
     * Changes the name or the destinations (the source never changes).
     */
    Channel update(String reference, UpdateChannelRequest request);

    Channel delete(String reference);

    /**
     * Records that the channel delivered events at this time.
     */
    void recordEventsReceived(String channelId, Instant time);
}
