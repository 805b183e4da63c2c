package io.tarn.server.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.server.ServerOptions;
import io.tarn.server.TestingSamples;
import io.tarn.server.TestingTarnServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.tarn.server.TestingTarnServer.json;
import static io.tarn.server.rest.TestEventDataStoreResource.assertError;
import static io.tarn.server.rest.TestingRest.allRows;
import static io.tarn.server.rest.TestingRest.awaitQuery;
import static org.assertj.core.api.Assertions.assertThat;

class TestSavedQueryResource
{
    private static final String SAVED = "/api/v1/saved-queries";
    private static final String SAMPLES = "/api/v1/sample-queries";

    @TempDir
    static Path directory;

    private static TestingTarnServer server;
    private static List<JsonNode> records;

    @BeforeAll
    static void setUp()
    {
        server = TestingTarnServer.start(directory.resolve("lake"), ServerOptions.defaults().withWarmUp(false));
        TestingSamples.ingest(server.lake(), "samples");
        records = TestingSamples.records();
    }

    @AfterAll
    static void tearDown()
    {
        server.close();
    }

    @Test
    void testLifecycleAndRun()
    {
        HttpResponse<String> created = server.send("POST", SAVED, """
                {"Name": "Calls by name", "Description": "How often one API was called",
                 "QueryString": "SELECT count(*) FROM :eds WHERE eventName = :name", "Defaults": {"name": "GetUser"}}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode saved = json(created);
        String id = saved.get("Id").textValue();
        assertThat(created.headers().firstValue("Location")).contains(SAVED + "/" + id);
        assertThat(saved.get("Parameters").toString()).isEqualTo("[\"eds\",\"name\"]");
        assertThat(saved.get("Defaults").toString()).isEqualTo("{\"name\":\"GetUser\"}");
        assertThat(saved.get("CreatedTime").textValue()).endsWith("+00:00");

        assertThat(json(server.get(SAVED + "/" + id)).get("Name").textValue()).isEqualTo("Calls by name");
        // Names are matched ignoring case
        assertThat(json(server.get(SAVED + "/calls%20by%20name")).get("Id").textValue()).isEqualTo(id);
        assertThat(json(server.get(SAVED)).get("SavedQueries").get(0).get("Id").textValue()).isEqualTo(id);

        // Run with the default, then with a value; the alias finds the latest run
        assertThat(run(SAVED + "/" + id + "/run", "{\"Parameters\": {\"eds\": \"samples\"}}")).isEqualTo(List.of(List.of(count("GetUser"))));
        assertThat(run(SAVED + "/" + id + "/run", "{\"Parameters\": {\"eds\": \"samples\", \"name\": \"Decrypt\"}}")).isEqualTo(List.of(List.of(count("Decrypt"))));
        JsonNode latest = json(server.get("/api/v1/query-aliases/saved:" + id));
        assertThat(latest.get("QueryParameters").toString()).contains("Decrypt");
        // A value stays a value
        assertThat(run(SAVED + "/" + id + "/run", "{\"Parameters\": {\"eds\": \"samples\", \"name\": \"x' OR '1'='1\"}}")).isEqualTo(List.of(List.of("0")));

        HttpResponse<String> updated = server.send("PATCH", SAVED + "/" + id, "{\"Name\": \"Calls\", \"QueryString\": \"SELECT count(*) FROM :eds WHERE eventSource = :source\"}");
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(json(updated).get("Name").textValue()).isEqualTo("Calls");
        assertThat(json(updated).get("Parameters").toString()).isEqualTo("[\"eds\",\"source\"]");
        // The default of a parameter the new SQL no longer has is gone
        assertThat(json(updated).get("Defaults").toString()).isEqualTo("{}");
        assertThat(json(updated).get("Description").textValue()).isEqualTo("How often one API was called");

        assertError(server.send("POST", SAVED + "/" + id + "/run", "{\"Parameters\": {\"eds\": \"samples\"}}"), 400, "MISSING_QUERY_PARAMETER");
        assertError(server.send("POST", SAVED + "/" + id + "/run", "{\"Parameters\": {\"eds\": \"samples\", \"source\": \"x\", \"other\": \"y\"}}"), 400, "UNKNOWN_QUERY_PARAMETER");
        assertError(server.send("POST", SAVED + "/" + id + "/run", "{\"Parameters\": {\"eds\": \"no-such-store\", \"source\": \"x\"}}"), 404, "EVENT_DATA_STORE_NOT_FOUND");
        assertError(server.send("POST", SAVED + "/" + id + "/run", "{\"Parameters\": {\"eds\": {\"a\": 1}}}"), 400, "INVALID_REQUEST");

        HttpResponse<String> deleted = server.send("DELETE", SAVED + "/" + id, null);
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(json(deleted).get("Id").textValue()).isEqualTo(id);
        assertError(server.get(SAVED + "/" + id), 404, "SAVED_QUERY_NOT_FOUND");
        assertError(server.send("DELETE", SAVED + "/" + id, null), 404, "SAVED_QUERY_NOT_FOUND");
        assertError(server.send("PATCH", SAVED + "/" + id, "{\"Name\": \"x\"}"), 404, "SAVED_QUERY_NOT_FOUND");
        assertError(server.send("POST", SAVED + "/" + id + "/run", "{}"), 404, "SAVED_QUERY_NOT_FOUND");
    }

    @Test
    void testSamples()
    {
        JsonNode samples = json(server.get(SAMPLES)).get("SampleQueries");
        assertThat(samples.size()).isGreaterThan(16);
        assertThat(samples.get(0).get("Id").textValue()).isEqualTo("guide-q1");

        HttpResponse<String> sample = server.get(SAMPLES + "/top-error-codes");
        assertThat(sample.statusCode()).isEqualTo(200);
        assertThat(json(sample).get("EventDataStoreTypes").toString()).isEqualTo("{\"eds\":\"CLOUDTRAIL\"}");
        assertThat(json(sample).get("Parameters").toString()).isEqualTo("[\"eds\",\"start\",\"end\"]");

        // Expected from the input: error codes counted by code and source
        Map<String, Integer> expected = new TreeMap<>();
        for (JsonNode record : records) {
            if (record.hasNonNull("errorCode")) {
                expected.merge(record.get("errorCode").textValue() + "|" + record.get("eventSource").textValue(), 1, Integer::sum);
            }
        }
        List<List<String>> rows = run(SAMPLES + "/top-error-codes/run",
                "{\"Parameters\": {\"eds\": \"samples\", \"start\": \"2000-01-01 00:00:00\", \"end\": \"2100-01-01 00:00:00\"}}");
        Map<String, Integer> actual = new TreeMap<>();
        rows.forEach(row -> actual.put(row.get(0) + "|" + row.get(1), Integer.parseInt(row.get(2))));
        assertThat(actual).isEqualTo(expected).isNotEmpty();

        HttpResponse<String> copied = server.send("POST", SAMPLES + "/top-error-codes/copy", "{\"Name\": \"My error codes\"}");
        assertThat(copied.statusCode()).as(copied.body()).isEqualTo(201);
        assertThat(json(copied).get("QueryString").textValue()).isEqualTo(json(sample).get("QueryString").textValue());
        assertError(server.send("POST", SAMPLES + "/top-error-codes/copy", "{\"Name\": \"my error codes\"}"), 409, "SAVED_QUERY_ALREADY_EXISTS");

        assertError(server.get(SAMPLES + "/no-such-sample"), 404, "SAVED_QUERY_NOT_FOUND");
        assertError(server.send("POST", SAMPLES + "/no-such-sample/run", "{}"), 404, "SAVED_QUERY_NOT_FOUND");
        // Samples are read-only
        assertError(server.send("DELETE", SAVED + "/top-error-codes", null), 400, "SAMPLE_QUERY_READ_ONLY");
        assertError(server.send("PUT", SAMPLES + "/top-error-codes", "{}"), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void testErrors()
    {
        assertError(server.send("POST", SAVED, "{\"Name\": \"x\""), 400, "MALFORMED_JSON");
        assertError(server.send("POST", SAVED, "{\"Name\": \"only a name\"}"), 400, "INVALID_REQUEST");
        assertError(server.send("POST", SAVED, "{\"Name\": \"n\", \"QueryString\": \"SELECT 1\", \"Owner\": \"me\"}"), 400, "INVALID_REQUEST");
        assertError(server.send("POST", SAVED, "{\"Name\": \"n\", \"QueryString\": \"SELECT 1\", \"Defaults\": [1]}"), 400, "INVALID_REQUEST");
        assertError(server.send("POST", SAVED, "{\"Name\": \"  \", \"QueryString\": \"SELECT 1\"}"), 400, "INVALID_SAVED_QUERY");
        assertThat(server.send("POST", SAVED, "{\"Name\": \"twice\", \"QueryString\": \"SELECT 1\"}").statusCode()).isEqualTo(201);
        assertError(server.send("POST", SAVED, "{\"Name\": \"Twice\", \"QueryString\": \"SELECT 2\"}"), 409, "SAVED_QUERY_ALREADY_EXISTS");
        assertError(server.send("PATCH", SAVED + "/twice", "{}"), 400, "INVALID_REQUEST");
        assertError(server.send("PUT", SAVED, "{}"), 405, "METHOD_NOT_ALLOWED");
        assertError(server.send("POST", SAVED, "{\"Name\": \"big\", \"QueryString\": \"" + "x".repeat(2 << 20) + "\"}"), 413, "REQUEST_TOO_LARGE");
    }

    private static String count(String eventName)
    {
        return Long.toString(records.stream().filter(record -> record.get("eventName").textValue().equals(eventName)).count());
    }

    private static List<List<String>> run(String path, String body)
    {
        HttpResponse<String> started = server.send("POST", path, body);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String queryId = json(started).get("QueryId").textValue();
        JsonNode info = awaitQuery(server, queryId);
        assertThat(info.get("QueryStatus").textValue()).as(info.toString()).isEqualTo("FINISHED");
        return allRows(server, queryId, 1000);
    }
}
