package io.tarn.server.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.server.ServerOptions;
import io.tarn.server.TestingTarnServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static io.tarn.server.TestingTarnServer.json;
import static org.assertj.core.api.Assertions.assertThat;

class TestEventDataStoreResource
{
    private static final String STORES = "/api/v1/event-data-stores";

    @TempDir
    Path directory;

    private TestingTarnServer server;

    @BeforeEach
    void setUp()
    {
        server = TestingTarnServer.start(directory.resolve("lake"), ServerOptions.defaults().withWarmUp(false).withMaxRequestBytes(4096));
    }

    @AfterEach
    void tearDown()
    {
        server.close();
    }

    @Test
    void testLifecycle()
    {
        HttpResponse<String> created = server.send("POST", STORES, """
                {"Name": "audit", "RetentionPeriod": 90, "TagsList": [{"Key": "team", "Value": "security"}]}""");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode store = json(created);
        String id = store.get("EventDataStoreId").textValue();
        String arn = store.get("EventDataStoreArn").textValue();
        assertThat(created.headers().firstValue("Location")).contains(STORES + "/" + id);
        assertThat(arn).startsWith("arn:aws:cloudtrail:us-east-1:").endsWith(":eventdatastore/" + id);
        assertThat(store.get("Name").textValue()).isEqualTo("audit");
        assertThat(store.get("Status").textValue()).isEqualTo("CREATED");
        assertThat(store.get("Type").textValue()).isEqualTo("CLOUDTRAIL");
        assertThat(store.get("RetentionPeriod").intValue()).isEqualTo(90);
        assertThat(store.get("BillingMode").textValue()).isEqualTo("EXTENDABLE_RETENTION_PRICING");
        assertThat(store.get("MultiRegionEnabled").booleanValue()).isTrue();
        assertThat(store.get("OrganizationEnabled").booleanValue()).isFalse();
        assertThat(store.get("TerminationProtectionEnabled").booleanValue()).isTrue();
        assertThat(store.get("Tags").toString()).isEqualTo("{\"team\":\"security\"}");
        // Lake's default selector (spec 2.2)
        assertThat(store.get("AdvancedEventSelectors").toString())
                .isEqualTo("[{\"Name\":\"Default management events\",\"FieldSelectors\":[{\"Field\":\"eventCategory\",\"Equals\":[\"Management\"]}]}]");
        assertThat(store.get("CreatedTimestamp").textValue()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}\\+00:00");
        assertThat(store.has("DeletionTimestamp")).isFalse();

        // By id, by name and by ARN, whose '/' travels as %2F
        for (String reference : new String[] {id, "audit", URLEncoder.encode(arn, StandardCharsets.UTF_8)}) {
            HttpResponse<String> found = server.get(STORES + "/" + reference);
            assertThat(found.statusCode()).as(reference).isEqualTo(200);
            assertThat(json(found).get("EventDataStoreId").textValue()).isEqualTo(id);
            assertThat(json(found).get("Status").textValue()).isEqualTo("ENABLED");
        }

        HttpResponse<String> list = server.get(STORES);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(json(list).get("EventDataStores")).hasSize(1);
        assertThat(json(list).get("EventDataStores").get(0).get("Name").textValue()).isEqualTo("audit");

        HttpResponse<String> updated = server.send("PATCH", STORES + "/audit", """
                {"RetentionPeriod": 30, "TerminationProtectionEnabled": false, "Tags": {"env": "prod"}}""");
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(json(updated).get("RetentionPeriod").intValue()).isEqualTo(30);
        assertThat(json(updated).get("TerminationProtectionEnabled").booleanValue()).isFalse();
        assertThat(json(updated).get("Tags").toString()).isEqualTo("{\"env\":\"prod\"}");
        assertThat(json(updated).get("Name").textValue()).isEqualTo("audit");

        HttpResponse<String> stopped = server.send("POST", STORES + "/" + id + "/stop-ingestion", null);
        assertThat(stopped.statusCode()).isEqualTo(200);
        assertThat(json(stopped).get("Status").textValue()).isEqualTo("STOPPED_INGESTION");
        assertError(server.send("POST", STORES + "/" + id + "/stop-ingestion", null), 409, "INVALID_EVENT_DATA_STORE_STATUS");
        HttpResponse<String> started = server.send("POST", STORES + "/" + id + "/start-ingestion", null);
        assertThat(json(started).get("Status").textValue()).isEqualTo("ENABLED");

        HttpResponse<String> deleted = server.send("DELETE", STORES + "/" + id, null);
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(json(deleted).get("Status").textValue()).isEqualTo("PENDING_DELETION");
        assertThat(json(deleted).has("DeletionTimestamp")).isTrue();
        // Nothing but restore works on a store pending deletion
        assertThat(server.send("POST", STORES + "/" + id + "/stop-ingestion", null).statusCode()).isEqualTo(409);
        HttpResponse<String> restored = server.send("POST", STORES + "/" + id + "/restore", null);
        assertThat(restored.statusCode()).isEqualTo(200);
        assertThat(json(restored).get("Status").textValue()).isEqualTo("ENABLED");
        assertThat(json(restored).has("DeletionTimestamp")).isFalse();
    }

    @Test
    void testCreateWithSelectorsAndCategory()
    {
        HttpResponse<String> created = server.send("POST", STORES, """
                {"Name": "writes", "BillingMode": "FIXED_RETENTION_PRICING", "TerminationProtectionEnabled": false, "MultiRegionEnabled": false,
                 "AdvancedEventSelectors": [{"Name": "Management writes", "FieldSelectors": [
                     {"Field": "eventCategory", "Equals": ["Management"]}, {"Field": "readOnly", "Equals": ["false"]}]}]}""");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode store = json(created);
        assertThat(store.get("BillingMode").textValue()).isEqualTo("FIXED_RETENTION_PRICING");
        assertThat(store.get("RetentionPeriod").intValue()).isEqualTo(2557);
        assertThat(store.get("MultiRegionEnabled").booleanValue()).isFalse();
        assertThat(store.get("AdvancedEventSelectors").get(0).get("FieldSelectors").get(1).toString()).isEqualTo("{\"Field\":\"readOnly\",\"Equals\":[\"false\"]}");

        HttpResponse<String> config = server.send("POST", STORES, "{\"Name\": \"config\", \"Category\": \"ConfigurationItem\", \"StartIngestion\": false}");
        assertThat(config.statusCode()).isEqualTo(201);
        assertThat(json(config).get("Type").textValue()).isEqualTo("CONFIGURATION_ITEMS");
        assertThat(json(server.get(STORES + "/config")).get("Status").textValue()).isEqualTo("STOPPED_INGESTION");
    }

    @Test
    void testErrors()
    {
        assertError(server.get(STORES + "/no-such-store"), 404, "EVENT_DATA_STORE_NOT_FOUND");
        assertThat(json(server.get(STORES + "/no-such-store")).get("LakeException").textValue()).isEqualTo("EventDataStoreNotFoundException");
        assertThat(json(server.get(STORES + "/no-such-store")).get("Message").textValue()).isEqualTo("Event data store 'no-such-store' not found");
        assertError(server.send("DELETE", STORES + "/no-such-store", null), 404, "EVENT_DATA_STORE_NOT_FOUND");
        assertError(server.send("PATCH", STORES + "/no-such-store", "{}"), 404, "EVENT_DATA_STORE_NOT_FOUND");

        assertError(server.send("POST", STORES, "{\"Name\": \"audit\""), 400, "MALFORMED_JSON");
        assertError(server.send("POST", STORES, "not json"), 400, "MALFORMED_JSON");
        assertError(server.send("POST", STORES, "[1, 2]"), 400, "INVALID_REQUEST");
        assertError(server.send("POST", STORES, "{\"Name\": \"audit\", \"KmsKeyId\": \"alias/x\"}"), 400, "INVALID_REQUEST");
        assertError(server.send("POST", STORES, "{\"Name\": \"audit\", \"RetentionPeriod\": \"90\"}"), 400, "INVALID_REQUEST");
        assertError(server.send("POST", STORES, "{\"RetentionPeriod\": 90}"), 400, "INVALID_REQUEST");
        assertError(server.send("POST", STORES, "{\"Name\": \"audit\", \"BillingMode\": \"CHEAP\"}"), 400, "INVALID_REQUEST");
        assertError(server.send("POST", STORES, "{\"Name\": \"audit\", \"RetentionPeriod\": 5000}"), 400, "INVALID_PARAMETER");
        assertError(server.send("POST", STORES, "{\"Name\": \"audit\", \"AdvancedEventSelectors\": {\"Name\": \"x\"}}"), 400, "INVALID_EVENT_SELECTORS");
        assertError(server.send("POST", STORES, "{\"Name\": \"a\"}"), 400, "INVALID_PARAMETER");

        assertThat(server.send("POST", STORES, "{\"Name\": \"audit\"}").statusCode()).isEqualTo(201);
        assertError(server.send("POST", STORES, "{\"Name\": \"audit\"}"), 409, "EVENT_DATA_STORE_ALREADY_EXISTS");
        assertError(server.send("DELETE", STORES + "/audit", null), 409, "EVENT_DATA_STORE_TERMINATION_PROTECTED");
        assertError(server.send("PATCH", STORES + "/audit", "{}"), 400, "INVALID_REQUEST");
        assertError(server.send("PATCH", STORES + "/audit", "{\"BillingMode\": \"FIXED_RETENTION_PRICING\"}"), 400, "INVALID_PARAMETER");

        HttpResponse<String> wrongMethod = server.send("PUT", STORES, "{}");
        assertError(wrongMethod, 405, "METHOD_NOT_ALLOWED");
        assertThat(wrongMethod.headers().firstValue("Allow")).contains("POST, GET");
        assertError(server.send("GET", STORES + "/audit/restore", null), 405, "METHOD_NOT_ALLOWED");
        assertError(server.get("/api/v1/nothing-here"), 404, "RESOURCE_NOT_FOUND");
        assertError(server.get("/"), 404, "RESOURCE_NOT_FOUND");

        String large = "{\"Name\": \"" + "x".repeat(5000) + "\"}";
        assertError(server.send("POST", STORES, large), 413, "REQUEST_TOO_LARGE");
    }

    @Test
    void testRequestLog()
    {
        server.get(STORES);
        server.get(STORES + "/missing");
        // A request is logged once its response is complete, which may be just after the client has it
        server.awaitLog(line -> line.contains("\"GET " + STORES + "/missing\" 404 "));
        assertThat(server.log().lines().filter(line -> line.matches(".* 127\\.0\\.0\\.1 - \"GET " + STORES + "\" 200 \\d+ \\d+ms")).count()).as(server.log()).isEqualTo(1);
        assertThat(server.log().lines().filter(line -> line.contains("\"GET " + STORES + "/missing\" 404 ")).count()).isEqualTo(1);
    }

    static void assertError(HttpResponse<String> response, int status, String errorCode)
    {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode error = json(response);
        assertThat(error.get("ErrorCode").textValue()).isEqualTo(errorCode);
        assertThat(error.get("ErrorNumber").isInt()).isTrue();
        assertThat(error.get("Message").textValue()).isNotBlank();
        assertThat(response.body()).doesNotContain("\tat ").doesNotContain("Exception:");
    }
}
