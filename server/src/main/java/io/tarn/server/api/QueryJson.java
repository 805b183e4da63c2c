package io.tarn.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tarn.engine.service.QueryColumn;
import io.tarn.engine.service.QueryInfo;
import io.tarn.engine.service.QueryList;
import io.tarn.engine.service.QuerySummary;
import io.tarn.engine.service.VerificationReport;

import java.util.List;
import java.util.Optional;

/**
 * Queries in JSON with Lake's field names. DescribeQuery: {@code QueryId}, {@code QueryString},
 * {@code QueryStatus}, {@code QueryStatistics} with {@code EventsMatched}, {@code EventsScanned},
 * {@code BytesScanned}, {@code ExecutionTimeInMillis} and {@code CreationTime} (epoch seconds as a string, as
 * the guide shows it), {@code ErrorMessage}, {@code DeliveryS3Uri}, {@code DeliveryStatus}, plus Tarn's
 * {@code QueryAlias}, {@code QueryParameters}, {@code ErrorCode}, {@code DeliveryDirectory},
 * {@code EventDataStoreIds} and {@code EndTime}. ListQueries: {@code Queries} of {@code QueryId},
 * {@code QueryStatus} and {@code CreationTime} (epoch seconds, a number) and {@code NextToken}.
 * GetQueryResults: {@code QueryId}, {@code QueryStatus}, {@code QueryStatistics} with {@code ResultsCount},
 * {@code TotalResultsCount} and {@code BytesScanned}, {@code QueryResultRows} (rows of single-entry objects
 * {@code {"column": "value"}}, JSON null for SQL NULL), {@code NextToken} when more rows may follow.
 */
public final class QueryJson
{
    private QueryJson() {}

    public static ObjectNode info(QueryInfo info)
    {
        ObjectNode node = LakeJson.MAPPER.createObjectNode();
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
        info.endTime().ifPresent(end -> node.put("EndTime", LakeJson.time(end)));
        return node;
    }

    public static ObjectNode list(QueryList list)
    {
        ObjectNode node = LakeJson.MAPPER.createObjectNode();
        ArrayNode queries = node.putArray("Queries");
        for (QuerySummary query : list.queries()) {
            ObjectNode entry = queries.addObject();
            entry.put("QueryId", query.queryId());
            entry.put("QueryStatus", query.status().name());
            entry.put("CreationTime", query.creationTime().getEpochSecond());
        }
        list.nextToken().ifPresent(token -> node.put("NextToken", token));
        return node;
    }

    /**
     * GetQueryResults of rows already rendered as Lake's strings.
     */
    public static ObjectNode results(String queryId, String status, List<QueryColumn> columns, List<List<String>> rows, int resultsCount,
            long totalResultsCount, long bytesScanned, Optional<String> nextToken)
    {
        ObjectNode node = LakeJson.MAPPER.createObjectNode();
        node.put("QueryId", queryId);
        node.put("QueryStatus", status);
        ObjectNode statistics = node.putObject("QueryStatistics");
        statistics.put("ResultsCount", resultsCount);
        statistics.put("TotalResultsCount", totalResultsCount);
        statistics.put("BytesScanned", bytesScanned);
        ArrayNode rowNodes = node.putArray("QueryResultRows");
        for (List<String> row : rows) {
            ArrayNode rowNode = rowNodes.addArray();
            for (int column = 0; column < columns.size(); column++) {
                rowNode.addObject().put(columns.get(column).name(), row.get(column));
            }
        }
        nextToken.ifPresent(token -> node.put("NextToken", token));
        return node;
    }

    /**
     * The outcome of verify-query-results: {@code Location}, {@code Valid}, {@code Messages},
     * {@code Problems} ({@code Kind}, {@code FileName}, {@code Message}) and {@code CheckedFiles}.
     */
    public static ObjectNode verification(VerificationReport report)
    {
        ObjectNode node = LakeJson.MAPPER.createObjectNode();
        node.put("Location", report.location());
        node.put("Valid", report.valid());
        ArrayNode messages = node.putArray("Messages");
        report.messages().forEach(messages::add);
        ArrayNode problems = node.putArray("Problems");
        for (VerificationReport.Problem problem : report.problems()) {
            ObjectNode entry = problems.addObject();
            entry.put("Kind", problem.kind().name());
            problem.fileName().ifPresent(name -> entry.put("FileName", name));
            entry.put("Message", problem.message());
        }
        ArrayNode checked = node.putArray("CheckedFiles");
        report.checkedFiles().forEach(checked::add);
        return node;
    }
}
