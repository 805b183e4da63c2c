package io.tarn.engine.service;

import io.tarn.engine.Engine;
import io.tarn.engine.QueryExecution;
import io.tarn.engine.Session;
import io.tarn.error.TarnException;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.EventDataStoreStatus;
import io.tarn.storage.Lake;
import io.tarn.storage.StorageErrorCode;
import io.tarn.storage.impl.CatalogDatabase;
import io.tarn.storage.vector.ColumnBatch;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.tarn.engine.StandardErrorCode.GENERIC_INTERNAL_ERROR;
import static io.tarn.engine.StandardErrorCode.INVALID_SESSION_PROPERTY;
import static io.tarn.engine.StandardErrorCode.USER_CANCELED;
import static io.tarn.engine.service.QueryErrorCode.INACTIVE_QUERY;
import static io.tarn.engine.service.QueryErrorCode.INVALID_DATE_RANGE;
import static io.tarn.engine.service.QueryErrorCode.INVALID_DELIVERY_LOCATION;
import static io.tarn.engine.service.QueryErrorCode.INVALID_MAX_RESULTS;
import static io.tarn.engine.service.QueryErrorCode.INVALID_NEXT_TOKEN;
import static io.tarn.engine.service.QueryErrorCode.INVALID_QUERY_REQUEST;
import static io.tarn.engine.service.QueryErrorCode.QUERY_NOT_FOUND;
import static io.tarn.engine.service.QueryErrorCode.QUERY_SERVICE_SHUT_DOWN;
import static io.tarn.engine.service.QueryErrorCode.RESULT_STORAGE_ERROR;
import static java.util.Objects.requireNonNull;

/**
 * Lake's query API over an {@link Engine} and a {@link Lake} (spec 4): StartQuery, DescribeQuery,
 * GetQueryResults, ListQueries and CancelQuery, with result delivery and verification. Thread-safe. See
 * the package documentation for how queries, results and keys are kept.
 */
public final class QueryService
        implements AutoCloseable
{
    public static final int MAX_STATEMENT_LENGTH = 10_000;
    public static final int MAX_QUERY_PARAMETERS = 10;
    public static final int MAX_RESULTS_PER_PAGE = 1000;
    public static final int MAX_DELIVERY_LOCATION_LENGTH = 1024;
    /**
     * How long results and the history of a query are kept after it ends, and how far back ListQueries looks.
     */
    public static final Duration RETENTION = Duration.ofDays(7);
    public static final String DATABASE_FILE = "queries.db";
    public static final String RESULTS_DIRECTORY = "query-results";
    private static final String RESULT_FILE = "rows.jsonl";
    private static final Pattern ALIAS = Pattern.compile("[a-zA-Z0-9._/\\-:]{1,256}");
    private static final Duration MONITOR_INTERVAL = Duration.ofMillis(50);

    private final Engine engine;
    private final Lake lake;
    private final QueryServiceOptions options;
    private final CatalogDatabase database;
    private final QueryHistory history;
    private final SavedQueries savedQueries;
    private final Path resultsDirectory;
    private final ConcurrentMap<String, ActiveQuery> active = new ConcurrentHashMap<>();
    private final ExecutorService executor;
    private final ScheduledExecutorService monitor;
    private volatile ResultSigningKey signingKey;
    private volatile long lastProgressNanos = System.nanoTime();
    private volatile boolean closed;

    private QueryService(Engine engine, Lake lake, QueryServiceOptions options)
    {
        this.engine = requireNonNull(engine, "engine is null");
        this.lake = requireNonNull(lake, "lake is null");
        this.options = requireNonNull(options, "options is null");
        this.database = CatalogDatabase.open(lake.metadataDirectory(), DATABASE_FILE);
        this.history = new QueryHistory(database);
        this.savedQueries = new SavedQueries(database, lake, options.clock());
        this.resultsDirectory = lake.metadataDirectory().resolve(RESULTS_DIRECTORY);
        this.executor = new ThreadPoolExecutor(options.runningQueries(), options.runningQueries(), 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                threads("tarn-query"));
        this.monitor = Executors.newSingleThreadScheduledExecutor(threads("tarn-query-monitor"));
    }

    /**
     * Opens the service: marks the queries that a dead process left queued or running {@code FAILED}, and
     * purges results past retention.
     */
    public static QueryService open(Engine engine, Lake lake, QueryServiceOptions options)
    {
        QueryService service = new QueryService(engine, lake, options);
        try {
            service.history.failAbandoned(ProcessOwner::isAlive, service.now());
            service.purgeExpired();
            service.monitor.scheduleWithFixedDelay(service::monitor, MONITOR_INTERVAL.toMillis(), MONITOR_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
            return service;
        }
        catch (RuntimeException e) {
            service.close();
            throw e;
        }
    }

    public QueryServiceOptions options()
    {
        return options;
    }

    public SavedQueries savedQueries()
    {
        return savedQueries;
    }

    /**
     * StartQuery: checks the request, records the query {@code QUEUED} and returns its id at once; the
     * statement is planned and run on the service's threads. Refused with
     * {@code MaxConcurrentQueriesException} when the lake already has the maximum of queued and running
     * queries.
     */
    public String startQuery(StartQueryRequest request)
    {
        checkOpen();
        validate(request);
        String queryId = UUID.randomUUID().toString();
        Instant now = now();
        List<String> storeIds = StoreReferences.find(request.statement(), lake.catalog().list());
        QueryInfo info = new QueryInfo(
                queryId,
                request.statement(),
                QueryStatus.QUEUED,
                request.alias(),
                request.parameters().stream().map(String::valueOf).toList(),
                Optional.empty(),
                request.deliveryLocation(),
                request.deliveryLocation().map(ignored -> DeliveryStatus.PENDING),
                Optional.empty(),
                new QueryInfo.Statistics(0, 0, 0, 0, now),
                storeIds,
                Optional.empty());
        ActiveQuery query = new ActiveQuery(info, request, timeout(request.session()), maxBytesScanned(request));
        history.insertIfAdmitted(new QueryRecord(info, Optional.empty(), ResultProgress.EMPTY, ProcessOwner.CURRENT), options.maxConcurrentQueries(), ProcessOwner::isAlive, now);
        active.put(queryId, query);
        query.setFuture(executor.submit(() -> run(query)));
        return queryId;
    }

    private void validate(StartQueryRequest request)
    {
        String statement = request.statement();
        if (statement.isBlank()) {
            throw new TarnException(INVALID_QUERY_REQUEST, "The query statement is empty");
        }
        if (statement.length() > MAX_STATEMENT_LENGTH) {
            throw new TarnException(INVALID_QUERY_REQUEST, "The query statement has " + statement.length() + " characters; the maximum is " + MAX_STATEMENT_LENGTH);
        }
        if (request.parameters().size() > MAX_QUERY_PARAMETERS) {
            throw new TarnException(INVALID_QUERY_REQUEST, "The query has " + request.parameters().size() + " parameters; the maximum is " + MAX_QUERY_PARAMETERS);
        }
        request.alias().ifPresent(alias -> {
            if (!ALIAS.matcher(alias).matches()) {
                throw new TarnException(INVALID_QUERY_REQUEST, "Invalid query alias '" + alias + "': 1 to 256 letters, digits or '.', '_', '/', '-', ':'");
            }
        });
        request.deliveryLocation().ifPresent(location -> {
            if (location.isBlank() || location.length() > MAX_DELIVERY_LOCATION_LENGTH) {
                throw new TarnException(INVALID_DELIVERY_LOCATION, "Invalid delivery location '" + location + "': give a directory or a URI of at most "
                        + MAX_DELIVERY_LOCATION_LENGTH + " characters");
            }
            try {
                lake.files().resolve(location, "AWSLogs");
            }
            catch (IllegalArgumentException e) {
                throw new TarnException(INVALID_DELIVERY_LOCATION, "Invalid delivery location '" + location + "': " + e.getMessage());
            }
        });
        request.maxBytesScanned().ifPresent(limit -> {
            if (limit < 1) {
                throw new TarnException(INVALID_QUERY_REQUEST, "The scan limit must be positive, not " + limit);
            }
        });
    }

    private Duration timeout(Session session)
    {
        Duration timeout = options.queryTimeout();
        String property = session.properties().get("query_max_run_time");
        if (property != null) {
            Duration value = parseProperty(() -> Durations.parse(property), "query_max_run_time", property);
            if (value.compareTo(timeout) < 0) {
                timeout = value;
            }
        }
        return timeout;
    }

    private OptionalLong maxBytesScanned(StartQueryRequest request)
    {
        List<Long> limits = new ArrayList<>();
        options.maxBytesScanned().ifPresent(limits::add);
        request.maxBytesScanned().ifPresent(limits::add);
        String property = request.session().properties().get("query_max_scan_bytes");
        if (property != null) {
            long value = parseProperty(() -> DataSizes.parse(property), "query_max_scan_bytes", property);
            if (value > 0) {
                limits.add(value);
            }
        }
        return limits.stream().mapToLong(Long::longValue).min();
    }

    private static <T> T parseProperty(Supplier<T> parser, String name, String value)
    {
        try {
            return parser.get();
        }
        catch (IllegalArgumentException e) {
            throw new TarnException(INVALID_SESSION_PROPERTY, "Invalid value '" + value + "' of session property " + name + ": " + e.getMessage());
        }
    }

    private void run(ActiveQuery query)
    {
        try {
            if (!query.start()) {
                return;
            }
            history.update(query.record());
            execute(query);
            history.update(query.record());
            if (query.status() == QueryStatus.FINISHED && query.request().deliveryLocation().isPresent()) {
                deliver(query);
                history.update(query.record());
            }
        }
        catch (RuntimeException | Error e) {
            query.finish(Optional.of(new TarnException(GENERIC_INTERNAL_ERROR, "Query failed: " + e, e)), now());
            history.update(query.record());
        }
        finally {
            active.remove(query.queryId());
            query.done().complete(query.record().info());
        }
    }

    private void execute(ActiveQuery query)
    {
        StartQueryRequest request = query.request();
        Optional<TarnException> failure = Optional.empty();
        try (QueryExecution execution = engine.execute(request.session(), request.statement(), request.parameters())) {
            query.attach(execution);
            List<QueryColumn> columns = execution.columns().stream()
                    .map(column -> new QueryColumn(column.name(), column.typeName()))
                    .toList();
            try (ResultWriter writer = new ResultWriter(resultFile(query.queryId()), execution.columns(), options.maxResultBytes())) {
                query.attach(writer, columns);
                history.update(query.record());
                for (ColumnBatch batch = execution.nextBatch(); batch != null; batch = execution.nextBatch()) {
                    writer.write(batch);
                    query.checkLimits();
                }
            }
        }
        catch (TarnException e) {
            failure = Optional.of(e);
        }
        query.finish(failure, now());
    }

    private void deliver(ActiveQuery query)
    {
        QueryRecord record = query.record();
        Instant completeTime = record.info().endTime().orElseGet(this::now);
        String directory = ResultDelivery.directory(lake.files(), record.info().deliveryLocation().orElseThrow(), lake.accountId(), query.queryId(), completeTime);
        List<ResultDelivery.DeliveredFile> delivered;
        try {
            delivered = ResultDelivery.writeResultFiles(lake.files(), directory, record.columns().orElse(List.of()), resultFile(query.queryId()), record.results(),
                    options.maxDeliveryFileBytes());
        }
        catch (IOException | RuntimeException e) {
            query.delivered(e instanceof AccessDeniedException ? DeliveryStatus.ACCESS_DENIED : DeliveryStatus.FAILED, Optional.of(directory));
            return;
        }
        try {
            ResultDelivery.writeSignFile(lake.files(), directory, delivered, signingKey(), lake.region(), completeTime);
            query.delivered(DeliveryStatus.SUCCESS, Optional.of(directory));
        }
        catch (IOException | RuntimeException e) {
            query.delivered(e instanceof AccessDeniedException ? DeliveryStatus.ACCESS_DENIED_SIGNING_FILE : DeliveryStatus.FAILED_SIGNING_FILE, Optional.of(directory));
        }
    }

    /**
     * Checks the limits of running queries often, and writes their progress to the history now and then.
     */
    private void monitor()
    {
        try {
            active.values().forEach(ActiveQuery::checkLimits);
            long nanos = System.nanoTime();
            if (nanos - lastProgressNanos < options.progressInterval().toNanos()) {
                return;
            }
            lastProgressNanos = nanos;
            for (ActiveQuery query : active.values()) {
                if (query.status() != QueryStatus.RUNNING) {
                    continue;
                }
                history.update(query.record());
                // Another process may have cancelled the query through the history
                if (history.find(query.queryId()).filter(stored -> stored.info().status() == QueryStatus.CANCELLED).isPresent()) {
                    try {
                        cancelActive(query);
                    }
                    catch (TarnException e) {
                        // It ended meanwhile
                    }
                }
            }
        }
        catch (RuntimeException e) {
            // The next round tries again; a failing history shows in the queries' own updates
        }
    }

    /**
     * DescribeQuery by id.
     */
    public QueryInfo describeQuery(String queryId)
    {
        return record(queryId).info();
    }

    /**
     * DescribeQuery by alias: the latest query started with it.
     */
    public QueryInfo describeQueryByAlias(String alias)
    {
        QueryRecord stored = history.findLatestByAlias(alias)
                .orElseThrow(() -> new TarnException(QUERY_NOT_FOUND, "No query with alias '" + alias + "'"));
        return current(stored).info();
    }

    private QueryRecord record(String queryId)
    {
        ActiveQuery query = active.get(queryId);
        if (query != null) {
            return query.record();
        }
        return history.find(queryId).orElseThrow(() -> notFound(queryId));
    }

    private QueryRecord current(QueryRecord stored)
    {
        ActiveQuery query = active.get(stored.info().queryId());
        return query == null ? stored : query.record();
    }

    /**
     * GetQueryResults: a page of at most {@code maxResults} rows (default and maximum
     * {@value #MAX_RESULTS_PER_PAGE}, as Lake's {@code MaxQueryResults}) from the token's position. Rows are
     * readable as soon as they are stored, while the query runs.
     */
    public QueryResultsPage getQueryResults(String queryId, Optional<String> nextToken, OptionalInt maxResults)
    {
        int limit = maxResults.orElse(MAX_RESULTS_PER_PAGE);
        if (limit < 1 || limit > MAX_RESULTS_PER_PAGE) {
            throw new TarnException(INVALID_MAX_RESULTS, "MaxQueryResults must be between 1 and " + MAX_RESULTS_PER_PAGE + ", not " + limit);
        }
        QueryRecord record = record(queryId);
        ResultProgress published = record.results();
        ResultProgress start = nextToken.map(token -> PageTokens.parseResultToken(queryId, token)).orElse(ResultProgress.EMPTY);
        if (start.bytes() > published.bytes() || start.rows() > published.rows()) {
            throw new TarnException(INVALID_NEXT_TOKEN, "Invalid NextToken '" + nextToken.orElseThrow() + "'");
        }
        ResultReader.Page page = start.bytes() < published.bytes()
                ? ResultReader.read(resultFile(queryId), start, limit, published)
                : new ResultReader.Page(List.of(), start);
        boolean more = page.end().bytes() < published.bytes() || !record.info().status().isDone();
        QueryInfo info = record.info();
        return new QueryResultsPage(queryId, info.status(), record.columns().orElse(List.of()), page.rows(), published.rows(), info.statistics().bytesScanned(),
                more ? Optional.of(PageTokens.resultToken(queryId, page.end())) : Optional.empty(), info.error());
    }

    /**
     * ListQueries: the queries of the last {@link #RETENTION} that read the store, newest first.
     */
    public QueryList listQueries(ListQueriesRequest request)
    {
        EventDataStore store = lake.catalog().get(request.eventDataStore());
        if (store.status() == EventDataStoreStatus.PENDING_DELETION) {
            throw new TarnException(StorageErrorCode.INACTIVE_EVENT_DATA_STORE, "Event data store '" + store.name() + "' is pending deletion; its queries cannot be listed");
        }
        int limit = request.maxResults().orElse(MAX_RESULTS_PER_PAGE);
        if (limit < 1 || limit > MAX_RESULTS_PER_PAGE) {
            throw new TarnException(INVALID_MAX_RESULTS, "MaxResults must be between 1 and " + MAX_RESULTS_PER_PAGE + ", not " + limit);
        }
        if (request.startTime().isPresent() && request.endTime().isPresent() && request.startTime().get().isAfter(request.endTime().get())) {
            throw new TarnException(INVALID_DATE_RANGE, "The start time " + request.startTime().get() + " is after the end time " + request.endTime().get());
        }
        Instant now = now();
        Instant windowStart = now.minus(RETENTION);
        Instant from = request.startTime().filter(start -> start.isAfter(windowStart)).orElse(windowStart);
        Instant to = request.endTime().filter(end -> end.isBefore(now)).orElse(now);
        Optional<PageTokens.ListPosition> after = request.nextToken().map(token -> PageTokens.parseListToken(store.id(), token));
        List<QueryRecord> records = history.list(store.id(), request.status(), from, to, after, limit + 1);
        List<QuerySummary> summaries = records.stream()
                .limit(limit)
                .map(record -> new QuerySummary(record.info().queryId(), current(record).info().status(), record.info().statistics().creationTime()))
                .toList();
        Optional<String> nextToken = Optional.empty();
        if (records.size() > limit) {
            QuerySummary last = summaries.get(summaries.size() - 1);
            nextToken = Optional.of(PageTokens.listToken(store.id(), new PageTokens.ListPosition(last.creationTime(), last.queryId())));
        }
        return new QueryList(summaries, nextToken);
    }

    /**
     * CancelQuery: ends a queued or running query at once with {@code CANCELLED}; a running query's scan
     * stops at its next batch, and what it scanned until then stays recorded. A query running in another
     * process is marked cancelled in the history, which that process reads within
     * {@link QueryServiceOptions#progressInterval()} and stops it. Refused with
     * {@code InactiveQueryException} for a query that has ended.
     */
    public QueryInfo cancelQuery(String queryId)
    {
        ActiveQuery query = active.get(queryId);
        if (query != null) {
            cancelActive(query);
            return query.record().info();
        }
        QueryRecord stored = history.find(queryId).orElseThrow(() -> notFound(queryId));
        if (stored.info().status().isDone()) {
            throw new TarnException(INACTIVE_QUERY, "Query '" + queryId + "' is " + stored.info().status() + " and cannot be cancelled");
        }
        history.cancel(queryId, now());
        return history.find(queryId).orElseThrow(() -> notFound(queryId)).info();
    }

    private void cancelActive(ActiveQuery query)
    {
        boolean queued = query.cancel(QueryStatus.CANCELLED, Optional.empty(), new TarnException(USER_CANCELED, "Query was canceled"), now());
        history.update(query.record());
        if (queued) {
            active.remove(query.queryId());
            query.done().complete(query.record().info());
        }
    }

    /**
     * Waits until the query has ended and its delivery, if any, is done; returns it as it is then, ended or not.
     */
    public QueryInfo awaitQuery(String queryId, Duration timeout)
    {
        long deadline = System.nanoTime() + timeout.toNanos();
        ActiveQuery query = active.get(queryId);
        if (query != null) {
            try {
                return query.done().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            }
            catch (TimeoutException e) {
                return describeQuery(queryId);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return describeQuery(queryId);
            }
            catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        while (true) {
            QueryInfo info = describeQuery(queryId);
            boolean delivering = info.deliveryStatus().filter(status -> status == DeliveryStatus.PENDING).isPresent();
            if ((info.status().isDone() && !delivering) || System.nanoTime() > deadline) {
                return info;
            }
            try {
                Thread.sleep(100);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return info;
            }
        }
    }

    /**
     * Deletes the history and stored results of queries that ended more than {@link #RETENTION} ago, and
     * result directories that no query owns; returns how many queries were purged.
     */
    public int purgeExpired()
    {
        List<String> expired = history.expired(now().minus(RETENTION));
        for (String queryId : expired) {
            deleteResults(queryId);
        }
        history.delete(expired);
        if (Files.isDirectory(resultsDirectory)) {
            try (Stream<Path> directories = Files.list(resultsDirectory)) {
                for (Path directory : directories.sorted(Comparator.naturalOrder()).toList()) {
                    String queryId = directory.getFileName().toString();
                    if (!active.containsKey(queryId) && !history.exists(queryId)) {
                        deleteResults(queryId);
                    }
                }
            }
            catch (IOException e) {
                throw new TarnException(RESULT_STORAGE_ERROR, "Cannot list " + resultsDirectory + ": " + e.getMessage(), e);
            }
        }
        return expired.size();
    }

    private void deleteResults(String queryId)
    {
        Path directory = resultsDirectory.resolve(queryId);
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
        catch (IOException e) {
            throw new TarnException(RESULT_STORAGE_ERROR, "Cannot delete the results in " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * The lake's result signing key, made on first use.
     */
    public ResultSigningKey signingKey()
    {
        ResultSigningKey key = signingKey;
        if (key == null) {
            synchronized (this) {
                if (signingKey == null) {
                    signingKey = ResultSigningKey.loadOrCreate(lake.metadataDirectory());
                }
                key = signingKey;
            }
        }
        return key;
    }

    /**
     * Checks a delivered result set with the lake's public key.
     */
    public VerificationReport verifyResults(String location)
    {
        return verifyResults(location, signingKey().publicKey());
    }

    public VerificationReport verifyResults(String location, PublicKey publicKey)
    {
        return ResultVerifier.verify(lake.files(), location, publicKey);
    }

    private Path resultFile(String queryId)
    {
        return resultsDirectory.resolve(queryId).resolve(RESULT_FILE);
    }

    private Instant now()
    {
        return options.clock().instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private void checkOpen()
    {
        if (closed) {
            throw new TarnException(QUERY_SERVICE_SHUT_DOWN, "The query service is shut down");
        }
    }

    private static TarnException notFound(String queryId)
    {
        return new TarnException(QUERY_NOT_FOUND, "Query '" + queryId + "' not found");
    }

    private static ThreadFactory threads(String name)
    {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Stops every query of this service ({@code FAILED}: the service shut down) and closes the history.
     */
    @Override
    public void close()
    {
        closed = true;
        monitor.shutdownNow();
        for (ActiveQuery query : List.copyOf(active.values())) {
            try {
                TarnException reason = new TarnException(QUERY_SERVICE_SHUT_DOWN, "The query service shut down before the query finished");
                boolean queued = query.cancel(QueryStatus.FAILED, Optional.of(QueryError.of(reason)), reason, now());
                history.update(query.record());
                if (queued) {
                    active.remove(query.queryId());
                    query.done().complete(query.record().info());
                }
            }
            catch (TarnException e) {
                // It ended meanwhile
            }
        }
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        database.close();
    }
}
