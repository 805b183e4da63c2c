package io.tarn.storage;

import io.tarn.storage.vector.ColumnBatch;

import java.io.IOException;

/**
 * Reads the batches of one split. Each batch is valid until the next call to {@link #nextBatch()}.
 */
public interface BatchReader
        extends AutoCloseable
{
    /**
     * The next batch with at least one live row, or null at the end.
     */
    ColumnBatch nextBatch()
            throws IOException;

    @Override
    void close()
            throws IOException;
}
