package io.tarn.server.trino;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tarn.engine.service.QueryInfo;
import io.tarn.engine.service.QueryServiceOptions;
import io.tarn.engine.service.QueryStatus;
import io.tarn.server.ServerOptions;
import io.tarn.server.TestingSamples;
import io.tarn.server.TestingTarnServer;
import io.tarn.server.api.LakeJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.tarn.server.TestingTarnServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS;

/**
 * Trino's client protocol on the wire, checked against what the Trino client's decoders require
 * ({@code QueryResults}, {@code typeSignature}, value encodings, {@code stats}, errors, session headers) with
 * a plain HTTP client, for what the JDBC driver does not expose.
 */
@TestInstance(PER_CLASS)
class TestTrinoProtocol
{
    private static final String STORE = "cloudtrail";
    private static final String CAPABILITIES = "PATH,PARAMETRIC_DATETIME,SESSION_AUTHORIZATION";

    private TestingTarnServer server;
    private List<JsonNode> records;

    @BeforeAll
    void setUp(@TempDir Path directory)
    {
        server = TestingTarnServer.start(directory.resolve("lake"), ServerOptions.defaults().withWarmUp(false));
        TestingSamples.ingest(server.lake(), STORE);
        records = TestingSamples.records();
    }

    @AfterAll
    void tearDown()
    {
        server.close();
    }

    @Test
    void testPagesRepeatAndThenExpire()
    {
        List<String> expected = records.stream().map(record -> record.get("eventID").textValue()).sorted().toList();

        HttpResponse<String> response = post("SELECT eventid, eventjson FROM " + STORE + " ORDER BY eventid");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode page = json(response);
        String queryId = page.get("id").textValue();
        assertThat(page.get("infoUri").textValue()).isNotEmpty();
        List<String> actual = new ArrayList<>();
        int pagesWithData = 0;
        String previousUri = null;
        while (true) {
            if (page.has("data")) {
                assertThat(page.get("columns")).isNotNull();
                pagesWithData++;
                page.get("data").forEach(row -> actual.add(row.get(0).textValue()));
            }
            if (!page.has("nextUri")) {
                break;
            }
            String nextUri = page.get("nextUri").textValue();
            assertThat(nextUri).startsWith(server.uri().toString().replaceAll("/$", "") + "/v1/statement/");
            HttpResponse<String> first = get(nextUri);
            assertThat(first.statusCode()).isEqualTo(200);
            // A client that did not get the answer asks again, and gets the same page
            HttpResponse<String> repeated = get(nextUri);
            assertThat(repeated.statusCode()).isEqualTo(200);
            assertThat(repeated.body()).isEqualTo(first.body());
            if (previousUri != null) {
                assertThat(get(previousUri).statusCode()).isEqualTo(410);
            }
            previousUri = nextUri;
            page = json(first);
            assertThat(page.get("id").textValue()).isEqualTo(queryId);
        }
        assertThat(actual).isEqualTo(expected);
        // Over 1 MB of JSON comes in more than one page
        assertThat(pagesWithData).isGreaterThan(1);

        JsonNode stats = page.get("stats");
        QueryInfo info = server.server().queryService().describeQuery(queryId);
        assertThat(info.status()).isEqualTo(QueryStatus.FINISHED);
        assertThat(stats.get("state").textValue()).isEqualTo("FINISHED");
        assertThat(stats.get("processedRows").asLong()).isEqualTo(records.size());
        assertThat(stats.get("processedBytes").asLong()).isPositive().isEqualTo(info.statistics().bytesScanned());
        assertThat(stats.get("physicalInputBytes").asLong()).isEqualTo(info.statistics().bytesScanned());
        assertThat(stats.get("elapsedTimeMillis").asLong()).isNotNegative();
        assertThat(stats.get("nodes").asInt()).isPositive();
        assertThat(stats.get("totalSplits").asInt()).isPositive();
        JsonNode rootStage = stats.get("rootStage");
        assertThat(rootStage.get("state").textValue()).isEqualTo("FINISHED");
        assertThat(rootStage.get("done").booleanValue()).isTrue();
        assertThat(rootStage.get("processedBytes").asLong()).isEqualTo(info.statistics().bytesScanned());
        assertThat(rootStage.get("subStages").isArray()).isTrue();

        // There is no page after the last
        assertThat(get(previousUri.replaceAll("/\\d+$", "/99")).statusCode()).isEqualTo(404);
    }

    @Test
    void testTypeSignaturesAndValueEncodings()
    {
        JsonNode record = records.stream()
                .filter(candidate -> candidate.has("resources") && candidate.get("requestParameters").has("bucketName"))
                .findFirst()
                .orElseThrow();
        JsonNode page = run("SELECT useridentity, resources, requestparameters, eventtime, nan() AS nan, -infinity() AS negative, REAL '1' AS one, "
                + "X'01ff' AS bytes, JSON '{\"b\": [1, \"x\"]}' AS document, TIMESTAMP '2023-07-10 11:42:18.123 UTC' AS zoned, ROW(1, 'a') AS anonymous, "
                + "DECIMAL '-12.50' AS amount, DATE '2023-07-10' AS day FROM " + STORE + " WHERE eventid = '" + record.get("eventID").textValue() + "'",
                CAPABILITIES);
        Map<String, JsonNode> signatures = new TreeMap<>();
        Map<String, String> types = new TreeMap<>();
        page.get("columns").forEach(column -> {
            signatures.put(column.get("name").textValue(), column.get("typeSignature"));
            types.put(column.get("name").textValue(), column.get("type").textValue());
        });

        // row(type varchar, ..., sessioncontext row(...), ...): named fields
        JsonNode identity = signatures.get("useridentity");
        assertThat(identity.get("rawType").textValue()).isEqualTo("row");
        JsonNode firstField = identity.get("arguments").get(0);
        assertThat(firstField.get("kind").textValue()).isEqualTo("NAMED_TYPE");
        assertThat(firstField.get("value").get("fieldName").get("name").textValue()).isEqualTo("type");
        assertThat(firstField.get("value").get("typeSignature")).isEqualTo(parse("{\"rawType\":\"varchar\",\"arguments\":[{\"kind\":\"LONG\",\"value\":2147483647}]}"));
        assertThat(types.get("useridentity")).startsWith("row(type varchar, principalid varchar, arn varchar");

        // array(row(accountid varchar, type varchar, arn varchar, arnprefix varchar))
        JsonNode resources = signatures.get("resources");
        assertThat(resources.get("rawType").textValue()).isEqualTo("array");
        assertThat(resources.get("arguments").get(0).get("kind").textValue()).isEqualTo("TYPE");
        JsonNode element = resources.get("arguments").get(0).get("value");
        assertThat(element.get("rawType").textValue()).isEqualTo("row");
        List<String> fieldNames = new ArrayList<>();
        element.get("arguments").forEach(field -> fieldNames.add(field.get("value").get("fieldName").get("name").textValue()));
        assertThat(fieldNames).containsExactly("accountid", "type", "arn", "arnprefix");

        assertThat(signatures.get("requestparameters")).isEqualTo(parse("{\"rawType\":\"map\",\"arguments\":["
                + "{\"kind\":\"TYPE\",\"value\":{\"rawType\":\"varchar\",\"arguments\":[{\"kind\":\"LONG\",\"value\":2147483647}]}},"
                + "{\"kind\":\"TYPE\",\"value\":{\"rawType\":\"varchar\",\"arguments\":[{\"kind\":\"LONG\",\"value\":2147483647}]}}]}"));
        assertThat(signatures.get("eventtime")).isEqualTo(parse("{\"rawType\":\"timestamp\",\"arguments\":[{\"kind\":\"LONG\",\"value\":3}]}"));
        assertThat(types.get("eventtime")).isEqualTo("timestamp(3)");
        assertThat(signatures.get("zoned")).isEqualTo(parse("{\"rawType\":\"timestamp with time zone\",\"arguments\":[{\"kind\":\"LONG\",\"value\":3}]}"));
        assertThat(signatures.get("nan")).isEqualTo(parse("{\"rawType\":\"double\",\"arguments\":[]}"));
        assertThat(signatures.get("bytes")).isEqualTo(parse("{\"rawType\":\"varbinary\",\"arguments\":[]}"));
        assertThat(signatures.get("document")).isEqualTo(parse("{\"rawType\":\"json\",\"arguments\":[]}"));
        assertThat(signatures.get("amount")).isEqualTo(parse("{\"rawType\":\"decimal\",\"arguments\":[{\"kind\":\"LONG\",\"value\":4},{\"kind\":\"LONG\",\"value\":2}]}"));
        // An anonymous row field has no name
        assertThat(signatures.get("anonymous").get("arguments").get(0).get("value").has("fieldName")).isFalse();

        JsonNode row = page.get("data").get(0);
        List<String> names = new ArrayList<>(signatures.keySet());
        List<String> order = new ArrayList<>();
        page.get("columns").forEach(column -> order.add(column.get("name").textValue()));
        assertThat(names).containsExactlyInAnyOrderElementsOf(order);
        // Rows are arrays in field order, maps objects, arrays arrays
        assertThat(row.get(order.indexOf("useridentity")).get(2).textValue()).isEqualTo(record.get("userIdentity").get("arn").textValue());
        assertThat(row.get(order.indexOf("resources")).get(0).get(2).textValue()).isEqualTo(record.get("resources").get(0).get("ARN").textValue());
        assertThat(row.get(order.indexOf("requestparameters")).get("bucketName").textValue())
                .isEqualTo(record.get("requestParameters").get("bucketName").textValue());
        // Timestamps as Trino formats them; doubles that JSON cannot hold as strings; real as a float token
        assertThat(row.get(order.indexOf("eventtime")).textValue())
                .isEqualTo(record.get("eventTime").textValue().replace('T', ' ').replace("Z", ".000"));
        assertThat(row.get(order.indexOf("nan")).textValue()).isEqualTo("NaN");
        assertThat(row.get(order.indexOf("negative")).textValue()).isEqualTo("-Infinity");
        assertThat(row.get(order.indexOf("one")).isFloatingPointNumber()).isTrue();
        assertThat(row.get(order.indexOf("one")).doubleValue()).isEqualTo(1.0);
        assertThat(Base64.getDecoder().decode(row.get(order.indexOf("bytes")).textValue())).containsExactly(1, 0xff);
        assertThat(row.get(order.indexOf("document")).textValue()).isEqualTo("{\"b\":[1,\"x\"]}");
        assertThat(row.get(order.indexOf("zoned")).textValue()).isEqualTo("2023-07-10 11:42:18.123 UTC");
        assertThat(row.get(order.indexOf("anonymous"))).isEqualTo(parse("[1,\"a\"]"));
        assertThat(row.get(order.indexOf("amount")).textValue()).isEqualTo("-12.50");
        assertThat(row.get(order.indexOf("day")).textValue()).isEqualTo("2023-07-10");
    }

    @Test
    void testClientsWithoutParametricDatetime()
    {
        JsonNode page = run("SELECT max(eventtime) AS latest FROM " + STORE, "PATH");
        JsonNode column = page.get("columns").get(0);
        assertThat(column.get("type").textValue()).isEqualTo("timestamp");
        assertThat(column.get("typeSignature")).isEqualTo(parse("{\"rawType\":\"timestamp\",\"arguments\":[]}"));
        String latest = records.stream().map(record -> record.get("eventTime").textValue()).max(String::compareTo).orElseThrow();
        assertThat(page.get("data").get(0).get(0).textValue()).isEqualTo(latest.replace('T', ' ').replace("Z", ".000"));
    }

    @Test
    void testSessionHeaders()
    {
        HttpResponse<String> use = post("USE tarn.information_schema");
        assertThat(use.headers().firstValue("X-Trino-Set-Catalog")).hasValue("tarn");
        assertThat(use.headers().firstValue("X-Trino-Set-Schema")).hasValue("information_schema");
        assertThat(json(use).get("updateType").textValue()).isEqualTo("USE");

        String sql = "SELECT count(*) FROM " + STORE + " WHERE eventname = ? AND readonly = ?";
        HttpResponse<String> prepare = post("PREPARE lookup FROM " + sql);
        assertThat(json(prepare).has("error")).isFalse();
        assertThat(prepare.headers().allValues("X-Trino-Added-Prepare")).containsExactly("lookup=" + URLEncoder.encode(sql, StandardCharsets.UTF_8));

        String prepared = "lookup=" + URLEncoder.encode(sql, StandardCharsets.UTF_8);
        long expected = records.stream()
                .filter(record -> record.get("eventName").textValue().equals("GetUser") && record.get("readOnly").booleanValue())
                .count();
        assertThat(expected).isPositive();
        JsonNode result = run("EXECUTE lookup USING 'GetUser', true", CAPABILITIES, "X-Trino-Prepared-Statement", prepared);
        assertThat(result.get("data").get(0).get(0).asLong()).isEqualTo(expected);

        // A value is a value: quotes in it do not end the string
        JsonNode injected = run("EXECUTE lookup USING 'GetUser'' OR ''1'' = ''1', true", CAPABILITIES, "X-Trino-Prepared-Statement", prepared);
        assertThat(injected.get("data").get(0).get(0).asLong()).isZero();
        QueryInfo info = server.server().queryService().describeQuery(injected.get("id").textValue());
        assertThat(info.queryString()).isEqualTo(sql);
        assertThat(info.parameters()).containsExactly("GetUser' OR '1' = '1", "true");

        // The schema comes from the header
        JsonNode tables = run("SELECT table_name FROM tables WHERE table_schema = 'default' ORDER BY 1", CAPABILITIES, "X-Trino-Schema", "information_schema");
        List<String> names = new ArrayList<>();
        tables.get("data").forEach(row -> names.add(row.get(0).textValue()));
        assertThat(names).contains(STORE);

        // The session's time zone
        JsonNode zoned = run("SELECT current_timezone(), TIMESTAMP '2023-07-10 11:42:18.123 UTC' AT TIME ZONE current_timezone()", CAPABILITIES,
                "X-Trino-Time-Zone", "America/New_York");
        assertThat(zoned.get("data").get(0)).isEqualTo(parse("[\"America/New_York\", \"2023-07-10 07:42:18.123 America/New_York\"]"));

        HttpResponse<String> start = last(post("START TRANSACTION"));
        assertThat(json(start).get("updateType").textValue()).isEqualTo("START TRANSACTION");
        assertThat(start.headers().firstValue("X-Trino-Started-Transaction-Id")).isPresent();
        assertThat(last(post("COMMIT")).headers().firstValue("X-Trino-Clear-Transaction-Id")).hasValue("true");
        assertThat(last(post("ROLLBACK")).headers().firstValue("X-Trino-Clear-Transaction-Id")).hasValue("true");

        HttpResponse<String> deallocate = post("DEALLOCATE PREPARE lookup", "X-Trino-Prepared-Statement", prepared);
        assertThat(deallocate.headers().allValues("X-Trino-Deallocated-Prepare")).containsExactly("lookup");
    }

    @Test
    void testErrors()
    {
        HttpResponse<String> response = post("SELECT eventname\nFROM " + STORE + "\nWHERE eventname = 'x' )");
        assertThat(response.statusCode()).isEqualTo(200);
        // A query over a store runs in the query service, which reports its failure on a later page
        JsonNode page = json(response);
        while (page.has("nextUri")) {
            page = json(get(page.get("nextUri").textValue()));
        }
        assertThat(page.get("stats").get("state").textValue()).isEqualTo("FAILED");
        JsonNode error = page.get("error");
        assertThat(error.get("errorName").textValue()).isEqualTo("SYNTAX_ERROR");
        assertThat(error.get("errorCode").intValue()).isEqualTo(1);
        assertThat(error.get("errorType").textValue()).isEqualTo("USER_ERROR");
        assertThat(error.get("errorLocation").get("lineNumber").intValue()).isEqualTo(3);
        assertThat(error.get("errorLocation").get("columnNumber").intValue()).isEqualTo(23);
        assertThat(error.get("message").textValue()).startsWith("line 3:23: ");

        // Writes are refused before anything runs
        JsonNode refused = json(post("DELETE FROM " + STORE));
        assertThat(refused.get("error").get("errorName").textValue()).isEqualTo("NOT_SUPPORTED");

        // Unknown queries and pages
        assertThat(get(server.uri().resolve("/v1/statement/executing/no-such-query/slug/1").toString()).statusCode()).isEqualTo(404);
        HttpResponse<String> empty = server.send("POST", "/v1/statement", "  ");
        assertThat(empty.statusCode()).isEqualTo(400);
    }

    @Test
    void testCancelWithDelete()
            throws InterruptedException
    {
        JsonNode page = json(post("SELECT count(*) FROM " + STORE + " a CROSS JOIN " + STORE + " b CROSS JOIN " + STORE
                + " c WHERE a.eventname || b.eventname || c.eventname = 'x'"));
        String queryId = page.get("id").textValue();
        String nextUri = page.get("nextUri").textValue();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (server.server().queryService().describeQuery(queryId).status() != QueryStatus.RUNNING && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        HttpResponse<String> cancel = server.send("DELETE", URI.create(nextUri).getPath(), null);
        assertThat(cancel.statusCode()).isEqualTo(204);
        QueryInfo info = server.server().queryService().awaitQuery(queryId, Duration.ofSeconds(30));
        assertThat(info.status()).isEqualTo(QueryStatus.CANCELLED);
        assertThat(get(nextUri).statusCode()).isEqualTo(404);
    }

    @Test
    void testQueuedWhileTheLakeIsFull(@TempDir Path directory)
            throws InterruptedException
    {
        String crossJoin = "SELECT count(*) FROM " + STORE + " a CROSS JOIN " + STORE + " b CROSS JOIN " + STORE + " c WHERE a.eventname || b.eventname || c.eventname = 'x'";
        try (TestingTarnServer full = TestingTarnServer.start(directory.resolve("lake"),
                ServerOptions.defaults().withWarmUp(false).withQueryService(QueryServiceOptions.defaults().withMaxConcurrentQueries(1)))) {
            TestingSamples.ingest(full.lake(), STORE);
            String[] headers = headers(CAPABILITIES);
            JsonNode running = json(full.send("POST", "/v1/statement", crossJoin, headers));
            String runningId = running.get("id").textValue();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (full.server().queryService().describeQuery(runningId).status() != QueryStatus.RUNNING && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }

            // The lake admits one query: the next waits, QUEUED, as on a busy Trino coordinator
            JsonNode queued = json(full.send("POST", "/v1/statement", "SELECT count(*) FROM " + STORE, headers));
            assertThat(queued.get("stats").get("state").textValue()).isEqualTo("QUEUED");
            queued = json(full.get(URI.create(queued.get("nextUri").textValue()).getPath()));
            assertThat(queued.get("stats").get("state").textValue()).isEqualTo("QUEUED");
            assertThat(queued.has("columns")).isFalse();

            // Once the first ends, the second runs
            assertThat(full.send("DELETE", URI.create(running.get("nextUri").textValue()).getPath(), null).statusCode()).isEqualTo(204);
            JsonNode page = queued;
            long count = -1;
            while (page.has("nextUri")) {
                page = json(full.get(URI.create(page.get("nextUri").textValue()).getPath()));
                if (page.has("data")) {
                    count = page.get("data").get(0).get(0).asLong();
                }
            }
            assertThat(page.has("error")).as("error: %s", page.get("error")).isFalse();
            assertThat(count).isEqualTo(records.size());
            assertThat(full.server().queryService().describeQuery(runningId).status()).isEqualTo(QueryStatus.CANCELLED);
        }
    }

    @Test
    void testInfo()
    {
        HttpResponse<String> response = server.get("/v1/info");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode info = json(response);
        assertThat(info.get("nodeVersion").get("version").textValue()).isEqualTo("476");
        assertThat(info.get("coordinator").booleanValue()).isTrue();
        assertThat(info.get("starting").booleanValue()).isFalse();
        assertThat(info.get("uptime").textValue()).isNotEmpty();
    }

    private HttpResponse<String> post(String sql, String... headers)
    {
        return server.send("POST", "/v1/statement", sql, headers(CAPABILITIES, headers));
    }

    /**
     * The headers the Trino client sends, with {@code overrides} (name, value, ...) replacing or adding to
     * them.
     */
    private static String[] headers(String capabilities, String... overrides)
    {
        Map<String, String> headers = new LinkedHashMap<>(Map.of("X-Trino-User", "analyst", "X-Trino-Catalog", "tarn", "X-Trino-Schema", "default",
                "X-Trino-Client-Capabilities", capabilities));
        for (int index = 0; index + 1 < overrides.length; index += 2) {
            headers.put(overrides[index], overrides[index + 1]);
        }
        List<String> all = new ArrayList<>();
        headers.forEach((name, value) -> all.addAll(List.of(name, value)));
        return all.toArray(String[]::new);
    }

    /**
     * The last response of a statement, following {@code nextUri}s.
     */
    private HttpResponse<String> last(HttpResponse<String> response)
    {
        HttpResponse<String> last = response;
        while (json(last).has("nextUri")) {
            last = get(json(last).get("nextUri").textValue());
        }
        return last;
    }

    private HttpResponse<String> get(String uri)
    {
        return server.get(URI.create(uri).getPath());
    }

    /**
     * Runs a statement to its end and returns its last page, with all rows collected into {@code data}.
     */
    private JsonNode run(String sql, String capabilities, String... headers)
    {
        JsonNode page = json(server.send("POST", "/v1/statement", sql, headers(capabilities, headers)));
        ArrayNode data = LakeJson.MAPPER.createArrayNode();
        JsonNode columns = null;
        while (true) {
            assertThat(page.has("error")).as("error: %s", page.get("error")).isFalse();
            if (page.has("columns")) {
                columns = page.get("columns");
            }
            if (page.has("data")) {
                data.addAll((ArrayNode) page.get("data"));
            }
            if (!page.has("nextUri")) {
                break;
            }
            page = json(get(page.get("nextUri").textValue()));
        }
        ObjectNode result = ((ObjectNode) page).deepCopy();
        result.set("columns", columns);
        result.set("data", data);
        return result;
    }

    private static JsonNode parse(String json)
    {
        try {
            return LakeJson.MAPPER.readTree(json);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
