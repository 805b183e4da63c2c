package io.tarn.storage.impl.ingest;

/**
 * Told about the steps of a storage transaction. Production code uses {@link #NONE}; tests use it to stop
 * a process at a chosen moment of the commit protocol.
 */
public interface TransactionListener
{
    TransactionListener NONE = new TransactionListener() {};

    /**
     * A data file was completely written to the staging directory.
     */
    default void fileStaged(String transactionId, String location) {}

    /**
     * All files are staged; the catalog commit is next.
     */
    default void beforeCommit(String transactionId) {}

    /**
     * The catalog commit succeeded: the transaction's files are live, wherever they are.
     */
    default void afterCommit(String transactionId) {}

    /**
     * A committed file was moved from staging into the data directory.
     */
    default void fileMoved(String transactionId, String location) {}

    /**
     * The transaction is finished and forgotten.
     */
    default void finished(String transactionId) {}
}
