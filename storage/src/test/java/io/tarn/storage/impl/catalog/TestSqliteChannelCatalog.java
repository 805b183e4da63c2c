package io.tarn.storage.impl.catalog;

import io.tarn.storage.Channel;
import io.tarn.storage.ChannelCatalog;
import io.tarn.storage.CreateChannelRequest;
import io.tarn.storage.CreateEventDataStoreRequest;
import io.tarn.storage.EventCategory;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.Lake;
import io.tarn.storage.LakeOptions;
import io.tarn.storage.UpdateChannelRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.tarn.error.TarnAssertions.assertTarnExceptionThrownBy;
import static io.tarn.storage.StorageErrorCode.CHANNEL_ALREADY_EXISTS;
import static io.tarn.storage.StorageErrorCode.CHANNEL_EXISTS_FOR_EVENT_DATA_STORE;
import static io.tarn.storage.StorageErrorCode.CHANNEL_MAX_LIMIT_EXCEEDED;
import static io.tarn.storage.StorageErrorCode.CHANNEL_NOT_FOUND;
import static io.tarn.storage.StorageErrorCode.EVENT_DATA_STORE_NOT_FOUND;
import static io.tarn.storage.StorageErrorCode.INVALID_EVENT_DATA_STORE_CATEGORY;
import static io.tarn.storage.StorageErrorCode.INVALID_PARAMETER;
import static org.assertj.core.api.Assertions.assertThat;

public class TestSqliteChannelCatalog
{
    @TempDir
    private Path directory;

    @Test
    public void testLifecycle()
    {
        String channelId;
        String activityId;
        String otherId;
        try (Lake lake = openLake()) {
            activityId = activityStore(lake, "apps").id();
            otherId = activityStore(lake, "more-apps").id();
            ChannelCatalog channels = lake.channels();
            Channel channel = channels.create(new CreateChannelRequest("my-app", "Custom", List.of("apps"), Map.of("team", "security")));
            channelId = channel.id();
            assertThat(channel.arn()).isEqualTo("arn:aws:cloudtrail:us-east-1:123456789012:channel/" + channel.id());
            assertThat(channel.destinationStoreIds()).containsExactly(activityId);
            assertThat(channel.lastEventReceived()).isEmpty();
            assertThat(channels.get(channel.arn())).isEqualTo(channel);
            assertThat(channels.get("my-app")).isEqualTo(channel);
            assertThat(channels.list()).containsExactly(channel);

            // A store a channel delivers to cannot be deleted
            assertTarnExceptionThrownBy(() -> lake.catalog().delete(activityId), CHANNEL_EXISTS_FOR_EVENT_DATA_STORE);

            Channel updated = channels.update("my-app", new UpdateChannelRequest(Optional.of("my-app-2"), Optional.of(List.of(otherId, "apps"))));
            assertThat(updated.name()).isEqualTo("my-app-2");
            assertThat(updated.destinationStoreIds()).containsExactly(otherId, activityId);
            assertThat(updated.tags()).containsEntry("team", "security");
            channels.recordEventsReceived(channelId, Instant.parse("2024-05-01T10:00:00Z"));
            channels.recordEventsReceived(channelId, Instant.parse("2024-04-01T10:00:00Z"));
        }
        // Persisted in the catalog database
        try (Lake lake = openLake()) {
            Channel channel = lake.channels().get(channelId);
            assertThat(channel.name()).isEqualTo("my-app-2");
            assertThat(channel.destinationStoreIds()).containsExactly(otherId, activityId);
            assertThat(channel.lastEventReceived()).contains(Instant.parse("2024-05-01T10:00:00Z"));
            lake.channels().update(channelId, new UpdateChannelRequest(Optional.empty(), Optional.of(List.of(otherId))));
            // No longer a destination, so the store can go
            lake.catalog().delete(activityId);
            assertThat(lake.channels().delete(channelId).id()).isEqualTo(channelId);
            assertThat(lake.channels().list()).isEmpty();
            assertTarnExceptionThrownBy(() -> lake.channels().get(channelId), CHANNEL_NOT_FOUND);
            assertTarnExceptionThrownBy(() -> lake.channels().delete(channelId), CHANNEL_NOT_FOUND);
        }
    }

    @Test
    public void testRules()
    {
        try (Lake lake = openLake()) {
            activityStore(lake, "apps");
            lake.catalog().create(CreateEventDataStoreRequest.withDefaults("trail"));
            ChannelCatalog channels = lake.channels();
            assertTarnExceptionThrownBy(() -> channels.create(request("x", "Custom", "apps")), INVALID_PARAMETER);
            assertTarnExceptionThrownBy(() -> channels.create(request("okta", "Nobody", "apps")), INVALID_PARAMETER);
            assertTarnExceptionThrownBy(() -> channels.create(request("okta", "Custom", "trail")), INVALID_EVENT_DATA_STORE_CATEGORY);
            assertTarnExceptionThrownBy(() -> channels.create(request("okta", "Custom", "missing")), EVENT_DATA_STORE_NOT_FOUND);
            assertTarnExceptionThrownBy(() -> channels.create(new CreateChannelRequest("okta", "Custom", List.of(), Map.of())), INVALID_PARAMETER);
            assertTarnExceptionThrownBy(() -> channels.create(new CreateChannelRequest("okta", "Custom", List.of("apps", "apps"), Map.of())), INVALID_PARAMETER);

            channels.create(request("okta", "OktaSystemLogEvents", "apps"));
            assertTarnExceptionThrownBy(() -> channels.create(request("okta", "Custom", "apps")), CHANNEL_ALREADY_EXISTS);
            // A partner source has one channel; custom integrations may have several
            assertTarnExceptionThrownBy(() -> channels.create(request("okta-2", "OktaSystemLogEvents", "apps")), CHANNEL_ALREADY_EXISTS);
            for (int index = 1; index < ChannelCatalog.MAX_CHANNELS; index++) {
                channels.create(request("custom-" + index, "Custom", "apps"));
            }
            assertTarnExceptionThrownBy(() -> channels.create(request("one-more", "Custom", "apps")), CHANNEL_MAX_LIMIT_EXCEEDED);
            assertThat(channels.list()).hasSize(ChannelCatalog.MAX_CHANNELS);
            assertTarnExceptionThrownBy(() -> channels.update("custom-1", new UpdateChannelRequest(Optional.of("okta"), Optional.empty())), CHANNEL_ALREADY_EXISTS);
            assertTarnExceptionThrownBy(() -> channels.update("custom-1", new UpdateChannelRequest(Optional.empty(), Optional.of(List.of("trail")))),
                    INVALID_EVENT_DATA_STORE_CATEGORY);
        }
    }

    private static CreateChannelRequest request(String name, String source, String destination)
    {
        return new CreateChannelRequest(name, source, List.of(destination), Map.of());
    }

    private Lake openLake()
    {
        return Lake.open(LakeOptions.at(directory.toString()).withAccountId("123456789012"));
    }

    private static EventDataStore activityStore(Lake lake, String name)
    {
        return lake.catalog().create(CreateEventDataStoreRequest.withDefaults(name)
                .withCategory(EventCategory.ACTIVITY_AUDIT_LOG)
                .withMultiRegionEnabled(false)
                .withTerminationProtectionEnabled(false));
    }
}
