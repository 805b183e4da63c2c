package io.tarn.cli.queries;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tarn.cli.JsonOutput;
import io.tarn.cli.OutputFormat;
import io.tarn.cli.TextTable;
import io.tarn.engine.service.QueryInfo;
import io.tarn.server.api.QueryJson;
import io.tarn.engine.service.QueryList;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prints queries. JSON uses the field names of Lake's DescribeQuery ({@code QueryId}, {@code QueryString},
 * {@code QueryStatus}, {@code QueryStatistics} with {@code EventsMatched}, {@code EventsScanned},
 * {@code BytesScanned}, {@code ExecutionTimeInMillis} and {@code CreationTime} in epoch seconds as a string,
 * {@code ErrorMessage}, {@code DeliveryS3Uri}, {@code DeliveryStatus}) plus Tarn's {@code QueryAlias},
 * {@code QueryParameters}, {@code ErrorCode}, {@code DeliveryDirectory}, {@code EventDataStoreIds} and
 * {@code EndTime}; ListQueries gives {@code Queries} of {@code QueryId}, {@code QueryStatus} and
 * {@code CreationTime} (epoch seconds, a number) and {@code NextToken}.
 */
final class QueryPrinter
{
    private QueryPrinter() {}

    static void printInfo(PrintWriter out, OutputFormat format, QueryInfo info)
    {
        printInfo(out, format, toJson(info));
    }

    /**
     * Prints a query as DescribeQuery's JSON describes it, from the lake or from a server.
     */
    static void printInfo(PrintWriter out, OutputFormat format, JsonNode info)
    {
        switch (format) {
            case TEXT -> printDetails(out, info);
            case JSON -> JsonOutput.print(out, info);
        }
    }

    static ObjectNode toJson(QueryInfo info)
    {
        return QueryJson.info(info);
    }

    private static void printDetails(PrintWriter out, JsonNode info)
    {
        JsonNode statistics = info.path("QueryStatistics");
        List<Map.Entry<String, String>> lines = new ArrayList<>();
        lines.add(Map.entry("Query", info.path("QueryId").asText()));
        lines.add(Map.entry("Status", info.path("QueryStatus").asText()));
        if (info.hasNonNull("QueryAlias")) {
            lines.add(Map.entry("Alias", info.path("QueryAlias").asText()));
        }
        lines.add(Map.entry("Created", JsonOutput.textTime(Instant.ofEpochSecond(statistics.path("CreationTime").asLong()))));
        if (info.hasNonNull("EndTime")) {
            lines.add(Map.entry("Ended", JsonOutput.textTime(OffsetDateTime.parse(info.path("EndTime").asText()).toInstant())));
        }
        lines.add(Map.entry("Execution time", statistics.path("ExecutionTimeInMillis").asLong() + " ms"));
        lines.add(Map.entry("Events matched", Long.toString(statistics.path("EventsMatched").asLong())));
        lines.add(Map.entry("Events scanned", Long.toString(statistics.path("EventsScanned").asLong())));
        lines.add(Map.entry("Bytes scanned", Long.toString(statistics.path("BytesScanned").asLong())));
        if (!info.path("QueryParameters").isEmpty()) {
            lines.add(Map.entry("Parameters", texts(info.path("QueryParameters"))));
        }
        if (!info.path("EventDataStoreIds").isEmpty()) {
            lines.add(Map.entry("Event data stores", texts(info.path("EventDataStoreIds"))));
        }
        if (info.hasNonNull("DeliveryS3Uri")) {
            lines.add(Map.entry("Delivery", info.path("DeliveryStatus").asText("UNKNOWN") + ": "
                    + (info.hasNonNull("DeliveryDirectory") ? info.path("DeliveryDirectory") : info.path("DeliveryS3Uri")).asText()));
        }
        if (info.hasNonNull("ErrorMessage")) {
            lines.add(Map.entry("Error", info.path("ErrorMessage").asText() + " [" + info.path("ErrorCode").asText() + "]"));
        }
        int width = lines.stream().mapToInt(line -> line.getKey().length()).max().orElse(0) + 3;
        for (Map.Entry<String, String> line : lines) {
            String label = line.getKey() + ":";
            out.println(label + " ".repeat(width - label.length()) + line.getValue());
        }
        out.println("Statement:");
        info.path("QueryString").asText().lines().forEach(line -> out.println("  " + line));
    }

    private static String texts(JsonNode array)
    {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return String.join(", ", texts);
    }

    /**
     * Prints a page of ListQueries as a server answered it.
     */
    static void printList(PrintWriter out, OutputFormat format, JsonNode list)
    {
        switch (format) {
            case TEXT -> {
                if (list.path("Queries").isEmpty()) {
                    out.println("No queries.");
                }
                else {
                    TextTable table = new TextTable(List.of("QUERY ID", "STATUS", "CREATED"));
                    for (JsonNode query : list.path("Queries")) {
                        table.addRow(List.of(query.path("QueryId").asText(), query.path("QueryStatus").asText(),
                                JsonOutput.textTime(Instant.ofEpochSecond(query.path("CreationTime").asLong()))));
                    }
                    table.print(out);
                }
                if (list.hasNonNull("NextToken")) {
                    out.println("Next page: --next-token " + list.path("NextToken").asText());
                }
            }
            case JSON -> JsonOutput.print(out, list);
        }
    }

    static void printList(PrintWriter out, OutputFormat format, QueryList list)
    {
        printList(out, format, QueryJson.list(list));
    }
}
