package io.tarn.cli.queries;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tarn.cli.JsonOutput;
import io.tarn.cli.OutputFormat;
import io.tarn.cli.TextTable;
import io.tarn.engine.service.QueryInfo;
import io.tarn.engine.service.QueryList;
import io.tarn.engine.service.QuerySummary;

import java.io.PrintWriter;
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
        switch (format) {
            case TEXT -> printDetails(out, info);
            case JSON -> JsonOutput.print(out, toJson(info));
        }
    }

    static ObjectNode toJson(QueryInfo info)
    {
        ObjectNode node = JsonOutput.object();
        node.put("QueryId", info.queryId());
        node.put("QueryString", info.queryString());
        node.put("QueryStatus", info.status().name());
        ObjectNode statistics = node.putObject("QueryStatistics");
        statistics.put("EventsMatched", info.statistics().eventsMatched());
        statistics.put("EventsScanned", info.statistics().eventsScanned());
        statistics.put("BytesScanned", info.statistics().bytesScanned());
        statistics.put("ExecutionTimeInMillis", info.statistics().executionTimeMillis());
        statistics.put("CreationTime", Long.toString(info.statistics().creationTime().getEpochSecond()));
        info.error().ifPresent(error -> {
            node.put("ErrorMessage", error.message());
            node.put("ErrorCode", error.errorCode().name());
        });
        info.deliveryLocation().ifPresent(location -> node.put("DeliveryS3Uri", location));
        info.deliveryStatus().ifPresent(status -> node.put("DeliveryStatus", status.name()));
        info.deliveryDirectory().ifPresent(directory -> node.put("DeliveryDirectory", directory));
        info.alias().ifPresent(alias -> node.put("QueryAlias", alias));
        if (!info.parameters().isEmpty()) {
            ArrayNode parameters = node.putArray("QueryParameters");
            info.parameters().forEach(parameters::add);
        }
        ArrayNode stores = node.putArray("EventDataStoreIds");
        info.eventDataStoreIds().forEach(stores::add);
        info.endTime().ifPresent(end -> node.put("EndTime", JsonOutput.time(end)));
        return node;
    }

    private static void printDetails(PrintWriter out, QueryInfo info)
    {
        List<Map.Entry<String, String>> lines = new ArrayList<>();
        lines.add(Map.entry("Query", info.queryId()));
        lines.add(Map.entry("Status", info.status().name()));
        info.alias().ifPresent(alias -> lines.add(Map.entry("Alias", alias)));
        lines.add(Map.entry("Created", JsonOutput.textTime(info.statistics().creationTime())));
        info.endTime().ifPresent(end -> lines.add(Map.entry("Ended", JsonOutput.textTime(end))));
        lines.add(Map.entry("Execution time", info.statistics().executionTimeMillis() + " ms"));
        lines.add(Map.entry("Events matched", Long.toString(info.statistics().eventsMatched())));
        lines.add(Map.entry("Events scanned", Long.toString(info.statistics().eventsScanned())));
        lines.add(Map.entry("Bytes scanned", Long.toString(info.statistics().bytesScanned())));
        if (!info.parameters().isEmpty()) {
            lines.add(Map.entry("Parameters", String.join(", ", info.parameters())));
        }
        if (!info.eventDataStoreIds().isEmpty()) {
            lines.add(Map.entry("Event data stores", String.join(", ", info.eventDataStoreIds())));
        }
        info.deliveryLocation().ifPresent(location -> lines.add(Map.entry("Delivery",
                info.deliveryStatus().map(Enum::name).orElse("UNKNOWN") + ": " + info.deliveryDirectory().orElse(location))));
        info.error().ifPresent(error -> lines.add(Map.entry("Error", error.message() + " [" + error.errorCode().name() + "]")));
        int width = lines.stream().mapToInt(line -> line.getKey().length()).max().orElse(0) + 3;
        for (Map.Entry<String, String> line : lines) {
            String label = line.getKey() + ":";
            out.println(label + " ".repeat(width - label.length()) + line.getValue());
        }
        out.println("Statement:");
        info.queryString().lines().forEach(line -> out.println("  " + line));
    }

    static void printList(PrintWriter out, OutputFormat format, QueryList list)
    {
        switch (format) {
            case TEXT -> {
                if (list.queries().isEmpty()) {
                    out.println("No queries.");
                }
                else {
                    TextTable table = new TextTable(List.of("QUERY ID", "STATUS", "CREATED"));
                    for (QuerySummary query : list.queries()) {
                        table.addRow(List.of(query.queryId(), query.status().name(), JsonOutput.textTime(query.creationTime())));
                    }
                    table.print(out);
                }
                list.nextToken().ifPresent(token -> out.println("Next page: --next-token " + token));
            }
            case JSON -> {
                ObjectNode node = JsonOutput.object();
                ArrayNode queries = node.putArray("Queries");
                for (QuerySummary query : list.queries()) {
                    ObjectNode entry = queries.addObject();
                    entry.put("QueryId", query.queryId());
                    entry.put("QueryStatus", query.status().name());
                    entry.put("CreationTime", query.creationTime().getEpochSecond());
                }
                list.nextToken().ifPresent(token -> node.put("NextToken", token));
                JsonOutput.print(out, node);
            }
        }
    }
}
