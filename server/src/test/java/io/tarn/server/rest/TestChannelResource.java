package io.tarn.server.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tarn.server.ServerOptions;
import io.tarn.server.TestingTarnServer;
import io.tarn.server.api.LakeJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.tarn.server.TestingTarnServer.json;
import static io.tarn.server.rest.TestEventDataStoreResource.assertError;
import static io.tarn.server.rest.TestingRest.allRows;
import static io.tarn.server.rest.TestingRest.awaitQuery;
import static io.tarn.server.rest.TestingRest.startQuery;
import static org.assertj.core.api.Assertions.assertThat;

class TestChannelResource
{
    private static final String STORES = "/api/v1/event-data-stores";
    private static final String CHANNELS = "/api/v1/channels";
    // Within the stores' default retention of a year, which the scan enforces
    private static final Instant EVENT_TIME = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @TempDir
    static Path directory;

    private static TestingTarnServer server;
    private static String accountId;

    @BeforeAll
    static void setUp()
    {
        server = TestingTarnServer.start(directory.resolve("lake"), ServerOptions.defaults().withWarmUp(false));
        accountId = server.lake().accountId();
        for (String name : new String[] {"apps", "more-apps", "audit-events"}) {
            HttpResponse<String> created = server.send("POST", STORES, "{\"Name\": \"" + name + "\", \"Category\": \"ActivityAuditLog\", \"MultiRegionEnabled\": false, "
                    + "\"TerminationProtectionEnabled\": false}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
        assertThat(server.send("POST", STORES, "{\"Name\": \"trail\"}").statusCode()).isEqualTo(201);
    }

    @AfterAll
    static void tearDown()
    {
        server.close();
    }

    @Test
    void testChannelLifecycle()
    {
        String appsArn = json(server.get(STORES + "/apps")).get("EventDataStoreArn").textValue();
        String moreArn = json(server.get(STORES + "/more-apps")).get("EventDataStoreArn").textValue();
        HttpResponse<String> created = server.send("POST", CHANNELS, """
                {"Name": "my-app", "Source": "Custom", "Destinations": [{"Type": "EVENT_DATA_STORE", "Location": "apps"}],
                 "Tags": [{"Key": "team", "Value": "security"}]}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode channel = json(created);
        String id = channel.get("ChannelId").textValue();
        String arn = channel.get("ChannelArn").textValue();
        assertThat(arn).isEqualTo("arn:aws:cloudtrail:us-east-1:" + accountId + ":channel/" + id);
        assertThat(id).matches(UUID_PATTERN);
        assertThat(created.headers().firstValue("Location")).contains(CHANNELS + "/" + id);
        assertThat(channel.get("Source").textValue()).isEqualTo("Custom");
        assertThat(channel.get("Destinations").toString()).isEqualTo("[{\"Type\":\"EVENT_DATA_STORE\",\"Location\":\"" + appsArn + "\"}]");
        assertThat(channel.get("Tags").toString()).isEqualTo("{\"team\":\"security\"}");
        assertThat(channel.get("IngestionStatus").size()).isZero();

        for (String reference : new String[] {id, "my-app", URLEncoder.encode(arn, StandardCharsets.UTF_8)}) {
            HttpResponse<String> found = server.get(CHANNELS + "/" + reference);
            assertThat(found.statusCode()).as(reference).isEqualTo(200);
            assertThat(json(found).get("ChannelId").textValue()).isEqualTo(id);
        }
        JsonNode listed = json(server.get(CHANNELS)).get("Channels");
        assertThat(listed.findValuesAsText("ChannelArn")).contains(arn);

        HttpResponse<String> updated = server.send("PATCH", CHANNELS + "/my-app", """
                {"Name": "my-app-2", "Destinations": [{"Type": "EVENT_DATA_STORE", "Location": "more-apps"}, {"Type": "EVENT_DATA_STORE", "Location": "apps"}]}""");
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(json(updated).get("Name").textValue()).isEqualTo("my-app-2");
        assertThat(json(updated).get("Destinations").findValuesAsText("Location")).containsExactly(moreArn, appsArn);

        assertError(server.send("PATCH", CHANNELS + "/" + id, "{\"Source\": \"GitHub\"}"), 400, "INVALID_REQUEST");
        assertError(server.send("PATCH", CHANNELS + "/" + id, "{}"), 400, "INVALID_REQUEST");
        assertError(server.send("PATCH", CHANNELS + "/" + id, "{\"Destinations\": [{\"Type\": \"EVENT_DATA_STORE\", \"Location\": \"trail\"}]}"),
                400, "INVALID_EVENT_DATA_STORE_CATEGORY");
        // A store a channel delivers to cannot be deleted
        assertError(server.send("DELETE", STORES + "/more-apps", null), 409, "CHANNEL_EXISTS_FOR_EVENT_DATA_STORE");

        HttpResponse<String> deleted = server.send("DELETE", CHANNELS + "/" + id, null);
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(json(deleted).get("Name").textValue()).isEqualTo("my-app-2");
        assertError(server.get(CHANNELS + "/" + id), 404, "CHANNEL_NOT_FOUND");
        assertError(server.send("DELETE", CHANNELS + "/" + id, null), 404, "CHANNEL_NOT_FOUND");
        assertError(server.send("PATCH", CHANNELS + "/" + id, "{\"Name\": \"again\"}"), 404, "CHANNEL_NOT_FOUND");
    }

    @Test
    void testListPages()
            throws InterruptedException
    {
        for (String name : new String[] {"page-a", "page-b", "page-c"}) {
            // Channels are listed by creation time to the millisecond; apart, their order is the order of creation
            Thread.sleep(2);
            assertThat(server.send("POST", CHANNELS, "{\"Name\": \"" + name + "\", \"Source\": \"Custom\", "
                    + "\"Destinations\": [{\"Type\": \"EVENT_DATA_STORE\", \"Location\": \"apps\"}]}").statusCode()).isEqualTo(201);
        }
        JsonNode all = json(server.get(CHANNELS)).get("Channels");
        assertThat(all.findValuesAsText("Name")).containsSubsequence("page-a", "page-b", "page-c");
        List<String> paged = new ArrayList<>();
        String token = null;
        do {
            JsonNode page = json(server.get(CHANNELS + "?MaxResults=2" + (token == null ? "" : "&NextToken=" + token)));
            assertThat(page.get("Channels").size()).isBetween(1, 2);
            paged.addAll(page.get("Channels").findValuesAsText("ChannelId"));
            token = page.has("NextToken") ? page.get("NextToken").textValue() : null;
        }
        while (token != null);
        assertThat(paged).isEqualTo(all.findValuesAsText("ChannelId"));

        // A page token stays good when the channel it names is deleted
        String afterPageA = null;
        String next = null;
        do {
            JsonNode page = json(server.get(CHANNELS + "?MaxResults=1" + (next == null ? "" : "&NextToken=" + next)));
            next = page.get("NextToken").textValue();
            if (page.get("Channels").get(0).get("Name").textValue().equals("page-a")) {
                afterPageA = next;
            }
        }
        while (afterPageA == null);
        assertThat(server.send("DELETE", CHANNELS + "/page-a", null).statusCode()).isEqualTo(200);
        assertThat(json(server.get(CHANNELS + "?MaxResults=1&NextToken=" + afterPageA)).get("Channels").get(0).get("Name").textValue()).isEqualTo("page-b");

        assertError(server.get(CHANNELS + "?MaxResults=0"), 400, "INVALID_MAX_RESULTS");
        assertError(server.get(CHANNELS + "?NextToken=not-a-token"), 400, "INVALID_NEXT_TOKEN");
        for (String name : new String[] {"page-b", "page-c"}) {
            assertThat(server.send("DELETE", CHANNELS + "/" + name, null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void testCreateErrors()
    {
        String destination = "[{\"Type\": \"EVENT_DATA_STORE\", \"Location\": \"apps\"}]";
        assertError(server.send("POST", CHANNELS, "{\"Name\": "), 400, "MALFORMED_JSON");
        assertError(server.send("POST", CHANNELS, "{\"Name\": \"chan-1\", \"Source\": \"Custom\"}"), 400, "INVALID_REQUEST");
        assertError(server.send("POST", CHANNELS, "{\"Name\": \"chan-1\", \"Source\": \"Custom\", \"Destinations\": " + destination + ", \"Policy\": {}}"), 400, "INVALID_REQUEST");
        assertError(server.send("POST", CHANNELS, "{\"Name\": \"chan-1\", \"Source\": \"Nobody\", \"Destinations\": " + destination + "}"), 400, "INVALID_PARAMETER");
        assertError(server.send("POST", CHANNELS, "{\"Name\": \"chan-1\", \"Source\": \"Custom\", \"Destinations\": [{\"Type\": \"S3\", \"Location\": \"apps\"}]}"), 400, "INVALID_REQUEST");
        assertError(server.send("POST", CHANNELS, "{\"Name\": \"chan-1\", \"Source\": \"Custom\", \"Destinations\": [{\"Type\": \"EVENT_DATA_STORE\", \"Location\": \"nowhere\"}]}"),
                404, "EVENT_DATA_STORE_NOT_FOUND");
        assertError(server.send("POST", CHANNELS, "{\"Name\": \"chan-1\", \"Source\": \"Custom\", \"Destinations\": [{\"Type\": \"EVENT_DATA_STORE\", \"Location\": \"trail\"}]}"),
                400, "INVALID_EVENT_DATA_STORE_CATEGORY");
        assertError(server.send("POST", CHANNELS, "{\"Name\": \"c\", \"Source\": \"Custom\", \"Destinations\": " + destination + "}"), 400, "INVALID_PARAMETER");
        assertThat(server.send("POST", CHANNELS, "{\"Name\": \"github\", \"Source\": \"GitHub\", \"Destinations\": " + destination + "}").statusCode()).isEqualTo(201);
        assertError(server.send("POST", CHANNELS, "{\"Name\": \"github\", \"Source\": \"Custom\", \"Destinations\": " + destination + "}"), 409, "CHANNEL_ALREADY_EXISTS");
        assertError(server.send("POST", CHANNELS, "{\"Name\": \"github-2\", \"Source\": \"GitHub\", \"Destinations\": " + destination + "}"), 409, "CHANNEL_ALREADY_EXISTS");
        assertError(server.send("PUT", CHANNELS, "{}"), 405, "METHOD_NOT_ALLOWED");
        assertError(server.get(CHANNELS + "/github/audit-events"), 405, "METHOD_NOT_ALLOWED");
        assertThat(server.send("DELETE", CHANNELS + "/github", null).statusCode()).isEqualTo(200);
    }

    @Test
    void testPutAuditEvents()
            throws Exception
    {
        JsonNode channel = json(server.send("POST", CHANNELS, """
                {"Name": "events", "Source": "Custom", "Destinations": [{"Type": "EVENT_DATA_STORE", "Location": "audit-events"}]}"""));
        String channelArn = channel.get("ChannelArn").textValue();

        Map<String, ObjectNode> good = new LinkedHashMap<>();
        good.put("good-1", payload("uid-1", "CreateWidget"));
        good.put("good-2", payload("uid-2", "DeleteWidget").put("sourceIPAddress", "2001:db8::1").put("errorCode", "NotFound"));
        ObjectNode third = payload("uid-3", "UpdateWidget");
        third.putObject("requestParameters").put("widget", "w-42").putObject("nested").put("depth", 2);
        third.putObject("additionalEventData").put("region", "moon-1");
        good.put("good_3", third);

        ArrayNode events = LakeJson.MAPPER.createArrayNode();
        events.addObject().put("id", "good-1").put("eventData", good.get("good-1").toString()).put("eventDataChecksum", checksum(good.get("good-1").toString()));
        events.addObject().put("id", "bad-checksum").put("eventData", payload("uid-4", "X").toString()).put("eventDataChecksum", checksum("something else"));
        events.addObject().put("id", "good-2").put("eventData", good.get("good-2").toString());
        events.addObject().put("id", "malformed").put("eventData", "{\"version\": \"1\", ");
        events.addObject().put("id", "not-an-object").put("eventData", "[1, 2]");
        events.addObject().put("id", "missing-name").put("eventData", without(payload("uid-5", "X"), "eventName").toString());
        events.addObject().put("id", "missing-principal").put("eventData", payload("uid-6", "X").set("userIdentity", LakeJson.MAPPER.createObjectNode().put("type", "User")).toString());
        events.addObject().put("id", "long-version").put("eventData", payload("uid-7", "X").put("version", "v".repeat(257)).toString());
        events.addObject().put("id", "other-account").put("eventData", payload("uid-8", "X").put("recipientAccountId", "111122223333").toString());
        events.addObject().put("id", "bad-address").put("eventData", payload("uid-9", "X").put("sourceIPAddress", "999.1.2.3").toString());
        events.addObject().put("id", "bad-time").put("eventData", payload("uid-10", "X").put("eventTime", "yesterday").toString());
        events.addObject().put("id", "unknown-field").put("eventData", payload("uid-11", "X").put("color", "blue").toString());
        events.addObject().put("id", "number-name").put("eventData", payload("uid-12", "X").put("eventName", 12).toString());
        events.addObject().put("id", "no-data");
        events.addObject().put("id", "good_3").put("eventData", third.toString()).put("eventDataChecksum", checksum(third.toString()));

        HttpResponse<String> answer = server.send("POST", CHANNELS + "/events/audit-events", LakeJson.MAPPER.createObjectNode().set("auditEvents", events).toString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode result = json(answer);
        Map<String, String> eventIds = new LinkedHashMap<>();
        for (JsonNode success : result.get("successful")) {
            assertThat(success.get("eventID").textValue()).matches(UUID_PATTERN);
            eventIds.put(success.get("id").textValue(), success.get("eventID").textValue());
        }
        assertThat(eventIds.keySet()).containsExactly("good-1", "good-2", "good_3");
        Map<String, String> failures = new LinkedHashMap<>();
        for (JsonNode failure : result.get("failed")) {
            assertThat(failure.get("errorMessage").textValue()).isNotBlank();
            failures.put(failure.get("id").textValue(), failure.get("errorCode").textValue());
        }
        assertThat(failures).isEqualTo(Map.ofEntries(
                Map.entry("bad-checksum", "InvalidChecksum"),
                Map.entry("malformed", "InvalidData"),
                Map.entry("not-an-object", "InvalidData"),
                Map.entry("missing-name", "FieldNotFound"),
                Map.entry("missing-principal", "FieldNotFound"),
                Map.entry("long-version", "FieldTooLong"),
                Map.entry("other-account", "InvalidRecipient"),
                Map.entry("bad-address", "InvalidData"),
                Map.entry("bad-time", "InvalidData"),
                Map.entry("unknown-field", "InvalidData"),
                Map.entry("number-name", "InvalidData"),
                Map.entry("no-data", "FieldNotFound")));

        // The good events are stored and queryable, as Lake's records of non-AWS events
        String queryId = startQuery(server, "{\"QueryStatement\": \"SELECT eventdata.uid, eventdata.eventname, eventid, eventcategory, eventtype, metadata.channelarn, "
                + "recipientaccountid, awsregion, eventdata.sourceipaddress, element_at(eventdata.requestparameters, 'widget'), "
                + "element_at(eventdata.additionaleventdata, 'region'), eventdata.useridentity.principalid, eventtime FROM \\\"audit-events\\\" ORDER BY eventdata.uid\"}");
        JsonNode info = awaitQuery(server, queryId);
        assertThat(info.get("QueryStatus").textValue()).as(info.toString()).isEqualTo("FINISHED");
        List<List<String>> rows = allRows(server, queryId, 1000);
        assertThat(rows).hasSize(3);
        List<String> uids = new ArrayList<>();
        for (int index = 0; index < rows.size(); index++) {
            List<String> row = rows.get(index);
            String id = List.copyOf(good.keySet()).get(index);
            ObjectNode sent = good.get(id);
            uids.add(row.get(0));
            assertThat(row.get(1)).isEqualTo(sent.get("eventName").textValue());
            assertThat(row.get(2)).isEqualTo(eventIds.get(id));
            assertThat(row.subList(3, 8)).containsExactly("ActivityAuditLog", "ActivityLog", channelArn, accountId, "us-east-1");
            assertThat(row.get(11)).isEqualTo(sent.get("userIdentity").get("principalId").textValue());
            assertThat(row.get(12)).isEqualTo(DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS", Locale.ROOT).withZone(ZoneOffset.UTC).format(EVENT_TIME));
        }
        assertThat(uids).containsExactly("uid-1", "uid-2", "uid-3");
        assertThat(rows.get(1).get(8)).isEqualTo("2001:db8::1");
        assertThat(rows.get(2).get(9)).isEqualTo("w-42");
        assertThat(rows.get(2).get(10)).isEqualTo("moon-1");

        JsonNode status = json(server.get(CHANNELS + "/events")).get("IngestionStatus");
        assertThat(status.get("LatestIngestionSuccessTime").textValue()).endsWith("+00:00");

        // Lake's own path, with the channel's ARN as a parameter
        ObjectNode fourth = payload("uid-lake", "ViaLakePath");
        HttpResponse<String> lakePath = server.send("POST", "/PutAuditEvents?channelArn=" + URLEncoder.encode(channelArn, StandardCharsets.UTF_8) + "&externalId=partner-42",
                "{\"auditEvents\": [{\"id\": \"1\", \"eventData\": " + LakeJson.MAPPER.writeValueAsString(fourth.toString()) + "}]}");
        assertThat(lakePath.statusCode()).as(lakePath.body()).isEqualTo(200);
        assertThat(json(lakePath).get("successful").get(0).get("id").textValue()).isEqualTo("1");
        assertThat(json(lakePath).get("failed").size()).isZero();
        assertThat(TestingRest.runAndCount(server, "{\"QueryStatement\": \"SELECT count(*) FROM \\\"audit-events\\\" WHERE eventdata.eventname = 'ViaLakePath'\"}"))
                .isEqualTo("1");
    }

    @Test
    void testPutAuditEventsToSeveralStores()
            throws Exception
    {
        for (String name : new String[] {"fan-1", "fan-2"}) {
            assertThat(server.send("POST", STORES, "{\"Name\": \"" + name + "\", \"Category\": \"ActivityAuditLog\", \"MultiRegionEnabled\": false}").statusCode())
                    .isEqualTo(201);
        }
        assertThat(server.send("POST", CHANNELS, """
                {"Name": "fan-out", "Source": "Custom", "Destinations": [{"Type": "EVENT_DATA_STORE", "Location": "fan-1"}, {"Type": "EVENT_DATA_STORE", "Location": "fan-2"}]}""")
                .statusCode()).isEqualTo(201);
        String first = LakeJson.MAPPER.writeValueAsString(payload("fan-uid-1", "Fan").toString());
        String second = LakeJson.MAPPER.writeValueAsString(payload("fan-uid-2", "Fan").toString());
        JsonNode result = json(server.send("POST", CHANNELS + "/fan-out/audit-events",
                "{\"auditEvents\": [{\"id\": \"1\", \"eventData\": " + first + "}, {\"id\": \"2\", \"eventData\": " + second + "}]}"));
        assertThat(result.get("successful").findValuesAsText("id")).containsExactly("1", "2");
        List<String> eventIds = result.get("successful").findValuesAsText("eventID");
        // The same events, with the same ids, in every destination
        for (String store : new String[] {"fan-1", "fan-2"}) {
            String queryId = startQuery(server, "{\"QueryStatement\": \"SELECT eventid FROM \\\"" + store + "\\\" ORDER BY eventdata.uid\"}");
            assertThat(awaitQuery(server, queryId).get("QueryStatus").textValue()).isEqualTo("FINISHED");
            assertThat(allRows(server, queryId, 1000)).containsExactly(List.of(eventIds.get(0)), List.of(eventIds.get(1)));
        }
    }

    @Test
    void testPutAuditEventsRequestErrors()
            throws Exception
    {
        assertThat(server.send("POST", CHANNELS, """
                {"Name": "limits", "Source": "Custom", "Destinations": [{"Type": "EVENT_DATA_STORE", "Location": "apps"}]}""").statusCode()).isEqualTo(201);
        String path = CHANNELS + "/limits/audit-events";
        String data = LakeJson.MAPPER.writeValueAsString(payload("uid", "X").toString());

        StringBuilder tooMany = new StringBuilder("{\"auditEvents\": [");
        for (int index = 0; index <= ChannelResource.MAX_EVENTS; index++) {
            tooMany.append(index == 0 ? "" : ", ").append("{\"id\": \"e").append(index).append("\", \"eventData\": ").append(data).append('}');
        }
        assertError(server.send("POST", path, tooMany + "]}"), 400, "INVALID_REQUEST");
        assertError(server.send("POST", path, "{\"auditEvents\": []}"), 400, "INVALID_REQUEST");
        assertError(server.send("POST", path, "{}"), 400, "INVALID_REQUEST");
        assertError(server.send("POST", path, "{\"auditEvents\": [{\"id\": \"a\", \"eventData\": " + data + "}, {\"id\": \"a\", \"eventData\": " + data + "}]}"), 400, "INVALID_REQUEST");
        assertError(server.send("POST", path, "{\"auditEvents\": [{\"id\": \"a b\", \"eventData\": " + data + "}]}"), 400, "INVALID_REQUEST");
        assertError(server.send("POST", path, "{\"auditEvents\": [{\"eventData\": " + data + "}]}"), 400, "INVALID_REQUEST");
        assertError(server.send("POST", path, "{\"auditEvents\": [{\"id\": \"a\", \"eventData\": " + data + ", \"extra\": 1}]}"), 400, "INVALID_REQUEST");
        assertError(server.send("POST", path, "{\"auditEvents\": [{\"id\": \"a\""), 400, "MALFORMED_JSON");
        // 1 MB per call
        String big = LakeJson.MAPPER.writeValueAsString(payload("uid", "X").put("userAgent", "a".repeat(11_000)).toString());
        StringBuilder large = new StringBuilder("{\"auditEvents\": [");
        for (int index = 0; index < 100; index++) {
            large.append(index == 0 ? "" : ", ").append("{\"id\": \"e").append(index).append("\", \"eventData\": ").append(big).append('}');
        }
        assertThat(large.length()).isGreaterThan(1 << 20);
        assertError(server.send("POST", path, large + "]}"), 413, "REQUEST_TOO_LARGE");

        assertError(server.send("POST", CHANNELS + "/no-such-channel/audit-events", "{\"auditEvents\": [{\"id\": \"a\", \"eventData\": " + data + "}]}"), 404, "CHANNEL_NOT_FOUND");
        assertError(server.send("POST", "/PutAuditEvents", "{\"auditEvents\": [{\"id\": \"a\", \"eventData\": " + data + "}]}"), 400, "INVALID_REQUEST");
        assertError(server.send("POST", path + "?externalId=x", "{\"auditEvents\": [{\"id\": \"a\", \"eventData\": " + data + "}]}"), 400, "INVALID_REQUEST");
        // Nothing of the refused calls was stored
        assertThat(TestingRest.runAndCount(server, "{\"QueryStatement\": \"SELECT count(*) FROM apps\"}")).isEqualTo("0");
    }

    /**
     * An event following the integration schema (spec 7.8), for the lake's account.
     */
    private static ObjectNode payload(String uid, String eventName)
    {
        ObjectNode data = LakeJson.MAPPER.createObjectNode();
        data.put("version", "1.0");
        data.putObject("userIdentity").put("type", "CustomUser").put("principalId", "user-" + uid).putObject("details").put("team", "blue");
        data.put("userAgent", "widget-client/2.1");
        data.put("eventSource", "widgets.example.com");
        data.put("eventName", eventName);
        data.put("eventTime", EVENT_TIME.toString());
        data.put("UID", uid);
        data.put("sourceIPAddress", "192.0.2.10");
        data.put("recipientAccountId", accountId);
        return data;
    }

    private static ObjectNode without(ObjectNode node, String field)
    {
        node.remove(field);
        return node;
    }

    private static String checksum(String text)
            throws Exception
    {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
