package io.tarn.cli.saved;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tarn.cli.JsonOutput;
import io.tarn.cli.OutputFormat;
import io.tarn.cli.TextTable;
import io.tarn.engine.service.SampleQuery;
import io.tarn.engine.service.SavedQuery;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints saved and sample queries. JSON fields: {@code Id}, {@code Name}, {@code Description},
 * {@code QueryString}, {@code Parameters}, {@code Defaults}, and {@code CreatedTime} and {@code UpdatedTime}
 * for saved queries, {@code Source} and {@code EventDataStoreTypes} (the store type each table parameter
 * needs) for samples; lists are {@code {"SavedQueries": [...]}} and {@code {"SampleQueries": [...]}}.
 */
final class SavedQueryPrinter
{
    private SavedQueryPrinter() {}

    static void printSaved(PrintWriter out, OutputFormat format, SavedQuery query)
    {
        switch (format) {
            case TEXT -> {
                List<Map.Entry<String, String>> lines = new ArrayList<>();
                lines.add(Map.entry("Name", query.name()));
                lines.add(Map.entry("Id", query.id()));
                lines.add(Map.entry("Description", query.description()));
                lines.add(Map.entry("Parameters", parameters(query.parameters(), query.defaults())));
                lines.add(Map.entry("Created", JsonOutput.textTime(query.createdTime())));
                lines.add(Map.entry("Updated", JsonOutput.textTime(query.updatedTime())));
                printDetails(out, lines, query.sql());
            }
            case JSON -> JsonOutput.print(out, toJson(query));
        }
    }

    static void printSavedList(PrintWriter out, OutputFormat format, List<SavedQuery> queries)
    {
        switch (format) {
            case TEXT -> {
                if (queries.isEmpty()) {
                    out.println("No saved queries.");
                    return;
                }
                TextTable table = new TextTable(List.of("NAME", "PARAMETERS", "UPDATED", "ID"));
                queries.forEach(query -> table.addRow(List.of(query.name(), String.join(", ", query.parameters()), JsonOutput.textTime(query.updatedTime()), query.id())));
                table.print(out);
            }
            case JSON -> {
                ObjectNode node = JsonOutput.object();
                ArrayNode array = node.putArray("SavedQueries");
                queries.forEach(query -> array.add(toJson(query)));
                JsonOutput.print(out, node);
            }
        }
    }

    static void printSample(PrintWriter out, OutputFormat format, SampleQuery sample)
    {
        switch (format) {
            case TEXT -> {
                List<Map.Entry<String, String>> lines = new ArrayList<>();
                lines.add(Map.entry("Id", sample.id()));
                lines.add(Map.entry("Name", sample.name()));
                lines.add(Map.entry("Description", sample.description()));
                lines.add(Map.entry("Source", sample.source()));
                lines.add(Map.entry("Parameters", parameters(sample.parameters(), sample.defaults())));
                lines.add(Map.entry("Stores", stores(sample)));
                printDetails(out, lines, sample.sql());
            }
            case JSON -> JsonOutput.print(out, toJson(sample));
        }
    }

    static void printSampleList(PrintWriter out, OutputFormat format, List<SampleQuery> samples)
    {
        switch (format) {
            case TEXT -> {
                TextTable table = new TextTable(List.of("ID", "NAME", "STORES"));
                samples.forEach(sample -> table.addRow(List.of(sample.id(), sample.name(), stores(sample))));
                table.print(out);
            }
            case JSON -> {
                ObjectNode node = JsonOutput.object();
                ArrayNode array = node.putArray("SampleQueries");
                samples.forEach(sample -> array.add(toJson(sample)));
                JsonOutput.print(out, node);
            }
        }
    }

    private static ObjectNode toJson(SavedQuery query)
    {
        ObjectNode node = definition(query.id(), query.name(), query.description(), query.sql(), query.parameters(), query.defaults());
        node.put("CreatedTime", JsonOutput.time(query.createdTime()));
        node.put("UpdatedTime", JsonOutput.time(query.updatedTime()));
        return node;
    }

    private static ObjectNode toJson(SampleQuery sample)
    {
        ObjectNode node = definition(sample.id(), sample.name(), sample.description(), sample.sql(), sample.parameters(), sample.defaults());
        node.put("Source", sample.source());
        ObjectNode types = node.putObject("EventDataStoreTypes");
        sample.storeTypes().forEach((name, type) -> types.put(name, type.name()));
        return node;
    }

    private static ObjectNode definition(String id, String name, String description, String sql, List<String> parameterNames, Map<String, String> defaultValues)
    {
        ObjectNode node = JsonOutput.object();
        node.put("Id", id);
        node.put("Name", name);
        node.put("Description", description);
        node.put("QueryString", sql);
        ArrayNode parameters = node.putArray("Parameters");
        parameterNames.forEach(parameters::add);
        ObjectNode defaults = node.putObject("Defaults");
        defaultValues.forEach(defaults::put);
        return node;
    }

    private static String parameters(List<String> names, Map<String, String> defaults)
    {
        if (names.isEmpty()) {
            return "none";
        }
        return names.stream()
                .map(name -> defaults.containsKey(name) ? name + " (default " + defaults.get(name) + ")" : name)
                .collect(Collectors.joining(", "));
    }

    private static String stores(SampleQuery sample)
    {
        return sample.storeTypes().entrySet().stream()
                .map(entry -> entry.getKey() + ": " + entry.getValue())
                .collect(Collectors.joining(", "));
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
