package io.tarn.storage.impl.ingest;

import io.tarn.error.TarnException;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.StorageErrorCode;
import io.tarn.storage.impl.DataFile;
import io.tarn.storage.impl.DataFileRegistry.TransactionKind;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Deletes the data files whose events are all older than their store's retention period, in one EXPIRE
 * transaction per store. A file that still holds one event inside the period stays (scans hide its
 * expired events). The period is read from the store each time, so shortening it expires more files at
 * the next run.
 */
public final class RetentionExpirer
{
    private static final long DAY_MILLIS = 86_400_000L;

    private final StorageContext context;

    public RetentionExpirer(StorageContext context)
    {
        this.context = requireNonNull(context, "context is null");
    }

    /**
     * What one expiry deleted.
     */
    public record Expired(int files, long events) {}

    public Expired expire(EventDataStore store)
    {
        long cutoff = context.clock().millis() - store.retentionPeriodDays() * DAY_MILLIS;
        List<DataFile> expired = context.registry().liveFiles(store.id()).stream()
                .filter(file -> file.maxEventTimeMillis() < cutoff)
                .toList();
        if (expired.isEmpty()) {
            return new Expired(0, 0);
        }
        try (FileTransaction transaction = FileTransaction.begin(context, store.id(), TransactionKind.EXPIRE)) {
            transaction.commit(List.of(), expired.stream().map(DataFile::relativePath).toList());
        }
        catch (TarnException e) {
            if (e.getErrorCode().equals(StorageErrorCode.CONFLICT.toErrorCode())) {
                // another process compacted or expired some of these files first; the next run catches up
                return new Expired(0, 0);
            }
            throw e;
        }
        return new Expired(expired.size(), expired.stream().mapToLong(DataFile::rowCount).sum());
    }
}
