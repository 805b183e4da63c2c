package io.tarn.storage.impl.ingest;

import io.tarn.storage.CompactionReport;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.EventDataStoreStatus;

import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The file work of {@link io.tarn.storage.Lake#maintain} for each store: sweep leftovers of interrupted
 * writes, delete files past retention, and compact stores with many small files.
 */
public final class FileMaintenance
{
    private final TransactionRecovery recovery;
    private final RetentionExpirer expirer;
    private final StoreCompactor compactor;

    public FileMaintenance(StorageContext context, CompactionSettings compactionSettings)
    {
        requireNonNull(context, "context is null");
        this.recovery = new TransactionRecovery(context);
        this.expirer = new RetentionExpirer(context);
        this.compactor = new StoreCompactor(context, compactionSettings);
    }

    /**
     * What maintenance did to the files of the stores.
     */
    public record Result(int expiredFiles, long expiredEvents, int leftoverFiles, List<CompactionReport> compactions)
    {
        public Result
        {
            compactions = List.copyOf(requireNonNull(compactions, "compactions is null"));
        }
    }

    public Result maintain(List<EventDataStore> stores)
    {
        int expiredFiles = 0;
        long expiredEvents = 0;
        // a crashed writer of another process may have left a transaction since the lake was opened
        recovery.recoverAbandonedTransactions();
        int leftovers = 0;
        List<CompactionReport> compactions = new ArrayList<>();
        for (EventDataStore store : stores) {
            if (store.status() == EventDataStoreStatus.PENDING_DELETION) {
                continue;
            }
            leftovers += recovery.removeLeftovers(store.id());
            RetentionExpirer.Expired expired = expirer.expire(store);
            expiredFiles += expired.files();
            expiredEvents += expired.events();
            if (compactor.needsCompaction(store)) {
                compactions.add(compactor.compact(store));
            }
        }
        return new Result(expiredFiles, expiredEvents, leftovers, compactions);
    }
}
