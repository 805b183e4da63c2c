package io.tarn.server.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.server.TestingTarnServer;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.tarn.server.TestingTarnServer.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the REST tests share: starting a query and waiting for it through the API, reading all its rows.
 */
final class TestingRest
{
    static final String QUERIES = "/api/v1/queries";

    private TestingRest() {}

    /**
     * Starts a query and returns its id.
     */
    static String startQuery(TestingTarnServer server, String body)
    {
        HttpResponse<String> started = server.send("POST", QUERIES, body);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String queryId = json(started).get("QueryId").textValue();
        assertThat(started.headers().firstValue("Location")).contains(QUERIES + "/" + queryId);
        return queryId;
    }

    /**
     * DescribeQuery once the query has ended and its delivery, if any, is done.
     */
    static JsonNode awaitQuery(TestingTarnServer server, String queryId)
    {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            HttpResponse<String> described = server.get(QUERIES + "/" + queryId);
            assertThat(described.statusCode()).as(described.body()).isEqualTo(200);
            JsonNode info = json(described);
            String status = info.get("QueryStatus").textValue();
            boolean delivering = info.has("DeliveryStatus") && info.get("DeliveryStatus").textValue().equals("PENDING");
            if (!status.equals("QUEUED") && !status.equals("RUNNING") && !delivering) {
                return info;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("query did not end: " + info);
            }
            sleep();
        }
    }

    /**
     * Every row of a finished query, each value as Lake renders it, read page by page.
     */
    static List<List<String>> allRows(TestingTarnServer server, String queryId, int pageSize)
    {
        List<List<String>> rows = new ArrayList<>();
        String token = null;
        do {
            HttpResponse<String> page = server.get(QUERIES + "/" + queryId + "/results?MaxQueryResults=" + pageSize
                    + (token == null ? "" : "&NextToken=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            JsonNode body = json(page);
            assertThat(body.get("QueryStatistics").get("ResultsCount").intValue()).isEqualTo(body.get("QueryResultRows").size()).isLessThanOrEqualTo(pageSize);
            for (JsonNode row : body.get("QueryResultRows")) {
                List<String> values = new ArrayList<>();
                for (JsonNode cell : row) {
                    JsonNode value = cell.elements().next();
                    values.add(value.isNull() ? null : value.textValue());
                }
                rows.add(values);
            }
            token = body.has("NextToken") ? body.get("NextToken").textValue() : null;
        }
        while (token != null);
        return rows;
    }

    static String runAndCount(TestingTarnServer server, String statementJson)
    {
        String queryId = startQuery(server, statementJson);
        JsonNode info = awaitQuery(server, queryId);
        assertThat(info.get("QueryStatus").textValue()).as(info.toString()).isEqualTo("FINISHED");
        return allRows(server, queryId, 1000).get(0).get(0);
    }

    private static void sleep()
    {
        try {
            Thread.sleep(20);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
