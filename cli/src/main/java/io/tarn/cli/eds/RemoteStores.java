package io.tarn.cli.eds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tarn.cli.JsonOutput;
import io.tarn.cli.remote.RestClient;
import io.tarn.storage.AdvancedEventSelector;
import io.tarn.storage.AdvancedEventSelectors;
import io.tarn.storage.BillingMode;
import io.tarn.storage.CreateEventDataStoreRequest;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.EventDataStoreStatus;
import io.tarn.storage.EventDataStoreType;
import io.tarn.storage.UpdateEventDataStoreRequest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Event data stores through a server's REST API ({@code /api/v1/event-data-stores}): requests as the server's
 * JSON bodies, and the server's answers read back into {@link EventDataStore}s for the text printers.
 */
public final class RemoteStores
{
    static final String PATH = "/event-data-stores";

    private RemoteStores() {}

    public static String storePath(String reference)
    {
        return PATH + "/" + RestClient.segment(reference);
    }

    static ObjectNode createBody(CreateEventDataStoreRequest request)
    {
        ObjectNode body = JsonOutput.object();
        body.put("Name", request.name());
        request.category().ifPresent(category -> body.put("Category", category.apiName()));
        request.advancedEventSelectors().ifPresent(selectors -> body.set("AdvancedEventSelectors", selectorsJson(selectors)));
        request.billingMode().ifPresent(mode -> body.put("BillingMode", mode.name()));
        request.retentionPeriodDays().ifPresent(days -> body.put("RetentionPeriod", days));
        body.put("TerminationProtectionEnabled", request.terminationProtectionEnabled());
        body.put("MultiRegionEnabled", request.multiRegionEnabled());
        body.put("OrganizationEnabled", request.organizationEnabled());
        body.put("StartIngestion", request.startIngestion());
        ObjectNode tags = body.putObject("Tags");
        request.tags().forEach(tags::put);
        return body;
    }

    static ObjectNode updateBody(UpdateEventDataStoreRequest request)
    {
        ObjectNode body = JsonOutput.object();
        request.name().ifPresent(name -> body.put("Name", name));
        request.advancedEventSelectors().ifPresent(selectors -> body.set("AdvancedEventSelectors", selectorsJson(selectors)));
        request.billingMode().ifPresent(mode -> body.put("BillingMode", mode.name()));
        request.retentionPeriodDays().ifPresent(days -> body.put("RetentionPeriod", days));
        request.terminationProtectionEnabled().ifPresent(value -> body.put("TerminationProtectionEnabled", value));
        request.multiRegionEnabled().ifPresent(value -> body.put("MultiRegionEnabled", value));
        request.organizationEnabled().ifPresent(value -> body.put("OrganizationEnabled", value));
        request.tags().ifPresent(tags -> {
            ObjectNode node = body.putObject("Tags");
            tags.forEach(node::put);
        });
        return body;
    }

    /**
     * A store as the server's JSON ({@code EventDataStoreJson}) describes it.
     */
    public static EventDataStore store(JsonNode node)
    {
        Map<String, String> tags = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> entries = node.path("Tags").fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            tags.put(entry.getKey(), entry.getValue().asText());
        }
        return new EventDataStore(
                node.path("EventDataStoreId").asText(),
                node.path("EventDataStoreArn").asText(),
                node.path("Name").asText(),
                EventDataStoreType.valueOf(node.path("Type").asText()),
                EventDataStoreStatus.valueOf(node.path("Status").asText()),
                AdvancedEventSelectors.parse(node.path("AdvancedEventSelectors").toString()),
                node.path("MultiRegionEnabled").asBoolean(),
                node.path("OrganizationEnabled").asBoolean(),
                BillingMode.valueOf(node.path("BillingMode").asText()),
                node.path("RetentionPeriod").asInt(),
                node.path("TerminationProtectionEnabled").asBoolean(),
                tags,
                time(node.path("CreatedTimestamp")),
                time(node.path("UpdatedTimestamp")),
                node.hasNonNull("DeletionTimestamp") ? Optional.of(time(node.path("DeletionTimestamp"))) : Optional.empty());
    }

    static List<EventDataStore> stores(JsonNode list)
    {
        List<EventDataStore> stores = new ArrayList<>();
        list.path("EventDataStores").forEach(node -> stores.add(store(node)));
        return stores;
    }

    private static Instant time(JsonNode node)
    {
        return OffsetDateTime.parse(node.asText()).toInstant();
    }

    private static JsonNode selectorsJson(List<AdvancedEventSelector> selectors)
    {
        try {
            return JsonOutput.MAPPER.readTree(AdvancedEventSelectors.toJson(selectors));
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("selectors written by Tarn are not JSON", e);
        }
    }
}
