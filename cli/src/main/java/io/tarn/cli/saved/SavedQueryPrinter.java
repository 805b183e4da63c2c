package io.tarn.cli.saved;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.cli.JsonOutput;
import io.tarn.cli.OutputFormat;
import io.tarn.cli.TextTable;
import io.tarn.engine.service.SampleQuery;
import io.tarn.engine.service.SavedQuery;
import io.tarn.server.api.SavedQueryJson;

import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Prints saved and sample queries. JSON fields: {@code Id}, {@code Name}, {@code Description},
 * {@code QueryString}, {@code Parameters}, {@code Defaults}, and {@code CreatedTime} and {@code UpdatedTime}
 * for saved queries, {@code Source} and {@code EventDataStoreTypes} (the store type each table parameter
 * needs) for samples; lists are {@code {"SavedQueries": [...]}} and {@code {"SampleQueries": [...]}}.
 */
public final class SavedQueryPrinter
{
    private SavedQueryPrinter() {}

    public static void printSaved(PrintWriter out, OutputFormat format, SavedQuery query)
    {
        printSaved(out, format, SavedQueryJson.saved(query));
    }

    /**
     * Prints a saved query as its JSON describes it, from the lake or from a server.
     */
    public static void printSaved(PrintWriter out, OutputFormat format, JsonNode query)
    {
        switch (format) {
            case TEXT -> {
                List<Map.Entry<String, String>> lines = new ArrayList<>();
                lines.add(Map.entry("Name", query.path("Name").asText()));
                lines.add(Map.entry("Id", query.path("Id").asText()));
                lines.add(Map.entry("Description", query.path("Description").asText()));
                lines.add(Map.entry("Parameters", parameters(query)));
                lines.add(Map.entry("Created", time(query.path("CreatedTime"))));
                lines.add(Map.entry("Updated", time(query.path("UpdatedTime"))));
                printDetails(out, lines, query.path("QueryString").asText());
            }
            case JSON -> JsonOutput.print(out, query);
        }
    }

    public static void printSavedList(PrintWriter out, OutputFormat format, List<SavedQuery> queries)
    {
        printSavedList(out, format, SavedQueryJson.savedList(queries));
    }

    public static void printSavedList(PrintWriter out, OutputFormat format, JsonNode list)
    {
        switch (format) {
            case TEXT -> {
                JsonNode queries = list.path("SavedQueries");
                if (queries.isEmpty()) {
                    out.println("No saved queries.");
                    return;
                }
                TextTable table = new TextTable(List.of("NAME", "PARAMETERS", "UPDATED", "ID"));
                queries.forEach(query -> table.addRow(List.of(query.path("Name").asText(), texts(query.path("Parameters")), time(query.path("UpdatedTime")),
                        query.path("Id").asText())));
                table.print(out);
            }
            case JSON -> JsonOutput.print(out, list);
        }
    }

    public static void printSample(PrintWriter out, OutputFormat format, SampleQuery sample)
    {
        printSample(out, format, SavedQueryJson.sample(sample));
    }

    public static void printSample(PrintWriter out, OutputFormat format, JsonNode sample)
    {
        switch (format) {
            case TEXT -> {
                List<Map.Entry<String, String>> lines = new ArrayList<>();
                lines.add(Map.entry("Id", sample.path("Id").asText()));
                lines.add(Map.entry("Name", sample.path("Name").asText()));
                lines.add(Map.entry("Description", sample.path("Description").asText()));
                lines.add(Map.entry("Source", sample.path("Source").asText()));
                lines.add(Map.entry("Parameters", parameters(sample)));
                lines.add(Map.entry("Stores", stores(sample)));
                printDetails(out, lines, sample.path("QueryString").asText());
            }
            case JSON -> JsonOutput.print(out, sample);
        }
    }

    public static void printSampleList(PrintWriter out, OutputFormat format, List<SampleQuery> samples)
    {
        printSampleList(out, format, SavedQueryJson.sampleList(samples));
    }

    public static void printSampleList(PrintWriter out, OutputFormat format, JsonNode list)
    {
        switch (format) {
            case TEXT -> {
                TextTable table = new TextTable(List.of("ID", "NAME", "STORES"));
                list.path("SampleQueries").forEach(sample -> table.addRow(List.of(sample.path("Id").asText(), sample.path("Name").asText(), stores(sample))));
                table.print(out);
            }
            case JSON -> JsonOutput.print(out, list);
        }
    }

    private static String parameters(JsonNode query)
    {
        JsonNode defaults = query.path("Defaults");
        List<String> described = new ArrayList<>();
        for (JsonNode parameter : query.path("Parameters")) {
            String name = parameter.asText();
            described.add(defaults.hasNonNull(name) ? name + " (default " + defaults.path(name).asText() + ")" : name);
        }
        return described.isEmpty() ? "none" : String.join(", ", described);
    }

    private static String stores(JsonNode sample)
    {
        List<String> stores = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> entries = sample.path("EventDataStoreTypes").fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            stores.add(entry.getKey() + ": " + entry.getValue().asText());
        }
        return String.join(", ", stores);
    }

    private static String texts(JsonNode array)
    {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return String.join(", ", texts);
    }

    private static String time(JsonNode node)
    {
        return JsonOutput.textTime(OffsetDateTime.parse(node.asText()).toInstant());
    }

    private static void printDetails(PrintWriter out, List<Map.Entry<String, String>> lines, String sql)
    {
        int width = lines.stream().mapToInt(line -> line.getKey().length()).max().orElse(0) + 3;
        for (Map.Entry<String, String> line : lines) {
            String label = line.getKey() + ":";
            out.println(label + " ".repeat(width - label.length()) + line.getValue());
        }
        out.println("SQL:");
        sql.lines().forEach(line -> out.println("  " + line));
    }
}
