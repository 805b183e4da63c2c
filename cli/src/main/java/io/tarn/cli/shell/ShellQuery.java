package io.tarn.cli.shell;

import io.tarn.cli.output.OutputColumn;
import io.tarn.cli.output.OutputRow;

import java.util.List;
import java.util.Optional;

/**
 * A running statement as the shell sees it. Rows are pulled on the shell's thread; {@link #progress()} and
 * {@link #cancel()} may be called from any thread while it runs.
 */
public interface ShellQuery
        extends AutoCloseable
{
    /**
     * The result's columns; empty for statements without rows.
     */
    List<OutputColumn> columns();

    /**
     * For statements that are not queries (USE, SET SESSION, ...), the kind of update.
     */
    Optional<String> updateType();

    /**
     * The next rows (possibly none), or null when all are read. Errors of the statement, cancellation
     * included ({@code USER_CANCELED}), surface here as {@link io.tarn.error.TarnException}s.
     */
    List<OutputRow> nextRows();

    QueryProgress progress();

    /**
     * Stops the statement; the thread reading rows then gets {@code USER_CANCELED}.
     */
    void cancel();

    @Override
    void close();
}
