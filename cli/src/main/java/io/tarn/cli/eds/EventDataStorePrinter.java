package io.tarn.cli.eds;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.cli.JsonOutput;
import io.tarn.cli.OutputFormat;
import io.tarn.cli.TextTable;
import io.tarn.server.api.EventDataStoreJson;
import io.tarn.storage.AdvancedEventSelector;
import io.tarn.storage.EventCategory;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.EventDataStoreCatalog;
import io.tarn.storage.EventDataStoreType;
import io.tarn.storage.FieldSelector;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints event data stores as aligned text or as JSON. JSON is what the REST API answers
 * ({@link EventDataStoreJson}): Lake's field names, times as Lake writes them. Text shows times in UTC too,
 * so that output does not depend on where it is read.
 */
final class EventDataStorePrinter
{
    private EventDataStorePrinter() {}

    static void printStore(PrintWriter out, OutputFormat format, EventDataStore store)
    {
        switch (format) {
            case TEXT -> printDetails(out, store);
            case JSON -> printJson(out, EventDataStoreJson.toJson(store));
        }
    }

    static void printList(PrintWriter out, OutputFormat format, List<EventDataStore> stores)
    {
        switch (format) {
            case TEXT -> printTable(out, stores);
            case JSON -> printJson(out, EventDataStoreJson.listJson(stores));
        }
    }

    /**
     * Prints a store as a server answered it: its JSON as is, or as text like a local store.
     */
    static void printStore(PrintWriter out, OutputFormat format, JsonNode store)
    {
        switch (format) {
            case TEXT -> printDetails(out, RemoteStores.store(store));
            case JSON -> printJson(out, store);
        }
    }

    static void printList(PrintWriter out, OutputFormat format, JsonNode list)
    {
        switch (format) {
            case TEXT -> printTable(out, RemoteStores.stores(list));
            case JSON -> printJson(out, list);
        }
    }

    static String formatTime(Instant instant)
    {
        return JsonOutput.textTime(instant);
    }

    private static void printDetails(PrintWriter out, EventDataStore store)
    {
        List<Map.Entry<String, String>> lines = new ArrayList<>();
        lines.add(Map.entry("Name", store.name()));
        lines.add(Map.entry("Id", store.id()));
        lines.add(Map.entry("ARN", store.arn()));
        lines.add(Map.entry("Type", describe(store.type())));
        lines.add(Map.entry("Status", store.status().name()));
        lines.add(Map.entry("Billing mode", store.billingMode().name()));
        lines.add(Map.entry("Retention", store.retentionPeriodDays() + " days"));
        lines.add(Map.entry("Multi-Region", store.multiRegionEnabled() ? "yes" : "no"));
        lines.add(Map.entry("Organization", store.organizationEnabled() ? "yes" : "no"));
        lines.add(Map.entry("Termination protection", store.terminationProtectionEnabled() ? "enabled" : "disabled"));
        lines.add(Map.entry("Created", formatTime(store.createdTimestamp())));
        lines.add(Map.entry("Updated", formatTime(store.updatedTimestamp())));
        store.deletionTimestamp().ifPresent(deletion -> lines.add(Map.entry("Deleted",
                formatTime(deletion) + " (restorable until " + formatTime(deletion.plus(EventDataStoreCatalog.DELETION_WAITING_PERIOD)) + ")")));
        lines.add(Map.entry("Tags", store.tags().isEmpty() ? "none" : store.tags().entrySet().stream()
                .map(tag -> tag.getKey() + "=" + tag.getValue())
                .collect(Collectors.joining(", "))));

        // Two spaces after the longest "label:"
        int width = lines.stream().mapToInt(line -> line.getKey().length()).max().orElse(0) + 3;
        for (Map.Entry<String, String> line : lines) {
            out.println(padded(line.getKey() + ":", width) + line.getValue());
        }
        out.println("Advanced event selectors:");
        List<AdvancedEventSelector> selectors = store.advancedEventSelectors();
        for (int index = 0; index < selectors.size(); index++) {
            AdvancedEventSelector selector = selectors.get(index);
            out.println("  " + selector.name().orElse("Selector " + (index + 1)));
            for (FieldSelector fieldSelector : selector.fieldSelectors()) {
                fieldSelector.conditions().forEach((operator, values) ->
                        out.println("    " + fieldSelector.field() + " " + operator.jsonName() + " " + String.join(", ", values)));
            }
        }
    }

    private static void printTable(PrintWriter out, List<EventDataStore> stores)
    {
        if (stores.isEmpty()) {
            out.println("No event data stores.");
            return;
        }
        TextTable table = new TextTable(List.of("NAME", "TYPE", "STATUS", "RETENTION", "CREATED", "ID"));
        for (EventDataStore store : stores) {
            table.addRow(List.of(
                    store.name(),
                    store.type().name(),
                    store.status().name(),
                    store.retentionPeriodDays() + " days",
                    formatTime(store.createdTimestamp()),
                    store.id()));
        }
        table.print(out);
    }

    private static String describe(EventDataStoreType type)
    {
        String categories = Arrays.stream(EventCategory.values())
                .filter(type.categories()::contains)
                .map(EventCategory::apiName)
                .collect(Collectors.joining(", "));
        return type.name() + " (" + categories + ")";
    }

    private static void printJson(PrintWriter out, JsonNode node)
    {
        JsonOutput.print(out, node);
    }

    private static String padded(String text, int width)
    {
        return text + " ".repeat(Math.max(1, width - text.length()));
    }
}
