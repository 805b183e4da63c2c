package io.tarn.storage.impl.ingest;

import io.tarn.error.TarnException;
import io.tarn.storage.impl.DataFile;
import io.tarn.storage.impl.DataFileRegistry.StorageTransaction;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.tarn.storage.StorageErrorCode.STORAGE_IO_ERROR;
import static java.util.Objects.requireNonNull;

/**
 * Brings stores back to a committed state after a crash: transactions whose process died are rolled back
 * when they had not committed (their staging directory is deleted) and completed when they had (their
 * files are moved into place, the files they replaced deleted). Transactions of live processes are left
 * alone. Maintenance also sweeps leftovers no transaction accounts for.
 */
public final class TransactionRecovery
{
    private final StorageContext context;

    public TransactionRecovery(StorageContext context)
    {
        this.context = requireNonNull(context, "context is null");
    }

    /**
     * Recovers every unfinished transaction whose owner is gone; returns how many were recovered.
     */
    public int recoverAbandonedTransactions()
    {
        int recovered = 0;
        for (StorageTransaction transaction : context.registry().unfinishedTransactions()) {
            Optional<TransactionLocks.Held> lock = context.locks().tryTakeOver(transaction.transactionId());
            if (lock.isEmpty()) {
                continue;
            }
            try (TransactionLocks.Held held = lock.get()) {
                // read again under the lock: the owner may have finished just before dying or releasing
                Optional<StorageTransaction> current = context.registry().unfinishedTransactions().stream()
                        .filter(candidate -> candidate.transactionId().equals(transaction.transactionId()))
                        .findFirst();
                if (current.isPresent()) {
                    recover(current.get());
                    recovered++;
                }
            }
        }
        // lock files of finished transactions whose process died before deleting them
        Set<String> unfinished = new HashSet<>();
        context.registry().unfinishedTransactions().forEach(transaction -> unfinished.add(transaction.transactionId()));
        for (String transactionId : context.locks().transactionsWithLockFiles()) {
            if (!unfinished.contains(transactionId)) {
                context.locks().tryTakeOver(transactionId).ifPresent(TransactionLocks.Held::close);
            }
        }
        return recovered;
    }

    private void recover(StorageTransaction transaction)
    {
        try {
            if (transaction.committed()) {
                List<String> added = context.registry().liveFiles(transaction.storeId()).stream()
                        .filter(file -> file.transactionId().equals(transaction.transactionId()))
                        .map(DataFile::relativePath)
                        .toList();
                FileTransaction.complete(context, transaction.storeId(), transaction.transactionId(), transaction.stagingDirectory(), added, transaction.removedRelativePaths());
            }
            else {
                context.fileSystem().delete(new Path(transaction.stagingDirectory()), true);
                context.registry().finish(transaction.transactionId());
            }
        }
        catch (IOException e) {
            throw new TarnException(STORAGE_IO_ERROR, "Cannot recover storage transaction " + transaction.transactionId() + " of store '" + transaction.storeId() + "': " + e.getMessage(), e);
        }
    }

    /**
     * Deletes what no transaction or live file accounts for in a store: staging directories of forgotten
     * transactions and files in the data directory the catalog does not list. Returns the number of files
     * deleted.
     */
    public int removeLeftovers(String storeId)
    {
        try {
            // list first, read the catalog second: anything a writer creates in between is in the catalog
            Path stagingRoot = new Path(context.layout().storeDirectory(storeId) + "/_staging");
            FileStatus[] stagingDirectories = listOrEmpty(stagingRoot);
            List<Path> dataFiles = listFiles(new Path(context.layout().dataDirectory(storeId)));
            Set<String> unfinished = new HashSet<>();
            for (StorageTransaction transaction : context.registry().unfinishedTransactions()) {
                unfinished.add(new Path(transaction.stagingDirectory()).getName());
            }
            Set<String> live = new HashSet<>();
            for (DataFile file : context.registry().liveFiles(storeId)) {
                live.add(file.relativePath());
            }

            int removed = 0;
            for (FileStatus directory : stagingDirectories) {
                if (!unfinished.contains(directory.getPath().getName())) {
                    removed += listFiles(directory.getPath()).size();
                    context.fileSystem().delete(directory.getPath(), true);
                }
            }
            String dataPrefix = context.fileSystem().makeQualified(new Path(context.layout().dataDirectory(storeId))).toString() + "/";
            for (Path file : dataFiles) {
                String qualified = context.fileSystem().makeQualified(file).toString();
                String relativePath = qualified.startsWith(dataPrefix) ? qualified.substring(dataPrefix.length()) : file.getName();
                if (!live.contains(relativePath)) {
                    context.fileSystem().delete(file, false);
                    removed++;
                }
            }
            return removed;
        }
        catch (IOException e) {
            throw new TarnException(STORAGE_IO_ERROR, "Cannot remove leftovers of store '" + storeId + "': " + e.getMessage(), e);
        }
    }

    private FileStatus[] listOrEmpty(Path directory)
            throws IOException
    {
        try {
            return context.fileSystem().listStatus(directory);
        }
        catch (FileNotFoundException e) {
            return new FileStatus[0];
        }
    }

    private List<Path> listFiles(Path directory)
            throws IOException
    {
        List<Path> files = new java.util.ArrayList<>();
        if (!context.fileSystem().exists(directory)) {
            return files;
        }
        RemoteIterator<LocatedFileStatus> iterator = context.fileSystem().listFiles(directory, true);
        while (iterator.hasNext()) {
            files.add(iterator.next().getPath());
        }
        return files;
    }
}
