package io.tarn.storage.impl.ingest;

import io.tarn.error.TarnException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static io.tarn.storage.StorageErrorCode.STORAGE_IO_ERROR;
import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.WRITE;
import static java.util.Objects.requireNonNull;

/**
 * One operating-system file lock per running storage transaction, in the lake's (always local) metadata
 * directory. The process that runs a transaction holds its lock until the transaction is finished; the
 * operating system releases it when the process dies. So when several processes share a lake, recovery
 * takes over exactly the transactions whose owner is gone, and never one another process is still running.
 */
public final class TransactionLocks
{
    private static final String LOCK_SUFFIX = ".lock";

    private final Path directory;

    public TransactionLocks(Path metadataDirectory)
    {
        this.directory = requireNonNull(metadataDirectory, "metadataDirectory is null").resolve("transactions");
    }

    /**
     * Takes the lock of a new transaction; it is held until the returned lock is closed.
     */
    public Held acquire(String transactionId)
    {
        try {
            Files.createDirectories(directory);
            Path file = file(transactionId);
            FileChannel channel = FileChannel.open(file, CREATE, WRITE);
            try {
                return new Held(file, channel, channel.lock());
            }
            catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }
        catch (IOException e) {
            throw new TarnException(STORAGE_IO_ERROR, "Cannot lock storage transaction " + transactionId + ": " + e.getMessage(), e);
        }
    }

    /**
     * Takes the lock of a transaction whose owner may have died; empty when a live process (this one
     * included) still holds it.
     */
    public Optional<Held> tryTakeOver(String transactionId)
    {
        try {
            Files.createDirectories(directory);
            Path file = file(transactionId);
            FileChannel channel = FileChannel.open(file, CREATE, WRITE);
            try {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    return Optional.empty();
                }
                return Optional.of(new Held(file, channel, lock));
            }
            catch (OverlappingFileLockException e) {
                channel.close();
                return Optional.empty();
            }
        }
        catch (IOException e) {
            throw new TarnException(STORAGE_IO_ERROR, "Cannot lock storage transaction " + transactionId + ": " + e.getMessage(), e);
        }
    }

    /**
     * The transactions that have a lock file, held or left behind by a process that died after finishing
     * its transaction but before deleting its lock.
     */
    public List<String> transactionsWithLockFiles()
    {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(LOCK_SUFFIX))
                    .map(name -> name.substring(0, name.length() - LOCK_SUFFIX.length()))
                    .toList();
        }
        catch (IOException e) {
            throw new TarnException(STORAGE_IO_ERROR, "Cannot list the transaction locks in " + directory + ": " + e.getMessage(), e);
        }
    }

    private Path file(String transactionId)
    {
        return directory.resolve(transactionId + LOCK_SUFFIX);
    }

    /**
     * A held transaction lock; closing it releases the lock and deletes its file.
     */
    public static final class Held
            implements AutoCloseable
    {
        private final Path file;
        private final FileChannel channel;
        private final FileLock lock;

        private Held(Path file, FileChannel channel, FileLock lock)
        {
            this.file = file;
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public void close()
        {
            try {
                // delete while still holding the lock, so nobody locks a file that is about to vanish
                Files.deleteIfExists(file);
                lock.release();
                channel.close();
            }
            catch (IOException e) {
                throw new TarnException(STORAGE_IO_ERROR, "Cannot release the lock " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
