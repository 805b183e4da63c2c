package io.tarn.cli.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tarn.cli.TarnCli;
import io.tarn.cli.UserException;
import io.tarn.cli.eds.RemoteStores;
import io.tarn.cli.remote.RemoteQuery;
import io.tarn.cli.remote.RestClient;
import io.tarn.cli.output.OutputColumn;
import io.tarn.cli.output.OutputRow;
import io.tarn.cli.output.TrinoRows;
import io.tarn.cli.saved.RemoteSavedQueries;
import io.tarn.engine.function.library.Library;
import io.tarn.engine.service.SampleQuery;
import io.tarn.engine.service.SavedQueries;
import io.tarn.engine.service.SavedQuery;
import io.tarn.engine.service.StartQueryRequest;
import io.tarn.error.ErrorCode;
import io.tarn.error.ErrorLocation;
import io.tarn.error.ErrorType;
import io.tarn.error.TarnException;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.StorageErrorCode;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.tarn.cli.ClientErrorCode.SERVER_PROTOCOL_ERROR;
import static io.tarn.cli.ClientErrorCode.SERVER_UNREACHABLE;
import static io.tarn.engine.StandardErrorCode.USER_CANCELED;
import static java.util.Objects.requireNonNull;

/**
 * The shell's client of {@code tarn serve} over the Trino client protocol: a statement is
 * {@code POST /v1/statement}, its results are read by following {@code nextUri}, and {@code DELETE} on
 * {@code nextUri} cancels it. The session (SET SESSION, USE, PREPARE) is kept by the client from the
 * {@code X-Trino-Set-*} response headers and sent back on every statement, as the protocol wants.
 * Statistics: while a statement runs, {@code processedBytes} is BytesScanned and {@code processedRows}
 * EventsScanned; once it has ended they and EventsMatched, which the protocol has no field for, come from the
 * server's query history over the REST API (DescribeQuery of the id the protocol reports). Stores are listed
 * with {@code SHOW TABLES} and described with {@code DESCRIBE}; saved and sample queries are read over the
 * REST API, bound here as the local shell binds them, and run over the protocol like any statement.
 */
public final class TrinoShellClient
        implements ShellClient
{
    public static final String TOKEN_VARIABLE = "TARN_TOKEN";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Pattern LOCATION_PREFIX = Pattern.compile("^line \\d+:\\d+: ");

    private final URI server;
    private final String user;
    private final Optional<String> token;
    private final HttpClient http;
    private final RestClient rest;
    private final Map<String, String> sessionProperties = new ConcurrentHashMap<>();
    private final Map<String, String> preparedStatements = new ConcurrentHashMap<>();
    private final Map<String, List<ColumnDescription>> descriptions = new ConcurrentHashMap<>();
    private volatile Optional<String> catalog = Optional.empty();
    private volatile Optional<String> schema = Optional.empty();

    /**
     * @param server the server's base URL, such as {@code http://localhost:8080}
     * @param token a bearer token the server requires, if any
     */
    public TrinoShellClient(URI server, String user, Optional<String> token)
    {
        requireNonNull(server, "server is null");
        String text = server.toString();
        this.server = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        this.user = requireNonNull(user, "user is null");
        this.token = requireNonNull(token, "token is null");
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();
        this.rest = new RestClient(this.server, token);
    }

    /**
     * A client of the server at the URL a user gave with {@code --server}, as the user running tarn, with the
     * token in {@value #TOKEN_VARIABLE} if it is set.
     */
    public static TrinoShellClient connect(String server, TarnCli tarn)
    {
        URI uri;
        try {
            uri = new URI(server);
        }
        catch (URISyntaxException e) {
            throw new UserException("--server must be a URL such as http://localhost:8080: " + e.getMessage());
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new UserException("--server must be an http or https URL such as http://localhost:8080, not '" + server + "'");
        }
        return new TrinoShellClient(uri, System.getProperty("user.name", "tarn"), tarn.environmentVariable(TOKEN_VARIABLE).filter(value -> !value.isBlank()));
    }

    @Override
    public String location()
    {
        return server.toString();
    }

    @Override
    public void awaitReady() {}

    @Override
    public List<StoreSummary> stores()
    {
        List<StoreSummary> stores = new ArrayList<>();
        for (List<String> row : textRows("SHOW TABLES")) {
            stores.add(StoreSummary.named(row.get(0)));
        }
        return stores;
    }

    @Override
    public List<ColumnDescription> describe(String store)
    {
        return descriptions.computeIfAbsent(store.toLowerCase(Locale.ROOT), key -> {
            List<ColumnDescription> columns = new ArrayList<>();
            for (List<String> row : textRows("DESCRIBE \"" + store.replace("\"", "\"\"") + "\"")) {
                addColumn(columns, row.get(0), row.get(1));
            }
            return List.copyOf(columns);
        });
    }

    private static void addColumn(List<ColumnDescription> columns, String path, String type)
    {
        columns.add(new ColumnDescription(path, type));
        for (Map.Entry<String, String> field : rowFields(type).entrySet()) {
            addColumn(columns, path + "." + field.getKey(), field.getValue());
        }
    }

    /**
     * The fields of a row type as Trino spells it, {@code row(arn varchar, "type" varchar)}, by name; none for
     * other types.
     */
    static Map<String, String> rowFields(String type)
    {
        Map<String, String> fields = new LinkedHashMap<>();
        if (!type.startsWith("row(") || !type.endsWith(")")) {
            return fields;
        }
        String body = type.substring("row(".length(), type.length() - 1);
        int depth = 0;
        int start = 0;
        boolean quoted = false;
        for (int index = 0; index <= body.length(); index++) {
            char character = index < body.length() ? body.charAt(index) : ',';
            if (character == '"') {
                quoted = !quoted;
            }
            else if (!quoted && character == '(') {
                depth++;
            }
            else if (!quoted && character == ')') {
                depth--;
            }
            else if (!quoted && depth == 0 && character == ',') {
                addField(fields, body.substring(start, index).strip());
                start = index + 1;
            }
        }
        return fields;
    }

    private static void addField(Map<String, String> fields, String field)
    {
        if (field.startsWith("\"")) {
            int end = field.indexOf('"', 1);
            while (end >= 0 && end + 1 < field.length() && field.charAt(end + 1) == '"') {
                end = field.indexOf('"', end + 2);
            }
            if (end > 0) {
                fields.put(field.substring(1, end).replace("\"\"", "\""), field.substring(end + 1).strip());
            }
            return;
        }
        int space = field.indexOf(' ');
        if (space > 0) {
            fields.put(field.substring(0, space), field.substring(space + 1).strip());
        }
    }

    @Override
    public Set<String> functionNames()
    {
        // The server runs the same engine; its function names are this client's
        return new TreeSet<>(Library.create().names());
    }

    @Override
    public ShellQuery execute(String sql)
    {
        return new TrinoQuery(sql);
    }

    @Override
    public ShellQuery runSaved(String reference, Map<String, String> values)
    {
        return execute(statement(SavedQueries.bind(savedQuery(reference), values, this::findStore)));
    }

    @Override
    public ShellQuery runSample(String reference, Map<String, String> values)
    {
        return execute(statement(SavedQueries.bindSample(sampleQuery(reference), values, this::findStore)));
    }

    @Override
    public List<SavedQuery> savedQueries()
    {
        return RemoteSavedQueries.savedQueries(rest);
    }

    @Override
    public SavedQuery savedQuery(String reference)
    {
        return RemoteSavedQueries.savedQuery(rest, reference);
    }

    @Override
    public List<SampleQuery> sampleQueries()
    {
        return RemoteSavedQueries.sampleQueries(rest);
    }

    @Override
    public SampleQuery sampleQuery(String reference)
    {
        return RemoteSavedQueries.sampleQuery(rest, reference);
    }

    /**
     * A store a table parameter names, asked of the server (GetEventDataStore); empty when it has none such.
     */
    private Optional<EventDataStore> findStore(String reference)
    {
        try {
            return Optional.of(RemoteStores.store(rest.get(RemoteStores.storePath(reference))));
        }
        catch (TarnException e) {
            if (e.getErrorCode().name().equals(StorageErrorCode.EVENT_DATA_STORE_NOT_FOUND.name())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * The statement that runs a bound saved or sample query over the protocol: its text, or with parameter
     * values an {@code EXECUTE IMMEDIATE ... USING} of string literals, which the server binds as the local
     * shell binds them (as values, never spliced into the text) and records in the history like any query.
     */
    static String statement(StartQueryRequest request)
    {
        if (request.parameters().isEmpty()) {
            return request.statement();
        }
        StringBuilder statement = new StringBuilder("EXECUTE IMMEDIATE ").append(literal(request.statement())).append(" USING ");
        for (int index = 0; index < request.parameters().size(); index++) {
            statement.append(index == 0 ? "" : ", ").append(literal(String.valueOf(request.parameters().get(index))));
        }
        return statement.toString();
    }

    private static String literal(String value)
    {
        return "'" + value.replace("'", "''") + "'";
    }

    @Override
    public void close() {}

    /**
     * The rows of a statement as text, for listing stores and columns.
     */
    private List<List<String>> textRows(String sql)
    {
        List<List<String>> rows = new ArrayList<>();
        try (ShellQuery query = execute(sql)) {
            for (List<OutputRow> batch = query.nextRows(); batch != null; batch = query.nextRows()) {
                for (OutputRow row : batch) {
                    List<String> values = new ArrayList<>(row.size());
                    for (int column = 0; column < row.size(); column++) {
                        values.add(row.text(column));
                    }
                    rows.add(values);
                }
            }
        }
        return rows;
    }

    private HttpRequest.Builder request(URI uri)
    {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .header("X-Trino-User", user)
                .header("X-Trino-Source", "tarn-shell")
                .header("User-Agent", "tarn-shell");
        token.ifPresent(value -> builder.header("Authorization", "Bearer " + value));
        return builder;
    }

    private void updateSession(HttpResponse<?> response)
    {
        HttpHeaders headers = new HttpHeaders(response);
        headers.first("X-Trino-Set-Catalog").ifPresent(value -> catalog = Optional.of(value));
        headers.first("X-Trino-Set-Schema").ifPresent(value -> schema = Optional.of(value));
        for (String value : headers.all("X-Trino-Set-Session")) {
            int equals = value.indexOf('=');
            if (equals > 0) {
                sessionProperties.put(value.substring(0, equals).strip(), decode(value.substring(equals + 1).strip()));
            }
        }
        headers.all("X-Trino-Clear-Session").forEach(name -> sessionProperties.remove(name.strip()));
        for (String value : headers.all("X-Trino-Added-Prepare")) {
            int equals = value.indexOf('=');
            if (equals > 0) {
                preparedStatements.put(decode(value.substring(0, equals).strip()), decode(value.substring(equals + 1).strip()));
            }
        }
        headers.all("X-Trino-Deallocated-Prepare").forEach(name -> preparedStatements.remove(decode(name.strip())));
    }

    private static String decode(String text)
    {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String encode(Map<String, String> values)
    {
        return values.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining(","));
    }

    /**
     * The response headers, by name without regard to case, each value split at commas as HTTP allows.
     */
    private record HttpHeaders(HttpResponse<?> response)
    {
        Optional<String> first(String name)
        {
            return response.headers().firstValue(name);
        }

        List<String> all(String name)
        {
            List<String> values = new ArrayList<>();
            for (String value : response.headers().allValues(name)) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        values.add(part);
                    }
                }
            }
            return values;
        }
    }

    /**
     * One statement on the server. Rows are read on the shell's thread; {@link #cancel()} from another stops
     * the wait for the next page at once and tells the server.
     */
    private final class TrinoQuery
            implements ShellQuery
    {
        private final long started = System.nanoTime();
        private volatile JsonNode results;
        private volatile JsonNode columnsNode;
        private volatile List<OutputColumn> columns = List.of();
        private volatile boolean cancelled;
        private volatile CompletableFuture<HttpResponse<String>> pending;
        private boolean dataRead;
        private Optional<JsonNode> lakeStatistics = Optional.empty();
        private boolean lakeStatisticsAsked;

        TrinoQuery(String sql)
        {
            HttpRequest.Builder builder = request(URI.create(server + "/v1/statement"))
                    .POST(HttpRequest.BodyPublishers.ofString(sql, StandardCharsets.UTF_8))
                    .header("Content-Type", "text/plain; charset=utf-8");
            catalog.ifPresent(value -> builder.header("X-Trino-Catalog", value));
            schema.ifPresent(value -> builder.header("X-Trino-Schema", value));
            if (!sessionProperties.isEmpty()) {
                builder.header("X-Trino-Session", encode(sessionProperties));
            }
            if (!preparedStatements.isEmpty()) {
                builder.header("X-Trino-Prepared-Statement", encode(preparedStatements));
            }
            accept(send(builder.build()));
        }

        @Override
        public List<OutputColumn> columns()
        {
            return columns;
        }

        @Override
        public Optional<String> updateType()
        {
            JsonNode updateType = results.path("updateType");
            return updateType.isTextual() ? Optional.of(updateType.asText()) : Optional.empty();
        }

        @Override
        public List<OutputRow> nextRows()
        {
            while (true) {
                if (cancelled) {
                    throw new TarnException(USER_CANCELED, "Query was canceled");
                }
                JsonNode current = results;
                if (!dataRead) {
                    dataRead = true;
                    JsonNode data = current.path("data");
                    if (data.isArray() && !data.isEmpty()) {
                        return TrinoRows.rows(data, columnsNode);
                    }
                }
                JsonNode error = current.path("error");
                if (error.isObject()) {
                    throw failure(error);
                }
                JsonNode nextUri = current.path("nextUri");
                if (!nextUri.isTextual()) {
                    return null;
                }
                accept(send(request(URI.create(nextUri.asText())).GET().build()));
            }
        }

        @Override
        public QueryProgress progress()
        {
            JsonNode current = results;
            JsonNode stats = current.path("stats");
            long elapsed = stats.has("elapsedTimeMillis") ? stats.path("elapsedTimeMillis").asLong() : (System.nanoTime() - started) / 1_000_000;
            if (cancelled || !current.path("nextUri").isTextual()) {
                Optional<JsonNode> lake = lakeStatistics();
                if (lake.isPresent()) {
                    return new QueryProgress(elapsed, lake.get().path("BytesScanned").asLong(), lake.get().path("EventsScanned").asLong(),
                            lake.get().path("EventsMatched").asLong(), Map.of());
                }
            }
            return new QueryProgress(elapsed, stats.path("processedBytes").asLong(), stats.path("processedRows").asLong(), QueryProgress.UNKNOWN, Map.of());
        }

        /**
         * Once the statement has ended, Lake's statistics of it from DescribeQuery: a query over stores runs in
         * the server's query service under the id the protocol reports, so the history has its EventsMatched,
         * which the protocol cannot carry. Empty for statements the history does not keep (SHOW, DESCRIBE,
         * queries without a store) and when the REST API does not answer.
         */
        private synchronized Optional<JsonNode> lakeStatistics()
        {
            if (!lakeStatisticsAsked) {
                lakeStatisticsAsked = true;
                JsonNode id = results.path("id");
                if (id.isTextual()) {
                    try {
                        lakeStatistics = Optional.of(rest.get(RemoteQuery.queryPath(id.asText())).path("QueryStatistics")).filter(JsonNode::isObject);
                    }
                    catch (TarnException e) {
                        // Not in the history: the protocol's numbers stand
                    }
                }
            }
            return lakeStatistics;
        }

        @Override
        public void cancel()
        {
            cancelled = true;
            CompletableFuture<HttpResponse<String>> waiting = pending;
            if (waiting != null) {
                waiting.cancel(true);
            }
            JsonNode nextUri = results == null ? null : results.path("nextUri");
            if (nextUri != null && nextUri.isTextual()) {
                http.sendAsync(request(URI.create(nextUri.asText())).DELETE().build(), HttpResponse.BodyHandlers.discarding());
            }
        }

        @Override
        public void close()
        {
            JsonNode nextUri = results == null ? null : results.path("nextUri");
            if (nextUri != null && nextUri.isTextual() && !cancelled) {
                // Stopped before the end (the pager quit, an error while printing): free the server's work
                cancelled = true;
                http.sendAsync(request(URI.create(nextUri.asText())).DELETE().build(), HttpResponse.BodyHandlers.discarding());
            }
        }

        private void accept(HttpResponse<String> response)
        {
            if (response.statusCode() != 200) {
                throw httpFailure(response);
            }
            JsonNode node;
            try {
                node = MAPPER.readTree(response.body());
            }
            catch (IOException e) {
                throw new TarnException(SERVER_PROTOCOL_ERROR, "The server at " + server + " did not answer with query results: " + e.getMessage(), e);
            }
            updateSession(response);
            if (node.path("columns").isArray() && columnsNode == null) {
                columnsNode = node.path("columns");
                columns = TrinoRows.columns(columnsNode);
            }
            dataRead = false;
            results = node;
        }

        private HttpResponse<String> send(HttpRequest request)
        {
            CompletableFuture<HttpResponse<String>> future = http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            pending = future;
            try {
                return future.get();
            }
            catch (CancellationException e) {
                throw new TarnException(USER_CANCELED, "Query was canceled");
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TarnException(USER_CANCELED, "Query was canceled");
            }
            catch (ExecutionException e) {
                if (cancelled) {
                    throw new TarnException(USER_CANCELED, "Query was canceled");
                }
                Throwable cause = e.getCause();
                String reason = cause instanceof ConnectException ? "connection refused" : String.valueOf(cause.getMessage() == null ? cause : cause.getMessage());
                throw new TarnException(SERVER_UNREACHABLE, "Cannot reach the server at " + server + ": " + reason, cause);
            }
            finally {
                pending = null;
            }
        }

        private TarnException httpFailure(HttpResponse<String> response)
        {
            String body = response.body() == null ? "" : response.body().strip();
            try {
                JsonNode node = MAPPER.readTree(body);
                // The server's own errors carry Lake-style fields; show its message and code
                JsonNode message = node.path("message").isTextual() ? node.path("message") : node.path("Message");
                JsonNode code = node.path("errorName").isTextual() ? node.path("errorName") : node.path("ErrorCode");
                if (message.isTextual()) {
                    String name = code.isTextual() ? code.asText() : SERVER_PROTOCOL_ERROR.name();
                    return new TarnException(() -> new ErrorCode(name, SERVER_PROTOCOL_ERROR.toErrorCode().code(), ErrorType.EXTERNAL),
                            "The server answered " + response.statusCode() + ": " + message.asText());
                }
            }
            catch (IOException | RuntimeException e) {
                // Not JSON: show the text
            }
            String shown = body.length() > 200 ? body.substring(0, 200) + "..." : body;
            return new TarnException(SERVER_PROTOCOL_ERROR, "The server at " + server + " answered " + response.statusCode() + (shown.isEmpty() ? "" : ": " + shown));
        }
    }

    /**
     * The statement's error as the server reported it: its code, message and position.
     */
    private static TarnException failure(JsonNode error)
    {
        String name = error.path("errorName").asText("GENERIC_INTERNAL_ERROR");
        int code = Math.max(0, error.path("errorCode").asInt(0));
        ErrorType type;
        try {
            type = ErrorType.valueOf(error.path("errorType").asText("INTERNAL_ERROR"));
        }
        catch (IllegalArgumentException e) {
            type = ErrorType.INTERNAL_ERROR;
        }
        ErrorType errorType = type;
        JsonNode location = error.path("errorLocation");
        Optional<ErrorLocation> errorLocation = location.isObject()
                ? Optional.of(new ErrorLocation(Math.max(1, location.path("lineNumber").asInt(1)), Math.max(1, location.path("columnNumber").asInt(1))))
                : Optional.empty();
        String message = error.path("message").asText("The query failed");
        if (errorLocation.isPresent()) {
            // Trino's messages start with the position, which the exception adds again
            message = LOCATION_PREFIX.matcher(message).replaceFirst("");
        }
        return new TarnException(() -> new ErrorCode(name, code, errorType), errorLocation, message, null);
    }
}
