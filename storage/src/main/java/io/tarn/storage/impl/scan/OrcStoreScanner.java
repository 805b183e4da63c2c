package io.tarn.storage.impl.scan;

import com.google.common.collect.ImmutableList;
import io.tarn.error.TarnException;
import io.tarn.storage.BatchReader;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.EventDataStoreCatalog;
import io.tarn.storage.EventDataStoreStatus;
import io.tarn.storage.ScanPlan;
import io.tarn.storage.ScanRequest;
import io.tarn.storage.ScanSplit;
import io.tarn.storage.ScanStatistics;
import io.tarn.storage.StoreScanner;
import io.tarn.storage.TimeRange;
import io.tarn.storage.TimeRanges;
import io.tarn.storage.impl.DataFile;
import io.tarn.storage.impl.DataFileRegistry;
import io.tarn.storage.impl.StoreLayout;
import io.tarn.storage.schema.EventSchema;
import org.apache.hadoop.fs.FileSystem;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.tarn.storage.StorageErrorCode.INACTIVE_EVENT_DATA_STORE;
import static java.util.Objects.requireNonNull;

/**
 * Scans the ORC data files of event data stores.
 *
 * <p>{@link #plan} reads only the catalog. The time ranges it plans for are the requested ones cut to the
 * store's retention period as of the clock's "now" ({@code [now - retention, +inf)}), and the returned
 * plan's {@link ScanPlan#request() request} carries these effective ranges, so every split of a plan
 * applies the same retention cut however long the scan takes. Partitions whose day misses the ranges are
 * skipped, then files whose recorded event time span misses them; splits are in event time order.
 *
 * <p>{@link ScanPlan#estimatedBytes()} is an estimate from the catalog: for each chosen file, the recorded
 * sizes of the requested top-level columns and of {@code eventtime} (always read, to filter rows), plus
 * the file's metadata bytes. It ignores the stripes and row groups the reader will skip inside files and
 * the struct fields it will not read, so it usually exceeds the bytes actually read for narrow windows and
 * nested projections, and it leaves out the up to 16 KiB tail read by which ORC finds a file's footer.
 *
 * <p>{@link #open} reads one file through {@link OrcBatchReader}, which counts bytes, stripes, row groups
 * and events; {@code open} counts the file into {@code filesRead}. The partitions and files the plan
 * skipped are not counted by the scanner: the caller adds {@code partitionsTotal - partitionsSelected} and
 * {@code filesTotal - filesSelected} once per plan.
 */
public final class OrcStoreScanner
        implements StoreScanner
{
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private final EventDataStoreCatalog catalog;
    private final DataFileRegistry registry;
    private final StoreLayout layout;
    private final FileSystem fileSystem;
    private final Clock clock;

    /**
     * @param fileSystem the lake's file system; it stays the caller's to close
     */
    public OrcStoreScanner(EventDataStoreCatalog catalog, DataFileRegistry registry, StoreLayout layout, FileSystem fileSystem, Clock clock)
    {
        this.catalog = requireNonNull(catalog, "catalog is null");
        this.registry = requireNonNull(registry, "registry is null");
        this.layout = requireNonNull(layout, "layout is null");
        this.fileSystem = requireNonNull(fileSystem, "fileSystem is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public ScanPlan plan(ScanRequest request)
    {
        EventDataStore store = catalog.get(request.storeId());
        if (store.status() == EventDataStoreStatus.PENDING_DELETION) {
            throw new TarnException(INACTIVE_EVENT_DATA_STORE, "Event data store '" + request.storeId() + "' is pending deletion and cannot be queried");
        }
        ScanProjection.of(store.schema(), request);
        TimeRanges ranges = request.timeRanges().intersect(TimeRanges.of(retention(store)));

        DataFileRegistry.LiveFileCounts counts = registry.liveFileCounts(store.id());
        List<DataFile> candidates = ranges.isNone()
                ? List.of()
                : registry.liveFiles(store.id(), ranges.ranges().get(0).startMillis(), ranges.ranges().get(ranges.ranges().size() - 1).endMillis());
        Set<String> selectedPartitions = new HashSet<>();
        List<DataFile> chosen = new ArrayList<>();
        for (DataFile file : candidates) {
            long partitionStart = StoreLayout.partitionStartMillis(file.partition());
            long partitionEnd = StoreLayout.partitionEndMillis(file.partition());
            if (!ranges.overlaps(partitionStart, partitionEnd - 1) || !ranges.overlaps(file.minEventTimeMillis(), file.maxEventTimeMillis())) {
                continue;
            }
            chosen.add(file);
            selectedPartitions.add(file.partition());
        }
        chosen.sort(Comparator.comparingLong(DataFile::minEventTimeMillis).thenComparing(DataFile::relativePath));

        ImmutableList.Builder<ScanSplit> splits = ImmutableList.builder();
        long estimatedBytes = 0;
        for (DataFile file : chosen) {
            splits.add(new ScanSplit(
                    store.id(),
                    layout.dataDirectory(store.id()) + "/" + file.relativePath(),
                    file.partition(),
                    file.minEventTimeMillis(),
                    file.maxEventTimeMillis(),
                    file.rowCount(),
                    file.sizeBytes()));
            estimatedBytes += estimatedBytes(file, request);
        }
        ScanRequest planned = new ScanRequest(request.storeId(), request.columns(), request.nestedFields(), ranges, request.batchSize());
        return new ScanPlan(planned, store, splits.build(), Math.toIntExact(counts.partitions()), selectedPartitions.size(), Math.toIntExact(counts.files()), chosen.size(), estimatedBytes);
    }

    @Override
    public BatchReader open(ScanPlan plan, ScanSplit split, ScanStatistics statistics)
            throws IOException
    {
        ScanProjection projection = ScanProjection.of(plan.store().schema(), plan.request());
        EventTimeFilter filter = new EventTimeFilter(plan.request().timeRanges());
        OrcBatchReader reader;
        try {
            reader = openFile(split.path(), split, projection, filter, plan.request().batchSize(), statistics);
        }
        catch (FileNotFoundException notInData) {
            reader = openMovedFile(split, projection, filter, plan.request().batchSize(), statistics, notInData);
        }
        statistics.addFilesRead(1);
        return reader;
    }

    /**
     * A committed file may still be in its transaction's staging directory (the commit has not moved it
     * yet), or may have just been moved out of it.
     */
    private OrcBatchReader openMovedFile(ScanSplit split, ScanProjection projection, EventTimeFilter filter, int batchSize, ScanStatistics statistics, FileNotFoundException notInData)
            throws IOException
    {
        Optional<String> staged = stagedLocation(split);
        if (staged.isPresent()) {
            try {
                return openFile(staged.get(), split, projection, filter, batchSize, statistics);
            }
            catch (FileNotFoundException ignored) {
                // moved into the data directory meanwhile
            }
        }
        try {
            return openFile(split.path(), split, projection, filter, batchSize, statistics);
        }
        catch (FileNotFoundException e) {
            TarnException missing = DataFileErrors.missing(split.path(), split.storeId(), e);
            missing.addSuppressed(notInData);
            throw missing;
        }
    }

    private Optional<String> stagedLocation(ScanSplit split)
    {
        String dataDirectory = layout.dataDirectory(split.storeId()) + "/";
        if (!split.path().startsWith(dataDirectory)) {
            return Optional.empty();
        }
        String relativePath = split.path().substring(dataDirectory.length());
        return registry.liveFiles(split.storeId()).stream()
                .filter(file -> file.relativePath().equals(relativePath))
                .findFirst()
                .flatMap(file -> registry.unfinishedStagingDirectory(file.transactionId()))
                .map(stagingDirectory -> stagingDirectory + "/" + relativePath);
    }

    private OrcBatchReader openFile(String file, ScanSplit split, ScanProjection projection, EventTimeFilter filter, int batchSize, ScanStatistics statistics)
            throws FileNotFoundException
    {
        try {
            return new OrcBatchReader(fileSystem, file, split.sizeBytes(), projection, filter, batchSize, statistics);
        }
        catch (FileNotFoundException e) {
            throw e;
        }
        catch (IOException | RuntimeException e) {
            throw DataFileErrors.translate(file, e);
        }
    }

    private TimeRange retention(EventDataStore store)
    {
        long now = clock.millis();
        return new TimeRange(now - store.retentionPeriodDays() * MILLIS_PER_DAY, Long.MAX_VALUE);
    }

    private static long estimatedBytes(DataFile file, ScanRequest request)
    {
        long bytes = file.metadataBytes();
        if (!request.columns().contains(EventSchema.EVENT_TIME)) {
            bytes += file.columnBytes().getOrDefault(EventSchema.EVENT_TIME, 0L);
        }
        for (String column : request.columns()) {
            bytes += file.columnBytes().getOrDefault(column, 0L);
        }
        return bytes;
    }
}
