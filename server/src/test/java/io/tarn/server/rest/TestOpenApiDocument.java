package io.tarn.server.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.tarn.server.ServerOptions;
import io.tarn.server.TestingTarnServer;
import io.tarn.server.api.LakeJson;
import io.tarn.server.http.Router;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.tarn.server.TestingTarnServer.json;
import static io.tarn.server.rest.TestEventDataStoreResource.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document against the server: it names exactly the routes the router has, its references
 * resolve, and every route refuses a request without a token and a method it does not take.
 */
class TestOpenApiDocument
{
    private static final String TOKEN = "reader-0123456789abcdef";
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    @TempDir
    static Path directory;

    private static TestingTarnServer server;
    private static JsonNode document;

    @BeforeAll
    static void setUp()
            throws IOException
    {
        Path tokens = Files.writeString(directory.resolve("tokens"), "reader " + TOKEN + "\n");
        server = TestingTarnServer.start(directory.resolve("lake"), ServerOptions.defaults().withWarmUp(false).withTokenFile(tokens));
        document = LakeJson.MAPPER.readTree(OpenApiResource.load());
    }

    @AfterAll
    static void tearDown()
    {
        server.close();
    }

    @Test
    void testServedAsKept()
    {
        HttpResponse<String> served = server.get(OpenApiResource.PATH, "Authorization", "Bearer " + TOKEN);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(json(served)).isEqualTo(document);
        assertThat(document.get("openapi").textValue()).startsWith("3.0.");
    }

    @Test
    void testDocumentNamesEveryRouteAndNoOther()
    {
        Set<String> routes = new TreeSet<>();
        for (Router.Route route : server.server().routes()) {
            routes.add(route.method() + " " + route.template());
        }
        assertThat(operations()).isEqualTo(routes);
    }

    @Test
    void testOperationsAreComplete()
    {
        Set<String> operationIds = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            Set<String> templateParameters = new HashSet<>();
            Matcher matcher = Pattern.compile("\\{([^}]+)}").matcher(path.getKey());
            while (matcher.find()) {
                templateParameters.add(matcher.group(1));
            }
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String name = operation.getKey() + " " + path.getKey();
                assertThat(operationIds.add(operation.getValue().get("operationId").textValue())).as(name).isTrue();
                assertThat(operation.getValue().get("responses").has("401")).as(name).isTrue();
                Set<String> pathParameters = new HashSet<>();
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    if (parameter.get("in").textValue().equals("path")) {
                        pathParameters.add(parameter.get("name").textValue());
                    }
                }
                assertThat(pathParameters).as(name).isEqualTo(templateParameters);
            }
        }
        // Every reference resolves
        Matcher references = Pattern.compile("\"\\$ref\":\"#/components/(\\w+)/(\\w+)\"").matcher(document.toString());
        int count = 0;
        while (references.find()) {
            count++;
            assertThat(document.get("components").get(references.group(1)).has(references.group(2))).as(references.group()).isTrue();
        }
        assertThat(count).isGreaterThan(50);
    }

    @Test
    void testEveryRouteNeedsTokenAndRefusesOtherMethods()
    {
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            String concrete = path.getKey().replaceAll("\\{[^}]+}", "no-such-thing");
            Set<String> allowed = new TreeSet<>();
            path.getValue().fieldNames().forEachRemaining(method -> allowed.add(method.toUpperCase(Locale.ROOT)));
            for (String method : allowed) {
                HttpResponse<String> refused = server.send(method, concrete, "{}");
                assertThat(refused.statusCode()).as(method + " " + concrete).isEqualTo(401);
                assertThat(refused.headers().firstValue("WWW-Authenticate")).contains("Bearer");
                HttpResponse<String> wrongToken = server.send(method, concrete, "{}", "Authorization", "Bearer " + TOKEN + "x");
                assertThat(wrongToken.statusCode()).as(method + " " + concrete).isEqualTo(401);
                HttpResponse<String> accepted = server.send(method, concrete, "{}", "Authorization", "Bearer " + TOKEN);
                assertThat(accepted.statusCode()).as(method + " " + concrete + ": " + accepted.body()).isNotIn(401, 405, 500);
            }
            for (String method : METHODS) {
                if (!allowed.contains(method)) {
                    HttpResponse<String> wrongMethod = server.send(method, concrete, "{}", "Authorization", "Bearer " + TOKEN);
                    assertError(wrongMethod, 405, "METHOD_NOT_ALLOWED");
                    List<String> allow = new ArrayList<>(List.of(wrongMethod.headers().firstValue("Allow").orElseThrow().split(", ")));
                    assertThat(new TreeSet<>(allow)).as(method + " " + concrete).isEqualTo(allowed);
                }
            }
        }
    }

    private static Set<String> operations()
    {
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey()));
        }
        return operations;
    }
}
