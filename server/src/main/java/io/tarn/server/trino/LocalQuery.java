package io.tarn.server.trino;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.tarn.engine.QueryExecution;
import io.tarn.engine.ResultColumn;
import io.tarn.engine.exec.QueryStatistics;
import io.tarn.engine.exec.Values;
import io.tarn.engine.service.QueryColumn;
import io.tarn.engine.service.TypedValueEncoder;
import io.tarn.error.TarnException;
import io.tarn.server.api.LakeJson;
import io.tarn.storage.vector.ColumnBatch;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

import static io.tarn.engine.StandardErrorCode.GENERIC_INTERNAL_ERROR;
import static io.tarn.engine.StandardErrorCode.USER_CANCELED;
import static java.util.Objects.requireNonNull;

/**
 * A statement the engine runs in this process without the query service: the JDBC driver's metadata
 * queries, SHOW, DESCRIBE, EXPLAIN, USE, SET SESSION, PREPARE, and queries that name no event data store. A
 * worker pulls the execution's batches and encodes them as protocol rows into a buffer, up to
 * {@link #MAX_BUFFERED_CHARACTERS} ahead of the client; pages take what is buffered.
 */
final class LocalQuery
        implements ProtocolQuery
{
    static final int MAX_BUFFERED_CHARACTERS = 4 << 20;
    static final int PAGE_CHARACTERS = 1 << 20;
    private static final QueryColumn UPDATE_RESULT = new QueryColumn("result", "boolean");

    private final QueryExecution execution;
    private final List<QueryColumn> columns;
    private final long createdNanos = System.nanoTime();

    // Guarded by this
    private final Deque<String> chunks = new ArrayDeque<>();
    private long bufferedCharacters;
    private boolean done;
    private Optional<QueryFailure> failure = Optional.empty();
    private boolean cancelled;

    LocalQuery(QueryExecution execution, Executor executor)
    {
        this.execution = requireNonNull(execution, "execution is null");
        // Trino answers statements that are not queries (USE, SET SESSION, PREPARE) with one boolean column and
        // one row; the JDBC driver reads columns before it looks at the update type
        this.columns = execution.columns().isEmpty() && execution.updateType().isPresent()
                ? List.of(UPDATE_RESULT)
                : execution.columns().stream()
                        .map(column -> new QueryColumn(column.name(), column.typeName()))
                        .toList();
        executor.execute(this::produce);
    }

    private void produce()
    {
        try (execution) {
            List<ResultColumn> resultColumns = execution.columns();
            for (ColumnBatch batch = execution.nextBatch(); batch != null; batch = execution.nextBatch()) {
                if (batch.size() == 0) {
                    continue;
                }
                String chunk = encode(batch, resultColumns);
                synchronized (this) {
                    while (bufferedCharacters > MAX_BUFFERED_CHARACTERS && !cancelled) {
                        wait();
                    }
                    if (cancelled) {
                        end(Optional.empty());
                        return;
                    }
                    add(chunk);
                }
            }
            if (columns.equals(List.of(UPDATE_RESULT))) {
                synchronized (this) {
                    add("[true]");
                }
            }
            end(Optional.empty());
        }
        catch (TarnException e) {
            end(Optional.of(QueryFailure.of(e)));
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            end(Optional.of(QueryFailure.of(new TarnException(USER_CANCELED, "Query was canceled"))));
        }
        catch (RuntimeException e) {
            end(Optional.of(QueryFailure.of(new TarnException(GENERIC_INTERNAL_ERROR, "Query failed: " + e, e))));
        }
    }

    private synchronized void add(String chunk)
    {
        chunks.addLast(chunk);
        bufferedCharacters += chunk.length();
        notifyAll();
    }

    private synchronized void end(Optional<QueryFailure> value)
    {
        if (!done) {
            done = true;
            failure = cancelled ? Optional.of(QueryFailure.of(new TarnException(USER_CANCELED, "Query was canceled"))) : value;
        }
        notifyAll();
    }

    private static String encode(ColumnBatch batch, List<ResultColumn> columns)
    {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = LakeJson.MAPPER.getFactory().createGenerator(text)) {
            generator.setRootValueSeparator(new SerializedString(","));
            for (int row = 0; row < batch.size(); row++) {
                int position = batch.position(row);
                generator.writeStartArray();
                for (int column = 0; column < columns.size(); column++) {
                    TypedValueEncoder.write(generator, Values.read(batch.column(column), position, columns.get(column).type()), columns.get(column).type());
                }
                generator.writeEndArray();
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    @Override
    public synchronized ResultPage nextPage(Duration maxWait)
    {
        long deadline = System.nanoTime() + maxWait.toNanos();
        try {
            while (chunks.isEmpty() && !done) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    break;
                }
                wait(Math.max(1, remaining / 1_000_000));
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Optional<List<QueryColumn>> pageColumns = columns.isEmpty() ? Optional.empty() : Optional.of(columns);
        if (done && failure.isPresent()) {
            return page(QueryState.FAILED, pageColumns, "", failure);
        }
        StringBuilder rows = new StringBuilder();
        while (!chunks.isEmpty() && (rows.length() == 0 || rows.length() + chunks.peekFirst().length() <= PAGE_CHARACTERS)) {
            String chunk = chunks.removeFirst();
            bufferedCharacters -= chunk.length();
            if (rows.length() > 0) {
                rows.append(',');
            }
            rows.append(chunk);
        }
        notifyAll();
        QueryState state = done && chunks.isEmpty() ? QueryState.FINISHED : QueryState.RUNNING;
        return page(state, pageColumns, rows.toString(), Optional.empty());
    }

    private ResultPage page(QueryState state, Optional<List<QueryColumn>> pageColumns, String rows, Optional<QueryFailure> pageFailure)
    {
        QueryStatistics.Snapshot statistics = execution.statistics();
        long elapsedMillis = state.isDone() ? execution.elapsedMillis() : (System.nanoTime() - createdNanos) / 1_000_000;
        return new ResultPage(state, pageColumns, rows, pageFailure, execution.updateType(), execution.sessionUpdates(),
                new ResultPage.Progress(0, elapsedMillis, statistics.eventsScanned(), statistics.bytesScanned()));
    }

    @Override
    public void cancel()
    {
        execution.cancel();
        synchronized (this) {
            cancelled = true;
            notifyAll();
        }
    }
}
