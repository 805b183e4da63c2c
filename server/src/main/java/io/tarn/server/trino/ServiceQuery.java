package io.tarn.server.trino;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.tarn.engine.SessionUpdates;
import io.tarn.engine.service.QueryColumn;
import io.tarn.engine.service.QueryErrorCode;
import io.tarn.engine.service.QueryInfo;
import io.tarn.engine.service.QueryResultsPage;
import io.tarn.engine.service.QueryService;
import io.tarn.engine.service.QueryStatus;
import io.tarn.engine.service.StartQueryRequest;
import io.tarn.error.TarnException;
import io.tarn.server.api.LakeJson;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static io.tarn.engine.StandardErrorCode.EXCEEDED_TIME_LIMIT;
import static io.tarn.engine.StandardErrorCode.GENERIC_INTERNAL_ERROR;
import static io.tarn.engine.StandardErrorCode.USER_CANCELED;
import static java.util.Objects.requireNonNull;

/**
 * A query over event data stores, run by the query service as Lake's StartQuery runs it: recorded in the
 * history (so ListQueries and DescribeQuery show it under the same id the protocol reports), counted against
 * the lake's limit of concurrent queries, stopped by its time and scan limits, its results stored for 7 days.
 * Pages read the stored rows, which are already in the protocol's encoding. When the lake has as many
 * queries as it admits, the query waits {@code QUEUED} and asks again at each poll, for up to
 * {@link #ADMISSION_TIMEOUT}, as a Trino coordinator queues; then it fails with Lake's
 * {@code MaxConcurrentQueriesException}.
 */
final class ServiceQuery
        implements ProtocolQuery
{
    static final Duration ADMISSION_TIMEOUT = Duration.ofMinutes(5);
    private static final int PAGE_CHARACTERS = LocalQuery.PAGE_CHARACTERS;
    private static final Duration POLL_INTERVAL = Duration.ofMillis(20);

    private final QueryService service;
    private final StartQueryRequest request;
    private final long createdNanos = System.nanoTime();
    private volatile Optional<String> queryId = Optional.empty();
    private Optional<String> nextToken = Optional.empty();
    private Optional<List<QueryColumn>> columns = Optional.empty();
    private long queuedMillis;
    private TarnException refusal;
    private volatile boolean cancelled;

    ServiceQuery(QueryService service, StartQueryRequest request)
    {
        this.service = requireNonNull(service, "service is null");
        this.request = requireNonNull(request, "request is null");
        admit();
    }

    /**
     * The query's id in the query service, once admitted.
     */
    Optional<String> queryId()
    {
        return queryId;
    }

    private boolean admit()
    {
        try {
            queryId = Optional.of(service.startQuery(request));
            queuedMillis = (System.nanoTime() - createdNanos) / 1_000_000;
            return true;
        }
        catch (TarnException e) {
            if (!e.getErrorCode().equals(QueryErrorCode.MAX_CONCURRENT_QUERIES.toErrorCode())) {
                throw e;
            }
            refusal = e;
            return false;
        }
    }

    @Override
    public synchronized ResultPage nextPage(Duration maxWait)
    {
        long deadline = System.nanoTime() + maxWait.toNanos();
        if (queryId.isEmpty()) {
            return waitForAdmission(deadline);
        }
        String id = queryId.get();
        StringBuilder rows = new StringBuilder();
        boolean more;
        QueryResultsPage page;
        while (true) {
            page = service.getQueryResults(id, nextToken, OptionalInt.empty());
            if (!page.columns().isEmpty()) {
                columns = Optional.of(page.columns());
            }
            append(rows, page.rows());
            more = page.nextToken().isPresent();
            if (!more) {
                break;
            }
            nextToken = page.nextToken();
            boolean availableNow = page.rows().size() == QueryService.MAX_RESULTS_PER_PAGE;
            if (availableNow && rows.length() < PAGE_CHARACTERS) {
                continue;
            }
            if (rows.length() > 0 || System.nanoTime() >= deadline) {
                break;
            }
            service.awaitQuery(id, Duration.ofNanos(Math.min(POLL_INTERVAL.toNanos(), Math.max(1, deadline - System.nanoTime()))));
        }
        QueryInfo info = service.describeQuery(id);
        ResultPage.Progress progress = new ResultPage.Progress(queuedMillis, info.statistics().executionTimeMillis(), info.statistics().eventsScanned(),
                info.statistics().bytesScanned());
        if (more) {
            QueryState state = info.status() == QueryStatus.QUEUED ? QueryState.QUEUED : QueryState.RUNNING;
            return new ResultPage(state, columns, rows.toString(), Optional.empty(), Optional.empty(), SessionUpdates.NONE, progress);
        }
        Optional<QueryFailure> failure = failure(info);
        if (failure.isEmpty() && columns.isEmpty()) {
            // A finished query has columns; read them again rather than end without any (the JDBC driver fails
            // a query that ends without columns). Seen once under load, not reproduced.
            List<QueryColumn> stored = service.getQueryResults(id, Optional.empty(), OptionalInt.of(1)).columns();
            columns = stored.isEmpty() ? Optional.empty() : Optional.of(stored);
        }
        return new ResultPage(failure.isPresent() ? QueryState.FAILED : QueryState.FINISHED, columns, failure.isPresent() ? "" : rows.toString(), failure,
                Optional.empty(), SessionUpdates.NONE, progress);
    }

    private ResultPage waitForAdmission(long deadline)
    {
        while (!cancelled) {
            if (admit()) {
                return new ResultPage(QueryState.QUEUED, Optional.empty(), "", Optional.empty(), Optional.empty(), SessionUpdates.NONE, ResultPage.Progress.NONE);
            }
            long queuedNanos = System.nanoTime() - createdNanos;
            if (queuedNanos > ADMISSION_TIMEOUT.toNanos()) {
                return failed(QueryFailure.of(refusal));
            }
            if (System.nanoTime() >= deadline) {
                return new ResultPage(QueryState.QUEUED, Optional.empty(), "", Optional.empty(), Optional.empty(), SessionUpdates.NONE,
                        new ResultPage.Progress(queuedNanos / 1_000_000, 0, 0, 0));
            }
            try {
                Thread.sleep(50);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return failed(QueryFailure.of(new TarnException(USER_CANCELED, "Query was canceled")));
    }

    private static ResultPage failed(QueryFailure failure)
    {
        return new ResultPage(QueryState.FAILED, Optional.empty(), "", Optional.of(failure), Optional.empty(), SessionUpdates.NONE, ResultPage.Progress.NONE);
    }

    private static Optional<QueryFailure> failure(QueryInfo info)
    {
        if (info.error().isPresent()) {
            return Optional.of(new QueryFailure(info.error().get().errorCode(), info.error().get().message()));
        }
        return switch (info.status()) {
            case QUEUED, RUNNING, FINISHED -> Optional.empty();
            case CANCELLED -> Optional.of(QueryFailure.of(new TarnException(USER_CANCELED, "Query was canceled")));
            case TIMED_OUT -> Optional.of(QueryFailure.of(new TarnException(EXCEEDED_TIME_LIMIT, "Query exceeded the maximum run time")));
            case FAILED -> Optional.of(QueryFailure.of(new TarnException(GENERIC_INTERNAL_ERROR, "Query failed")));
        };
    }

    private static void append(StringBuilder rows, List<ArrayNode> page)
    {
        try {
            for (ArrayNode row : page) {
                if (rows.length() > 0) {
                    rows.append(',');
                }
                rows.append(LakeJson.MAPPER.writeValueAsString(row));
            }
        }
        catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void cancel()
    {
        cancelled = true;
        Optional<String> id = queryId;
        if (id.isPresent()) {
            try {
                service.cancelQuery(id.get());
            }
            catch (TarnException e) {
                // It has ended already
            }
        }
    }
}
