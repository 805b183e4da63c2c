package io.tarn.storage.impl.ingest;

import io.tarn.error.TarnException;
import io.tarn.storage.impl.DataFile;
import io.tarn.storage.impl.DataFileRegistry.TransactionKind;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import static io.tarn.storage.StorageErrorCode.STORAGE_IO_ERROR;
import static java.util.Objects.requireNonNull;

/**
 * One run of the commit protocol of {@link io.tarn.storage.impl.DataFileRegistry}: begin (recorded, and
 * locked for as long as this process runs it), write files under the staging directory, commit (the one
 * catalog transaction that swaps the live files), then move the new files into the data directory, delete
 * the replaced ones and the staging directory, and finish. Closing a transaction that was not committed
 * rolls it back: its staging directory is deleted and it is forgotten.
 *
 * <p>A crash at any moment leaves the transaction for {@link TransactionRecovery}: before the commit it is
 * rolled back, after it completed, so a store is always as it was before the transaction or after it.
 */
public final class FileTransaction
        implements AutoCloseable
{
    private final StorageContext context;
    private final String storeId;
    private final String transactionId;
    private final String stagingDirectory;
    private final TransactionLocks.Held lock;
    private boolean committed;
    private boolean closed;

    private FileTransaction(StorageContext context, String storeId, String transactionId, String stagingDirectory, TransactionLocks.Held lock)
    {
        this.context = context;
        this.storeId = storeId;
        this.transactionId = transactionId;
        this.stagingDirectory = stagingDirectory;
        this.lock = lock;
    }

    public static FileTransaction begin(StorageContext context, String storeId, TransactionKind kind)
    {
        return begin(context, storeId, kind, UUID.randomUUID().toString());
    }

    public static FileTransaction begin(StorageContext context, String storeId, TransactionKind kind, String transactionId)
    {
        requireNonNull(context, "context is null");
        requireNonNull(storeId, "storeId is null");
        requireNonNull(kind, "kind is null");
        String stagingDirectory = context.layout().stagingDirectory(storeId, transactionId);
        TransactionLocks.Held lock = context.locks().acquire(transactionId);
        try {
            context.registry().begin(storeId, transactionId, kind, stagingDirectory, context.clock().millis());
        }
        catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        return new FileTransaction(context, storeId, transactionId, stagingDirectory, lock);
    }

    public String storeId()
    {
        return storeId;
    }

    public String transactionId()
    {
        return transactionId;
    }

    /**
     * Where a new file with the given path below the data directory is written before the commit.
     */
    public Path stagingPath(String relativePath)
    {
        return new Path(stagingDirectory + "/" + relativePath);
    }

    /**
     * Makes {@code added} live and {@code removed} dead atomically, then moves and deletes files and
     * finishes the transaction.
     */
    public void commit(List<DataFile> added, List<String> removedRelativePaths)
    {
        if (committed || closed) {
            throw new IllegalStateException("transaction " + transactionId + " is already committed or closed");
        }
        context.listener().beforeCommit(transactionId);
        context.registry().commit(transactionId, added, removedRelativePaths);
        committed = true;
        context.listener().afterCommit(transactionId);
        try {
            complete(context, storeId, transactionId, stagingDirectory, added.stream().map(DataFile::relativePath).toList(), removedRelativePaths);
        }
        catch (IOException e) {
            // the commit stands; recovery finishes the moves the next time the lake is opened
            throw new TarnException(STORAGE_IO_ERROR, "Committed transaction " + transactionId + " could not move its files: " + e.getMessage(), e);
        }
        finally {
            closed = true;
            lock.close();
        }
    }

    /**
     * The steps after a commit: move each new file still in staging into the data directory, delete the
     * replaced files, delete the staging directory, forget the transaction. Every step may already have
     * been done by an earlier, interrupted attempt.
     */
    static void complete(StorageContext context, String storeId, String transactionId, String stagingDirectory, List<String> addedRelativePaths, List<String> removedRelativePaths)
            throws IOException
    {
        String dataDirectory = context.layout().dataDirectory(storeId);
        for (String relativePath : addedRelativePaths) {
            Path staged = new Path(stagingDirectory + "/" + relativePath);
            Path target = new Path(dataDirectory + "/" + relativePath);
            if (context.fileSystem().exists(staged)) {
                context.fileSystem().mkdirs(target.getParent());
                if (!context.fileSystem().rename(staged, target) && !context.fileSystem().exists(target)) {
                    throw new IOException("cannot move " + staged + " to " + target);
                }
                context.listener().fileMoved(transactionId, target.toString());
            }
        }
        for (String relativePath : removedRelativePaths) {
            context.fileSystem().delete(new Path(dataDirectory + "/" + relativePath), false);
        }
        context.fileSystem().delete(new Path(stagingDirectory), true);
        context.registry().finish(transactionId);
        context.listener().finished(transactionId);
    }

    @Override
    public void close()
    {
        if (closed) {
            return;
        }
        closed = true;
        try {
            context.fileSystem().delete(new Path(stagingDirectory), true);
            context.registry().finish(transactionId);
        }
        catch (IOException e) {
            // the transaction stays recorded as open; recovery deletes its staging directory later
            throw new TarnException(STORAGE_IO_ERROR, "Cannot roll back transaction " + transactionId + ": " + e.getMessage(), e);
        }
        finally {
            lock.close();
        }
    }
}
