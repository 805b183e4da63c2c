package io.tarn.engine.exec.operator;

import io.tarn.storage.vector.ColumnBatch;

/**
 * A node of an execution tree.
 */
public interface Operator
        extends AutoCloseable
{
    /**
     * The next batch with at least one live row, or null when there are no more. The batch is valid until
     * the next call.
     */
    ColumnBatch next();

    @Override
    default void close() {}
}
