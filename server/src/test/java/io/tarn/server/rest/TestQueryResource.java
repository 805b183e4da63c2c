package io.tarn.server.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.server.ServerOptions;
import io.tarn.server.TestingSamples;
import io.tarn.server.TestingTarnServer;
import io.tarn.server.api.LakeJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import static io.tarn.server.TestingTarnServer.json;
import static io.tarn.server.rest.TestEventDataStoreResource.assertError;
import static io.tarn.server.rest.TestingRest.QUERIES;
import static io.tarn.server.rest.TestingRest.allRows;
import static io.tarn.server.rest.TestingRest.awaitQuery;
import static io.tarn.server.rest.TestingRest.startQuery;
import static org.assertj.core.api.Assertions.assertThat;

class TestQueryResource
{
    @TempDir
    static Path directory;

    private static TestingTarnServer server;
    private static String storeId;
    private static List<JsonNode> records;

    @BeforeAll
    static void setUp()
    {
        server = TestingTarnServer.start(directory.resolve("lake"), ServerOptions.defaults().withWarmUp(false));
        storeId = TestingSamples.ingest(server.lake(), "samples").id();
        records = TestingSamples.records();
    }

    @AfterAll
    static void tearDown()
    {
        server.close();
    }

    @Test
    void testStartDescribeAndPagedResults()
    {
        String queryId = startQuery(server, "{\"QueryStatement\": \"SELECT eventID, eventName FROM samples ORDER BY eventID\", \"QueryAlias\": \"every-event\"}");
        JsonNode info = awaitQuery(server, queryId);
        assertThat(info.get("QueryId").textValue()).isEqualTo(queryId);
        assertThat(info.get("QueryStatus").textValue()).isEqualTo("FINISHED");
        assertThat(info.get("QueryString").textValue()).isEqualTo("SELECT eventID, eventName FROM samples ORDER BY eventID");
        assertThat(info.get("QueryAlias").textValue()).isEqualTo("every-event");
        JsonNode statistics = info.get("QueryStatistics");
        assertThat(statistics.get("EventsScanned").longValue()).isEqualTo(records.size());
        assertThat(statistics.get("BytesScanned").longValue()).isPositive();
        assertThat(statistics.get("ExecutionTimeInMillis").isIntegralNumber()).isTrue();
        assertThat(statistics.get("CreationTime").textValue()).matches("\\d{10}");
        assertThat(info.get("EventDataStoreIds").toString()).isEqualTo("[\"" + storeId + "\"]");

        // By alias: the latest query run with it
        HttpResponse<String> byAlias = server.get("/api/v1/query-aliases/every-event");
        assertThat(byAlias.statusCode()).isEqualTo(200);
        assertThat(json(byAlias).get("QueryId").textValue()).isEqualTo(queryId);

        HttpResponse<String> firstPage = server.get(QUERIES + "/" + queryId + "/results?MaxQueryResults=1000");
        JsonNode page = json(firstPage);
        assertThat(page.get("QueryStatus").textValue()).isEqualTo("FINISHED");
        assertThat(page.get("QueryStatistics").get("ResultsCount").intValue()).isEqualTo(1000);
        assertThat(page.get("QueryStatistics").get("TotalResultsCount").longValue()).isEqualTo(records.size());
        assertThat(page.get("QueryResultRows").get(0).get(0).fieldNames().next()).isEqualTo("eventid");
        assertThat(page.get("QueryResultRows").get(0).get(1).fieldNames().next()).isEqualTo("eventname");
        assertThat(page.has("NextToken")).isTrue();

        List<List<String>> rows = allRows(server, queryId, 700);
        List<List<String>> expected = records.stream()
                .map(record -> List.of(record.get("eventID").textValue(), record.get("eventName").textValue()))
                .sorted((left, right) -> left.get(0).compareTo(right.get(0)))
                .toList();
        assertThat(rows).isEqualTo(expected);

        assertError(server.get(QUERIES + "/" + queryId + "/results?MaxQueryResults=0"), 400, "INVALID_MAX_RESULTS");
        assertError(server.get(QUERIES + "/" + queryId + "/results?MaxQueryResults=1001"), 400, "INVALID_MAX_RESULTS");
        assertError(server.get(QUERIES + "/" + queryId + "/results?MaxQueryResults=many"), 400, "INVALID_REQUEST");
        assertError(server.get(QUERIES + "/" + queryId + "/results?NextToken=not-a-token"), 400, "INVALID_NEXT_TOKEN");
        // A finished query cannot be cancelled
        assertError(server.send("POST", QUERIES + "/" + queryId + "/cancel", null), 409, "INACTIVE_QUERY");
    }

    @Test
    void testParametersAreBoundAsValues()
    {
        long getUser = records.stream().filter(record -> record.get("eventName").textValue().equals("GetUser")).count();
        assertThat(TestingRest.runAndCount(server, "{\"QueryStatement\": \"SELECT count(*) FROM samples WHERE eventName = ?\", \"QueryParameters\": [\"GetUser\"]}"))
                .isEqualTo(Long.toString(getUser));
        // A value is never SQL
        assertThat(TestingRest.runAndCount(server, "{\"QueryStatement\": \"SELECT count(*) FROM samples WHERE eventName = ?\", \"QueryParameters\": [\"x' OR '1'='1\"]}"))
                .isEqualTo("0");
    }

    @Test
    void testListQueries()
    {
        String first = startQuery(server, "{\"QueryStatement\": \"SELECT count(*) FROM samples\"}");
        awaitQuery(server, first);
        String failed = startQuery(server, "{\"QueryStatement\": \"SELECT no_such_column FROM samples\"}");
        JsonNode failedInfo = awaitQuery(server, failed);
        assertThat(failedInfo.get("QueryStatus").textValue()).isEqualTo("FAILED");
        assertThat(failedInfo.get("ErrorMessage").textValue()).contains("no_such_column");

        HttpResponse<String> listed = server.get(QUERIES + "?EventDataStore=samples");
        assertThat(listed.statusCode()).isEqualTo(200);
        List<String> ids = ids(json(listed));
        assertThat(ids).contains(first, failed);
        // Newest first
        assertThat(ids.indexOf(failed)).isLessThan(ids.indexOf(first));
        assertThat(json(listed).get("Queries").get(0).get("CreationTime").isIntegralNumber()).isTrue();

        assertThat(ids(json(server.get(QUERIES + "?EventDataStore=" + storeId + "&QueryStatus=FAILED")))).contains(failed).doesNotContain(first);
        long future = System.currentTimeMillis() / 1000 + 3600;
        assertThat(ids(json(server.get(QUERIES + "?EventDataStore=samples&StartTime=" + future)))).isEmpty();
        assertThat(ids(json(server.get(QUERIES + "?EventDataStore=samples&EndTime=2000-01-01T00:00:00Z")))).isEmpty();

        // Pages of one
        List<String> paged = new ArrayList<>();
        String token = null;
        do {
            JsonNode page = json(server.get(QUERIES + "?EventDataStore=samples&MaxResults=1" + (token == null ? "" : "&NextToken=" + token)));
            assertThat(page.get("Queries").size()).isLessThanOrEqualTo(1);
            paged.addAll(ids(page));
            token = page.has("NextToken") ? page.get("NextToken").textValue() : null;
        }
        while (token != null);
        assertThat(paged).isEqualTo(ids(json(server.get(QUERIES + "?EventDataStore=samples"))));

        assertError(server.get(QUERIES), 400, "INVALID_REQUEST");
        assertError(server.get(QUERIES + "?EventDataStore=no-such-store"), 404, "EVENT_DATA_STORE_NOT_FOUND");
        assertError(server.get(QUERIES + "?EventDataStore=samples&QueryStatus=DONE"), 400, "INVALID_REQUEST");
        assertError(server.get(QUERIES + "?EventDataStore=samples&StartTime=yesterday"), 400, "INVALID_REQUEST");
        assertError(server.get(QUERIES + "?EventDataStore=samples&MaxResults=0"), 400, "INVALID_MAX_RESULTS");
        assertError(server.get(QUERIES + "?EventDataStore=samples&StartTime=2024-01-02T00:00:00Z&EndTime=2024-01-01T00:00:00Z"), 400, "INVALID_DATE_RANGE");
    }

    @Test
    void testCancel()
    {
        // Billions of rows: still running when the cancel arrives
        String queryId = startQuery(server, "{\"QueryStatement\": \"SELECT count(*) FROM samples a CROSS JOIN samples b CROSS JOIN samples c\"}");
        HttpResponse<String> cancelled = server.send("POST", QUERIES + "/" + queryId + "/cancel", null);
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(json(cancelled).get("QueryId").textValue()).isEqualTo(queryId);
        assertThat(json(cancelled).get("QueryStatus").textValue()).isEqualTo("CANCELLED");
        assertThat(awaitQuery(server, queryId).get("QueryStatus").textValue()).isEqualTo("CANCELLED");
        assertError(server.send("POST", QUERIES + "/" + queryId + "/cancel", null), 409, "INACTIVE_QUERY");
    }

    @Test
    void testDeliveryAndVerification()
            throws IOException
    {
        Path results = directory.resolve("results");
        String queryId = startQuery(server, "{\"QueryStatement\": \"SELECT eventName, count(*) AS n FROM samples GROUP BY eventName\", \"DeliveryS3Uri\": \""
                + results.toString().replace("\\", "\\\\") + "\"}");
        JsonNode info = awaitQuery(server, queryId);
        assertThat(info.get("DeliveryStatus").textValue()).as(info.toString()).isEqualTo("SUCCESS");
        assertThat(info.get("DeliveryS3Uri").textValue()).isEqualTo(results.toString());
        Path delivered = Path.of(info.get("DeliveryDirectory").textValue().replaceFirst("^file:", ""));
        assertThat(delivered.getFileName().toString()).isEqualTo(queryId);
        JsonNode sign = LakeJson.MAPPER.readTree(Files.readString(delivered.resolve("result_sign.json")));
        assertThat(sign.get("files").get(0).get("fileName").textValue()).isEqualTo("result_1.csv.gz");

        // The CSV holds one line per distinct event name, after its header
        Set<String> names = new HashSet<>();
        records.forEach(record -> names.add(record.get("eventName").textValue()));
        try (InputStream input = new GZIPInputStream(Files.newInputStream(delivered.resolve("result_1.csv.gz")))) {
            assertThat(new String(input.readAllBytes(), StandardCharsets.UTF_8).lines().count()).isEqualTo(names.size() + 1);
        }

        HttpResponse<String> keys = server.get("/api/v1/public-keys");
        assertThat(keys.statusCode()).isEqualTo(200);
        assertThat(json(keys).get("PublicKeyList").get(0).get("Fingerprint").textValue()).isEqualTo(sign.get("publicKeyFingerprint").textValue());

        String body = "{\"Location\": \"" + delivered.toString().replace("\\", "\\\\") + "\"}";
        HttpResponse<String> valid = server.send("POST", "/api/v1/query-results/verify", body);
        assertThat(valid.statusCode()).as(valid.body()).isEqualTo(200);
        assertThat(json(valid).get("Valid").booleanValue()).isTrue();
        assertThat(json(valid).get("Messages").toString()).contains("Successfully validated sign and query result files");

        Files.write(delivered.resolve("result_1.csv.gz"), new byte[] {0}, StandardOpenOption.APPEND);
        JsonNode altered = json(server.send("POST", "/api/v1/query-results/verify", body));
        assertThat(altered.get("Valid").booleanValue()).isFalse();
        assertThat(altered.get("Problems").get(0).get("Kind").textValue()).isEqualTo("ALTERED_FILE");
        assertThat(altered.get("Problems").get(0).get("FileName").textValue()).isEqualTo("result_1.csv.gz");

        assertError(server.send("POST", "/api/v1/query-results/verify", "{}"), 400, "INVALID_REQUEST");
    }

    @Test
    void testErrors()
    {
        assertError(server.get(QUERIES + "/00000000-0000-0000-0000-000000000000"), 404, "QUERY_NOT_FOUND");
        assertError(server.get(QUERIES + "/00000000-0000-0000-0000-000000000000/results"), 404, "QUERY_NOT_FOUND");
        assertError(server.send("POST", QUERIES + "/00000000-0000-0000-0000-000000000000/cancel", null), 404, "QUERY_NOT_FOUND");
        assertError(server.get("/api/v1/query-aliases/never-used"), 404, "QUERY_NOT_FOUND");
        assertError(server.send("POST", QUERIES, "{\"QueryStatement\": "), 400, "MALFORMED_JSON");
        assertError(server.send("POST", QUERIES, "{\"QueryStatement\": \"SELECT 1\", \"Bogus\": 1}"), 400, "INVALID_REQUEST");
        assertError(server.send("POST", QUERIES, "{\"QueryStatement\": \"SELECT 1\", \"QueryParameters\": [1]}"), 400, "INVALID_REQUEST");
        assertError(server.send("POST", QUERIES, "{}"), 400, "INVALID_REQUEST");
        assertError(server.send("POST", QUERIES, "{\"QueryStatement\": \"  \"}"), 400, "INVALID_QUERY_REQUEST");
        assertError(server.send("POST", QUERIES, "{\"QueryStatement\": \"" + "x".repeat(2 << 20) + "\"}"), 413, "REQUEST_TOO_LARGE");
        assertError(server.send("PUT", QUERIES, "{}"), 405, "METHOD_NOT_ALLOWED");
        assertError(server.send("DELETE", QUERIES + "/some-id/results", null), 405, "METHOD_NOT_ALLOWED");
    }

    private static List<String> ids(JsonNode list)
    {
        List<String> ids = new ArrayList<>();
        list.get("Queries").forEach(query -> ids.add(query.get("QueryId").textValue()));
        return ids;
    }
}
