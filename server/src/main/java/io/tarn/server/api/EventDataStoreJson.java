package io.tarn.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tarn.server.http.JsonFields;
import io.tarn.storage.AdvancedEventSelector;
import io.tarn.storage.AdvancedEventSelectors;
import io.tarn.storage.BillingMode;
import io.tarn.storage.CreateEventDataStoreRequest;
import io.tarn.storage.EventCategory;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.UpdateEventDataStoreRequest;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static io.tarn.server.http.JsonFields.invalid;

/**
 * Event data stores in JSON, with the field names of Lake's responses ({@code EventDataStoreArn}, {@code Name},
 * {@code Status}, {@code AdvancedEventSelectors}, {@code MultiRegionEnabled}, {@code OrganizationEnabled},
 * {@code BillingMode}, {@code RetentionPeriod}, {@code TerminationProtectionEnabled},
 * {@code CreatedTimestamp}, {@code UpdatedTimestamp}) plus {@code EventDataStoreId}, {@code Type}, {@code Tags}
 * (an object of keys and values) and, for a store pending deletion, {@code DeletionTimestamp}; a list is
 * {@code {"EventDataStores": [...]}}.
 *
 * <p>Requests take Lake's CreateEventDataStore and UpdateEventDataStore fields: {@code Name},
 * {@code AdvancedEventSelectors}, {@code MultiRegionEnabled}, {@code OrganizationEnabled},
 * {@code RetentionPeriod}, {@code TerminationProtectionEnabled}, {@code BillingMode}, tags as Lake's
 * {@code TagsList} ({@code [{"Key": "k", "Value": "v"}]}) or as the {@code Tags} object Tarn prints, and on
 * create {@code StartIngestion} and Tarn's {@code Category} (the category of events when no selectors are
 * given: {@code Management}, {@code ConfigurationItem}, ...).
 */
public final class EventDataStoreJson
{
    public static final List<String> CREATE_FIELDS = List.of("Name", "AdvancedEventSelectors", "MultiRegionEnabled", "OrganizationEnabled",
            "RetentionPeriod", "TerminationProtectionEnabled", "BillingMode", "TagsList", "Tags", "StartIngestion", "Category");
    public static final List<String> UPDATE_FIELDS = List.of("Name", "AdvancedEventSelectors", "MultiRegionEnabled", "OrganizationEnabled",
            "RetentionPeriod", "TerminationProtectionEnabled", "BillingMode", "TagsList", "Tags");

    private EventDataStoreJson() {}

    public static ObjectNode toJson(EventDataStore store)
    {
        ObjectNode node = LakeJson.MAPPER.createObjectNode();
        node.put("EventDataStoreId", store.id());
        node.put("EventDataStoreArn", store.arn());
        node.put("Name", store.name());
        node.put("Type", store.type().name());
        node.put("Status", store.status().name());
        node.set("AdvancedEventSelectors", selectorsJson(store.advancedEventSelectors()));
        node.put("MultiRegionEnabled", store.multiRegionEnabled());
        node.put("OrganizationEnabled", store.organizationEnabled());
        node.put("BillingMode", store.billingMode().name());
        node.put("RetentionPeriod", store.retentionPeriodDays());
        node.put("TerminationProtectionEnabled", store.terminationProtectionEnabled());
        node.put("CreatedTimestamp", LakeJson.time(store.createdTimestamp()));
        node.put("UpdatedTimestamp", LakeJson.time(store.updatedTimestamp()));
        store.deletionTimestamp().ifPresent(deletion -> node.put("DeletionTimestamp", LakeJson.time(deletion)));
        ObjectNode tags = node.putObject("Tags");
        store.tags().forEach(tags::put);
        return node;
    }

    public static ObjectNode listJson(List<EventDataStore> stores)
    {
        ObjectNode list = LakeJson.MAPPER.createObjectNode();
        ArrayNode array = list.putArray("EventDataStores");
        stores.forEach(store -> array.add(toJson(store)));
        return list;
    }

    /**
     * A CreateEventDataStore request from a JSON body read with {@link #CREATE_FIELDS}.
     */
    public static CreateEventDataStoreRequest createRequest(JsonFields body)
    {
        CreateEventDataStoreRequest request = CreateEventDataStoreRequest.withDefaults(body.requiredString("Name"));
        Optional<String> category = body.string("Category");
        if (category.isPresent()) {
            request = request.withCategory(EventCategory.fromApiName(category.get()).orElseThrow(() -> invalid("Unknown Category '" + category.get() + "'; use one of "
                    + Arrays.stream(EventCategory.values()).map(EventCategory::apiName).collect(Collectors.joining(", ")))));
        }
        Optional<List<AdvancedEventSelector>> selectors = selectors(body);
        if (selectors.isPresent()) {
            request = request.withAdvancedEventSelectors(selectors.get());
        }
        Optional<BillingMode> billingMode = billingMode(body);
        if (billingMode.isPresent()) {
            request = request.withBillingMode(billingMode.get());
        }
        if (body.integer("RetentionPeriod").isPresent()) {
            request = request.withRetentionPeriodDays(body.integer("RetentionPeriod").getAsInt());
        }
        request = request.withTerminationProtectionEnabled(body.bool("TerminationProtectionEnabled").orElse(true))
                .withMultiRegionEnabled(body.bool("MultiRegionEnabled").orElse(true))
                .withOrganizationEnabled(body.bool("OrganizationEnabled").orElse(false))
                .withStartIngestion(body.bool("StartIngestion").orElse(true));
        Optional<Map<String, String>> tags = tags(body);
        if (tags.isPresent()) {
            request = request.withTags(tags.get());
        }
        return request;
    }

    /**
     * An UpdateEventDataStore request from a JSON body read with {@link #UPDATE_FIELDS}; absent fields do
     * not change.
     */
    public static UpdateEventDataStoreRequest updateRequest(JsonFields body)
    {
        UpdateEventDataStoreRequest request = UpdateEventDataStoreRequest.none();
        if (body.string("Name").isPresent()) {
            request = request.withName(body.string("Name").get());
        }
        Optional<List<AdvancedEventSelector>> selectors = selectors(body);
        if (selectors.isPresent()) {
            request = request.withAdvancedEventSelectors(selectors.get());
        }
        Optional<BillingMode> billingMode = billingMode(body);
        if (billingMode.isPresent()) {
            request = request.withBillingMode(billingMode.get());
        }
        if (body.integer("RetentionPeriod").isPresent()) {
            request = request.withRetentionPeriodDays(body.integer("RetentionPeriod").getAsInt());
        }
        if (body.bool("TerminationProtectionEnabled").isPresent()) {
            request = request.withTerminationProtectionEnabled(body.bool("TerminationProtectionEnabled").get());
        }
        if (body.bool("MultiRegionEnabled").isPresent()) {
            request = request.withMultiRegionEnabled(body.bool("MultiRegionEnabled").get());
        }
        if (body.bool("OrganizationEnabled").isPresent()) {
            request = request.withOrganizationEnabled(body.bool("OrganizationEnabled").get());
        }
        Optional<Map<String, String>> tags = tags(body);
        if (tags.isPresent()) {
            request = request.withTags(tags.get());
        }
        return request;
    }

    private static Optional<List<AdvancedEventSelector>> selectors(JsonFields body)
    {
        // The storage parser checks the shape and reports INVALID_EVENT_SELECTORS as Lake does
        return body.node("AdvancedEventSelectors").map(node -> AdvancedEventSelectors.parse(node.toString()));
    }

    private static Optional<BillingMode> billingMode(JsonFields body)
    {
        return body.string("BillingMode").map(value -> Arrays.stream(BillingMode.values())
                .filter(mode -> mode.name().equals(value))
                .findFirst()
                .orElseThrow(() -> invalid("Unknown BillingMode '" + value + "'; use EXTENDABLE_RETENTION_PRICING or FIXED_RETENTION_PRICING")));
    }

    private static Optional<Map<String, String>> tags(JsonFields body)
    {
        Optional<JsonNode> list = body.array("TagsList");
        Optional<JsonNode> object = body.objectField("Tags");
        if (list.isPresent() && object.isPresent()) {
            throw invalid("Give tags either as TagsList or as Tags, not both");
        }
        if (list.isPresent()) {
            Map<String, String> tags = new LinkedHashMap<>();
            for (JsonNode tag : list.get()) {
                JsonFields fields = JsonFields.of(tag, List.of("Key", "Value"));
                String key = fields.requiredString("Key");
                if (tags.put(key, fields.string("Value").orElse("")) != null) {
                    throw invalid("Tag key '" + key + "' appears twice in TagsList");
                }
            }
            return Optional.of(tags);
        }
        return object.map(node -> {
            Map<String, String> tags = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> entries = node.fields(); entries.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = entries.next();
                if (!entry.getValue().isTextual()) {
                    throw invalid("The value of tag '" + entry.getKey() + "' must be a string");
                }
                tags.put(entry.getKey(), entry.getValue().textValue());
            }
            return tags;
        });
    }

    private static JsonNode selectorsJson(List<AdvancedEventSelector> selectors)
    {
        try {
            return LakeJson.MAPPER.readTree(AdvancedEventSelectors.toJson(selectors));
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("selectors written by Tarn are not JSON", e);
        }
    }
}
