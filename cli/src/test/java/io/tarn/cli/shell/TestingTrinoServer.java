package io.tarn.cli.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static java.util.Objects.requireNonNull;

/**
 * A hand-written server of the Trino client protocol, as its documentation describes it, answering statements
 * from a script: {@code POST /v1/statement} queues the statement and answers with a {@code nextUri};
 * each {@code GET} of it returns the next page ({@code columns}, {@code data}, {@code stats}) and the next
 * {@code nextUri} until the last; {@code DELETE} cancels. It records every request it receives.
 */
final class TestingTrinoServer
        implements AutoCloseable
{
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, Statement> statements = new ConcurrentHashMap<>();
    private final Map<String, Query> queries = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger nextQuery = new AtomicInteger();

    /**
     * What the server answers to a statement.
     *
     * @param columns the {@code columns} of the results, none for statements without rows
     * @param pages the rows of each page, one {@code GET} each
     * @param error the {@code error} object, returned on the first {@code GET} instead of rows
     * @param headers headers of the first page's response ({@code X-Trino-Set-Session}, ...)
     * @param endless whether the statement runs until cancelled, each page after a pause
     */
    record Statement(ArrayNode columns, List<List<List<Object>>> pages, Optional<ObjectNode> error, Map<String, String> headers,
            Optional<String> updateType, boolean endless, long bytesPerPage, long rowsPerPage)
    {
        Statement
        {
            requireNonNull(columns, "columns is null");
            pages = List.copyOf(pages);
            requireNonNull(error, "error is null");
            headers = Map.copyOf(headers);
            requireNonNull(updateType, "updateType is null");
        }

        static Statement rows(ArrayNode columns, List<List<List<Object>>> pages, long bytesPerPage, long rowsPerPage)
        {
            return new Statement(columns, pages, Optional.empty(), Map.of(), Optional.empty(), false, bytesPerPage, rowsPerPage);
        }

        static Statement endless(ArrayNode columns)
        {
            return new Statement(columns, List.of(), Optional.empty(), Map.of(), Optional.empty(), true, 4096, 100);
        }

        static Statement failure(String errorName, int errorCode, String message, int line, int column)
        {
            ObjectNode error = MAPPER.createObjectNode();
            // Trino's messages start with the position
            error.put("message", "line %d:%d: %s".formatted(line, column, message));
            error.put("errorCode", errorCode);
            error.put("errorName", errorName);
            error.put("errorType", "USER_ERROR");
            ObjectNode location = error.putObject("errorLocation");
            location.put("lineNumber", line);
            location.put("columnNumber", column);
            return new Statement(MAPPER.createArrayNode(), List.of(), Optional.of(error), Map.of(), Optional.empty(), false, 0, 0);
        }

        static Statement update(String updateType, Map<String, String> headers)
        {
            return new Statement(MAPPER.createArrayNode(), List.of(), Optional.empty(), headers, Optional.of(updateType), false, 0, 0);
        }
    }

    /**
     * A request the server received.
     */
    record Request(String method, String path, Map<String, List<String>> headers, String body)
    {
        Optional<String> header(String name)
        {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream())
                    .findFirst();
        }
    }

    private static final class Query
    {
        final String id;
        final Statement statement;
        int served;
        volatile boolean cancelled;

        Query(String id, Statement statement)
        {
            this.id = id;
            this.statement = statement;
        }
    }

    TestingTrinoServer()
            throws IOException
    {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "testing-trino-server");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/v1/statement", this::handle);
        server.start();
    }

    URI uri()
    {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /**
     * Answers the statement (compared without its final {@code ;} and surrounding blanks) so.
     */
    TestingTrinoServer on(String sql, Statement statement)
    {
        statements.put(normalize(sql), statement);
        return this;
    }

    List<Request> requests()
    {
        return List.copyOf(requests);
    }

    private static String normalize(String sql)
    {
        String stripped = sql.strip();
        return stripped.endsWith(";") ? stripped.substring(0, stripped.length() - 1).strip() : stripped;
    }

    private void handle(HttpExchange exchange)
            throws IOException
    {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            requests.add(new Request(exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders()), body));
            switch (exchange.getRequestMethod()) {
                case "POST" -> start(exchange, body);
                case "GET" -> next(exchange, path);
                case "DELETE" -> cancel(exchange, path);
                default -> respond(exchange, 405, MAPPER.createObjectNode());
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void start(HttpExchange exchange, String sql)
            throws IOException
    {
        Statement statement = statements.getOrDefault(normalize(sql),
                Statement.failure("TABLE_NOT_FOUND", 46, "The testing server has no answer to: " + normalize(sql), 1, 1));
        Query query = new Query("20261121_000000_%05d_tarn".formatted(nextQuery.getAndIncrement()), statement);
        queries.put(query.id, query);
        ObjectNode results = results(query, "QUEUED", 0, 0);
        results.put("nextUri", nextUri(query, 1));
        respond(exchange, 200, results);
    }

    private void next(HttpExchange exchange, String path)
            throws IOException, InterruptedException
    {
        String[] parts = path.split("/");
        Query query = queries.get(parts[parts.length - 2]);
        if (query == null) {
            respond(exchange, 404, MAPPER.createObjectNode());
            return;
        }
        Statement statement = query.statement;
        if (query.cancelled) {
            respond(exchange, 410, MAPPER.createObjectNode());
            return;
        }
        int page;
        synchronized (query) {
            page = query.served++;
        }
        if (statement.error().isPresent()) {
            ObjectNode results = results(query, "FAILED", 0, 0);
            results.set("error", statement.error().get());
            respond(exchange, 200, results);
            return;
        }
        if (statement.endless()) {
            Thread.sleep(100);
            ObjectNode results = results(query, "RUNNING", statement.rowsPerPage() * (page + 1), statement.bytesPerPage() * (page + 1));
            results.set("columns", statement.columns());
            results.put("nextUri", nextUri(query, page + 2));
            respond(exchange, 200, results);
            return;
        }
        boolean last = page + 1 >= statement.pages().size();
        ObjectNode results = results(query, last ? "FINISHED" : "RUNNING", statement.rowsPerPage() * (page + 1), statement.bytesPerPage() * (page + 1));
        if (!statement.columns().isEmpty()) {
            results.set("columns", statement.columns());
        }
        if (page < statement.pages().size() && !statement.pages().get(page).isEmpty()) {
            results.set("data", MAPPER.valueToTree(statement.pages().get(page)));
        }
        statement.updateType().ifPresent(type -> results.put("updateType", type));
        if (!last) {
            results.put("nextUri", nextUri(query, page + 2));
        }
        if (page == 0) {
            statement.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        }
        respond(exchange, 200, results);
    }

    private void cancel(HttpExchange exchange, String path)
            throws IOException
    {
        String[] parts = path.split("/");
        Query query = queries.get(parts[parts.length - 2]);
        if (query != null) {
            query.cancelled = true;
        }
        exchange.sendResponseHeaders(204, -1);
    }

    private ObjectNode results(Query query, String state, long processedRows, long processedBytes)
    {
        ObjectNode results = MAPPER.createObjectNode();
        results.put("id", query.id);
        results.put("infoUri", uri() + "/ui/query.html?" + query.id);
        ObjectNode stats = results.putObject("stats");
        stats.put("state", state);
        stats.put("elapsedTimeMillis", 10L * (query.served + 1));
        stats.put("processedRows", processedRows);
        stats.put("processedBytes", processedBytes);
        results.putArray("warnings");
        return results;
    }

    private String nextUri(Query query, int page)
    {
        return uri() + "/v1/statement/executing/" + query.id + "/" + page;
    }

    private static void respond(HttpExchange exchange, int status, JsonNode body)
            throws IOException
    {
        byte[] bytes = MAPPER.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * A {@code columns} array of (name, type signature) pairs.
     */
    static ArrayNode columns(Object... namesAndSignatures)
    {
        ArrayNode columns = MAPPER.createArrayNode();
        for (int index = 0; index < namesAndSignatures.length; index += 2) {
            ObjectNode signature = (ObjectNode) namesAndSignatures[index + 1];
            ObjectNode column = columns.addObject();
            column.put("name", (String) namesAndSignatures[index]);
            column.put("type", display(signature));
            column.set("typeSignature", signature);
        }
        return columns;
    }

    static ObjectNode type(String rawType)
    {
        ObjectNode signature = MAPPER.createObjectNode();
        signature.put("rawType", rawType);
        signature.putArray("arguments");
        return signature;
    }

    static ObjectNode array(ObjectNode element)
    {
        ObjectNode signature = type("array");
        ((ArrayNode) signature.get("arguments")).addObject().put("kind", "TYPE").set("value", element);
        return signature;
    }

    static ObjectNode map(ObjectNode key, ObjectNode value)
    {
        ObjectNode signature = type("map");
        ((ArrayNode) signature.get("arguments")).addObject().put("kind", "TYPE").set("value", key);
        ((ArrayNode) signature.get("arguments")).addObject().put("kind", "TYPE").set("value", value);
        return signature;
    }

    /**
     * A row type of (field name, type signature) pairs.
     */
    static ObjectNode row(Object... namesAndSignatures)
    {
        ObjectNode signature = type("row");
        for (int index = 0; index < namesAndSignatures.length; index += 2) {
            ObjectNode value = ((ArrayNode) signature.get("arguments")).addObject().put("kind", "NAMED_TYPE").putObject("value");
            value.putObject("fieldName").put("name", (String) namesAndSignatures[index]).put("delimited", false);
            value.set("typeSignature", (ObjectNode) namesAndSignatures[index + 1]);
        }
        return signature;
    }

    /**
     * The type as Trino spells it, from its signature: {@code row(arn varchar, type varchar)}.
     */
    static String display(JsonNode signature)
    {
        String raw = signature.get("rawType").asText();
        List<String> arguments = new ArrayList<>();
        for (JsonNode argument : signature.get("arguments")) {
            JsonNode value = argument.get("value");
            if (argument.get("kind").asText().equals("NAMED_TYPE")) {
                arguments.add(value.get("fieldName").get("name").asText() + " " + display(value.get("typeSignature")));
            }
            else {
                arguments.add(display(value));
            }
        }
        return arguments.isEmpty() ? raw : raw + "(" + String.join(", ", arguments) + ")";
    }

    @Override
    public void close()
    {
        server.stop(0);
    }
}
