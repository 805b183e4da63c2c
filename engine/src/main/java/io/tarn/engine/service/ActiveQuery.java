package io.tarn.engine.service;

import io.tarn.engine.QueryExecution;
import io.tarn.engine.exec.QueryStatistics;
import io.tarn.error.ErrorCode;
import io.tarn.error.TarnException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import static io.tarn.engine.StandardErrorCode.EXCEEDED_SCAN_LIMIT;
import static io.tarn.engine.StandardErrorCode.EXCEEDED_TIME_LIMIT;
import static io.tarn.engine.StandardErrorCode.USER_CANCELED;
import static io.tarn.engine.service.QueryErrorCode.INACTIVE_QUERY;
import static java.util.Objects.requireNonNull;

/**
 * A query this process has queued or is running: its changing state, guarded by the object's lock. The
 * worker thread moves it from {@code QUEUED} to {@code RUNNING} and to its end; other threads read its live
 * statistics, cancel it, or stop it at a limit.
 */
final class ActiveQuery
{
    private final QueryInfo initial;
    private final StartQueryRequest request;
    private final Duration timeout;
    private final OptionalLong maxBytesScanned;
    private final CompletableFuture<QueryInfo> done = new CompletableFuture<>();

    private QueryStatus status = QueryStatus.QUEUED;
    private Optional<QueryError> error = Optional.empty();
    private Optional<DeliveryStatus> deliveryStatus;
    private Optional<String> deliveryDirectory = Optional.empty();
    private Optional<Instant> endTime = Optional.empty();
    private Optional<List<QueryColumn>> columns = Optional.empty();
    private QueryExecution execution;
    private ResultWriter writer;
    private long startNanos;
    private long endNanos;
    private TarnException stopReason;
    private QueryStatistics.Snapshot finalStatistics;
    private Future<?> future;

    ActiveQuery(QueryInfo initial, StartQueryRequest request, Duration timeout, OptionalLong maxBytesScanned)
    {
        this.initial = requireNonNull(initial, "initial is null");
        this.request = requireNonNull(request, "request is null");
        this.timeout = requireNonNull(timeout, "timeout is null");
        this.maxBytesScanned = requireNonNull(maxBytesScanned, "maxBytesScanned is null");
        this.deliveryStatus = initial.deliveryStatus();
    }

    String queryId()
    {
        return initial.queryId();
    }

    StartQueryRequest request()
    {
        return request;
    }

    CompletableFuture<QueryInfo> done()
    {
        return done;
    }

    synchronized void setFuture(Future<?> value)
    {
        this.future = value;
    }

    /**
     * Moves a queued query to {@code RUNNING}; false when it was cancelled while it waited.
     */
    synchronized boolean start()
    {
        if (status != QueryStatus.QUEUED) {
            return false;
        }
        status = QueryStatus.RUNNING;
        startNanos = System.nanoTime();
        return true;
    }

    synchronized void attach(QueryExecution value)
    {
        this.execution = value;
        if (stopReason != null) {
            value.cancel(stopReason);
        }
    }

    synchronized void attach(ResultWriter value, List<QueryColumn> resultColumns)
    {
        this.writer = value;
        this.columns = Optional.of(resultColumns);
    }

    synchronized QueryStatus status()
    {
        return status;
    }

    /**
     * Ends the query at once with the status (CANCELLED by a user, FAILED when the service shuts down) and
     * stops its execution; refused with {@code InactiveQueryException} when it has already ended.
     *
     * @return whether it was still queued (then no worker will end it, the caller must)
     */
    synchronized boolean cancel(QueryStatus newStatus, Optional<QueryError> newError, TarnException reason, Instant now)
    {
        if (status.isDone()) {
            throw new TarnException(INACTIVE_QUERY, "Query '" + queryId() + "' is " + status + " and cannot be cancelled");
        }
        boolean queued = status == QueryStatus.QUEUED;
        status = newStatus;
        error = newError;
        endTime = Optional.of(now);
        deliveryStatus = deliveryStatus.map(ignored -> newStatus == QueryStatus.CANCELLED ? DeliveryStatus.CANCELLED : DeliveryStatus.FAILED);
        stop(reason);
        if (queued && future != null) {
            future.cancel(false);
        }
        if (queued) {
            endNanos = startNanos;
        }
        return queued;
    }

    /**
     * Stops the execution with the reason (a limit, a cancellation); the worker ends the query.
     */
    synchronized void stop(TarnException reason)
    {
        if (stopReason == null) {
            stopReason = reason;
        }
        if (execution != null) {
            execution.cancel(reason);
        }
    }

    /**
     * Stops the query when it has run longer than its timeout or scanned more than its limit.
     */
    synchronized void checkLimits()
    {
        if (status != QueryStatus.RUNNING || stopReason != null) {
            return;
        }
        if (System.nanoTime() - startNanos > timeout.toNanos()) {
            stop(new TarnException(EXCEEDED_TIME_LIMIT, "Query exceeded the maximum run time of " + Durations.format(timeout)));
            return;
        }
        if (maxBytesScanned.isPresent() && execution != null) {
            long scanned = execution.statistics().bytesScanned();
            if (scanned > maxBytesScanned.getAsLong()) {
                stop(new TarnException(EXCEEDED_SCAN_LIMIT, "Query exceeded the scan limit of " + DataSizes.format(maxBytesScanned.getAsLong())
                        + " (" + maxBytesScanned.getAsLong() + " bytes): " + scanned + " bytes scanned"));
            }
        }
    }

    /**
     * Records the end of the execution: FINISHED without a failure, else CANCELLED, TIMED_OUT or FAILED by the
     * failure's code. A query already ended by a cancellation keeps its status.
     */
    synchronized void finish(Optional<TarnException> failure, Instant now)
    {
        endNanos = System.nanoTime();
        if (execution != null) {
            finalStatistics = execution.statistics();
        }
        if (status.isDone()) {
            return;
        }
        endTime = Optional.of(now);
        if (failure.isEmpty()) {
            status = QueryStatus.FINISHED;
            return;
        }
        ErrorCode code = failure.get().getErrorCode();
        if (code.equals(USER_CANCELED.toErrorCode())) {
            status = QueryStatus.CANCELLED;
            deliveryStatus = deliveryStatus.map(ignored -> DeliveryStatus.CANCELLED);
            return;
        }
        status = code.equals(EXCEEDED_TIME_LIMIT.toErrorCode()) ? QueryStatus.TIMED_OUT : QueryStatus.FAILED;
        error = Optional.of(QueryError.of(failure.get()));
        deliveryStatus = deliveryStatus.map(ignored -> DeliveryStatus.FAILED);
    }

    synchronized void delivered(DeliveryStatus value, Optional<String> directory)
    {
        deliveryStatus = Optional.of(value);
        deliveryDirectory = directory;
    }

    synchronized ResultProgress results()
    {
        return writer == null ? ResultProgress.EMPTY : writer.progress();
    }

    synchronized QueryRecord record()
    {
        QueryStatistics.Snapshot statistics = finalStatistics != null ? finalStatistics : execution != null ? execution.statistics() : null;
        long executionMillis = 0;
        if (status != QueryStatus.QUEUED && startNanos != 0) {
            executionMillis = ((endNanos != 0 ? endNanos : System.nanoTime()) - startNanos) / 1_000_000;
        }
        QueryInfo.Statistics infoStatistics = new QueryInfo.Statistics(
                statistics == null ? 0 : statistics.eventsMatched(),
                statistics == null ? 0 : statistics.eventsScanned(),
                statistics == null ? 0 : statistics.bytesScanned(),
                executionMillis,
                initial.statistics().creationTime());
        QueryInfo info = new QueryInfo(initial.queryId(), initial.queryString(), status, initial.alias(), initial.parameters(), error, initial.deliveryLocation(),
                deliveryStatus, deliveryDirectory, infoStatistics, initial.eventDataStoreIds(), endTime);
        return new QueryRecord(info, columns, results(), ProcessOwner.CURRENT);
    }
}
