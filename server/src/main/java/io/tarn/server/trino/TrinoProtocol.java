package io.tarn.server.trino;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tarn.engine.Engine;
import io.tarn.engine.QueryExecution;
import io.tarn.engine.Session;
import io.tarn.engine.service.QueryService;
import io.tarn.engine.service.StartQueryRequest;
import io.tarn.engine.sql.Statement;
import io.tarn.engine.sql.StatementParser;
import io.tarn.error.TarnException;
import io.tarn.server.api.LakeJson;
import io.tarn.server.http.ApiRequest;
import io.tarn.server.http.ApiResponse;
import io.tarn.server.http.Router;
import io.tarn.server.http.ServerLog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.tarn.server.ServerErrorCode.INVALID_REQUEST;
import static io.tarn.server.ServerErrorCode.STATEMENT_NOT_FOUND;
import static java.util.Objects.requireNonNull;

/**
 * Trino's client REST protocol, which the Trino JDBC driver, the Trino CLI and the tools built on them
 * speak:
 *
 * <pre>
 * POST   /v1/statement                                  the SQL as the body; answers QueryResults
 * GET    /v1/statement/executing/{query}/{slug}/{token} the next page (the nextUri of the last answer)
 * DELETE /v1/statement/executing/{query}/{slug}/{token} cancels the statement (204)
 * GET    /v1/info                                       the server's version and uptime
 * </pre>
 *
 * <p>Which statements the query service runs: a query (or an {@code EXECUTE} of a prepared query) that names
 * an event data store goes through the {@link QueryService} like Lake's StartQuery, so it is in the history
 * under the id the client sees (ListQueries, DescribeQuery, GetQueryResults show it), counts against the
 * lake's concurrent-query limit and stops at its time and scan limits; an {@code EXECUTE} is recorded as the
 * prepared text with its parameter values. Everything else runs in the engine directly and is not recorded:
 * the JDBC driver's {@code DatabaseMetaData} queries over {@code system.jdbc} and {@code information_schema},
 * {@code SHOW}, {@code DESCRIBE}, {@code EXPLAIN}, {@code USE}, session and prepared-statement statements, and
 * queries without a store such as {@code SELECT version()}, which drivers and tools send on every connection
 * and would otherwise drown the user's own queries in the history.
 *
 * <p>Statements a client stops polling are cancelled after {@link #ABANDONED_AFTER_NANOS}; finished ones are
 * forgotten a minute after their last page.
 */
public final class TrinoProtocol
        implements AutoCloseable
{
    static final String STATEMENT = "/v1/statement";
    static final String EXECUTING = STATEMENT + "/executing";
    static final long ABANDONED_AFTER_NANOS = TimeUnit.MINUTES.toNanos(5);
    private static final long FORGET_DONE_AFTER_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final Engine engine;
    private final QueryService service;
    private final ServerLog log;
    private final long startNanos = System.nanoTime();
    private final ConcurrentMap<String, TrinoQuery> queries = new ConcurrentHashMap<>();
    private final ExecutorService executor;
    private final ScheduledExecutorService reaper;

    public TrinoProtocol(Engine engine, QueryService service, ServerLog log)
    {
        this.engine = requireNonNull(engine, "engine is null");
        this.service = requireNonNull(service, "service is null");
        this.log = requireNonNull(log, "log is null");
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "tarn-trino-query-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.reaper = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "tarn-trino-reaper");
            thread.setDaemon(true);
            return thread;
        });
        reaper.scheduleWithFixedDelay(this::reap, 10, 10, TimeUnit.SECONDS);
    }

    public void register(Router router)
    {
        router.post(STATEMENT, this::start)
                .get(EXECUTING + "/{query}/{slug}/{token}", this::next)
                .delete(EXECUTING + "/{query}/{slug}/{token}", this::cancel)
                .get("/v1/info", request -> ApiResponse.ok(info()));
    }

    private ApiResponse start(ApiRequest request)
    {
        String sql = request.bodyText();
        if (sql.isBlank()) {
            throw new TarnException(INVALID_REQUEST, "SQL statement is empty");
        }
        boolean parametricDatetime = SessionHeaders.parametricDatetime(request);
        ProtocolQuery query;
        try {
            query = create(SessionHeaders.session(request), sql);
        }
        catch (TarnException e) {
            query = new FailedQuery(e);
        }
        String id = query instanceof ServiceQuery serviceQuery ? serviceQuery.queryId().orElseGet(TrinoProtocol::newId) : newId();
        TrinoQuery trinoQuery = new TrinoQuery(id, newId().replace("-", ""), query, parametricDatetime);
        queries.put(id, trinoQuery);
        ApiResponse response = trinoQuery.first(request.baseUri());
        if (trinoQuery.isDone()) {
            queries.remove(id);
        }
        return response;
    }

    private ProtocolQuery create(Session session, String sql)
    {
        Optional<StartQueryRequest> recorded = recordedQuery(session, sql);
        if (recorded.isPresent()) {
            return new ServiceQuery(service, recorded.get());
        }
        return new LocalQuery(engine.execute(session, sql), executor);
    }

    /**
     * The request to start through the query service, for a query (or the execution of a prepared query)
     * that names a store; empty for anything else, including statements that do not parse, whose error the
     * engine reports.
     */
    private Optional<StartQueryRequest> recordedQuery(Session session, String sql)
    {
        Optional<Statement> statement = parse(sql);
        if (statement.isEmpty()) {
            return Optional.empty();
        }
        if (statement.get() instanceof Statement.Query) {
            return service.storesNamed(sql).isEmpty() ? Optional.empty() : Optional.of(StartQueryRequest.of(sql).withSession(session));
        }
        if (statement.get() instanceof Statement.Execute execute) {
            String text = execute.sql().orElseGet(() -> session.preparedStatements().get(execute.name().orElseThrow()));
            if (text == null || !(parse(text).orElse(null) instanceof Statement.Query) || service.storesNamed(text).isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(StartQueryRequest.of(text).withParameters(parameterValues(session, execute.parameters())).withSession(session));
        }
        return Optional.empty();
    }

    private static Optional<Statement> parse(String sql)
    {
        String trimmed = sql.strip();
        while (trimmed.endsWith(";")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        try {
            return Optional.of(StatementParser.parse(trimmed));
        }
        catch (TarnException e) {
            return Optional.empty();
        }
    }

    /**
     * The values of {@code EXECUTE ... USING} expressions (typed literals as the JDBC driver writes them), as
     * the engine computes them for its own {@code EXECUTE}.
     */
    private List<Object> parameterValues(Session session, List<String> expressions)
    {
        if (expressions.isEmpty()) {
            return List.of();
        }
        try (QueryExecution values = engine.execute(session, "SELECT " + String.join(", ", expressions))) {
            return new ArrayList<>(values.remainingRows().get(0));
        }
    }

    private ApiResponse next(ApiRequest request)
    {
        TrinoQuery query = find(request);
        long token;
        try {
            token = Long.parseLong(request.pathParameter("token"));
        }
        catch (NumberFormatException e) {
            throw notFound(request);
        }
        return query.page(token, request.baseUri());
    }

    private ApiResponse cancel(ApiRequest request)
    {
        TrinoQuery query = queries.get(request.pathParameter("query"));
        if (query != null && query.slug().equals(request.pathParameter("slug"))) {
            queries.remove(query.id());
            query.cancel();
        }
        return ApiResponse.noContent();
    }

    private TrinoQuery find(ApiRequest request)
    {
        TrinoQuery query = queries.get(request.pathParameter("query"));
        if (query == null || !query.slug().equals(request.pathParameter("slug"))) {
            throw notFound(request);
        }
        return query;
    }

    private static TarnException notFound(ApiRequest request)
    {
        return new TarnException(STATEMENT_NOT_FOUND, "Query " + request.pathParameter("query") + " not found");
    }

    private ObjectNode info()
    {
        ObjectNode info = LakeJson.MAPPER.createObjectNode();
        info.putObject("nodeVersion").put("version", Engine.TRINO_VERSION);
        info.put("environment", "tarn");
        info.put("coordinator", true);
        info.put("starting", false);
        info.put("uptime", String.format(Locale.ROOT, "%.2fs", (System.nanoTime() - startNanos) / 1e9));
        return info;
    }

    private void reap()
    {
        try {
            for (TrinoQuery query : List.copyOf(queries.values())) {
                if (query.isDone() && query.idleNanos() > FORGET_DONE_AFTER_NANOS) {
                    queries.remove(query.id());
                }
                else if (!query.isDone() && query.idleNanos() > ABANDONED_AFTER_NANOS) {
                    queries.remove(query.id());
                    query.cancel();
                    log.info("Cancelled query " + query.id() + ": its client stopped asking for results");
                }
            }
        }
        catch (RuntimeException e) {
            log.error("Forgetting old Trino-protocol queries failed", e);
        }
    }

    private static String newId()
    {
        return UUID.randomUUID().toString();
    }

    /**
     * Cancels every statement in flight.
     */
    @Override
    public void close()
    {
        reaper.shutdownNow();
        for (TrinoQuery query : List.copyOf(queries.values())) {
            query.cancel();
        }
        queries.clear();
        executor.shutdownNow();
    }
}
