package io.tarn.engine;

import com.google.common.collect.ImmutableList;
import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.QueryStatistics;
import io.tarn.engine.exec.Values;
import io.tarn.engine.exec.operator.Operator;
import io.tarn.error.TarnException;
import io.tarn.storage.vector.ColumnBatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.tarn.engine.StandardErrorCode.GENERIC_INTERNAL_ERROR;
import static java.util.Objects.requireNonNull;

/**
 * A running statement: its result columns, its rows pulled a batch at a time on the caller's thread, its
 * statistics (readable from any thread while it runs), and cancellation (from any thread).
 */
public final class QueryExecution
        implements AutoCloseable
{
    private final List<ResultColumn> columns;
    private final Operator root;
    private final ExecutionContext context;
    private final QueryStatistics statistics;
    private final Optional<String> updateType;
    private final SessionUpdates sessionUpdates;
    private final long startNanos = System.nanoTime();
    private volatile long elapsedNanos = -1;
    private boolean finished;

    QueryExecution(List<ResultColumn> columns, Operator root, ExecutionContext context, QueryStatistics statistics, Optional<String> updateType, SessionUpdates sessionUpdates)
    {
        this.columns = ImmutableList.copyOf(columns);
        this.root = requireNonNull(root, "root is null");
        this.context = requireNonNull(context, "context is null");
        this.statistics = requireNonNull(statistics, "statistics is null");
        this.updateType = requireNonNull(updateType, "updateType is null");
        this.sessionUpdates = requireNonNull(sessionUpdates, "sessionUpdates is null");
    }

    public List<ResultColumn> columns()
    {
        return columns;
    }

    /**
     * The next batch of result rows, or null when all are read. Errors of the statement surface here.
     */
    public ColumnBatch nextBatch()
    {
        if (finished) {
            return null;
        }
        try {
            context.checkCancelled();
            ColumnBatch batch = root.next();
            if (batch == null) {
                finish();
            }
            return batch;
        }
        catch (TarnException e) {
            finish();
            throw e;
        }
        catch (RuntimeException | StackOverflowError e) {
            finish();
            throw new TarnException(GENERIC_INTERNAL_ERROR, "Query failed: " + e, e);
        }
    }

    /**
     * All remaining rows as Java values (see {@link Values}); for small results and tests.
     */
    public List<List<Object>> remainingRows()
    {
        List<List<Object>> rows = new ArrayList<>();
        for (ColumnBatch batch = nextBatch(); batch != null; batch = nextBatch()) {
            for (int row = 0; row < batch.size(); row++) {
                int position = batch.position(row);
                List<Object> values = new ArrayList<>(columns.size());
                for (int column = 0; column < columns.size(); column++) {
                    values.add(Values.read(batch.column(column), position, columns.get(column).type()));
                }
                rows.add(values);
            }
        }
        return rows;
    }

    public QueryStatistics.Snapshot statistics()
    {
        return statistics.snapshot();
    }

    /**
     * Milliseconds since the statement started, frozen when it finishes.
     */
    public long elapsedMillis()
    {
        long elapsed = elapsedNanos >= 0 ? elapsedNanos : System.nanoTime() - startNanos;
        return elapsed / 1_000_000;
    }

    /**
     * Stops the statement at its next batch boundary; the thread reading rows gets USER_CANCELED.
     */
    public void cancel()
    {
        context.cancel();
    }

    /**
     * Stops the statement with another reason (a time or scan limit).
     */
    public void cancel(TarnException reason)
    {
        context.cancel(reason);
    }

    public boolean isFinished()
    {
        return finished;
    }

    /**
     * For statements that are not queries (USE, SET SESSION, PREPARE, ...), the kind of update.
     */
    public Optional<String> updateType()
    {
        return updateType;
    }

    public SessionUpdates sessionUpdates()
    {
        return sessionUpdates;
    }

    public ExecutionContext context()
    {
        return context;
    }

    private void finish()
    {
        if (!finished) {
            finished = true;
            elapsedNanos = System.nanoTime() - startNanos;
            root.close();
        }
    }

    @Override
    public void close()
    {
        finish();
    }
}
