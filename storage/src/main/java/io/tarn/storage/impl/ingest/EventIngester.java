package io.tarn.storage.impl.ingest;

import io.tarn.error.TarnException;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.EventDataStoreCatalog;
import io.tarn.storage.EventDataStoreStatus;
import io.tarn.storage.EventDataStoreType;
import io.tarn.storage.IngestMode;
import io.tarn.storage.IngestReport;
import io.tarn.storage.IngestRequest;
import io.tarn.storage.IngestSource;
import io.tarn.storage.impl.DataFile;
import io.tarn.storage.impl.DataFileRegistry.TransactionKind;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static io.tarn.storage.StorageErrorCode.INACTIVE_EVENT_DATA_STORE;
import static io.tarn.storage.StorageErrorCode.INGESTION_STOPPED;
import static io.tarn.storage.StorageErrorCode.INPUT_NOT_FOUND;
import static io.tarn.storage.StorageErrorCode.INVALID_EVENT_DATA_STORE_CATEGORY;
import static io.tarn.storage.StorageErrorCode.INVALID_EVENT_DATA_STORE_STATUS;
import static io.tarn.storage.StorageErrorCode.INVALID_PARAMETER;
import static io.tarn.storage.StorageErrorCode.STORAGE_IO_ERROR;
import static java.util.Objects.requireNonNull;

/**
 * {@link io.tarn.storage.Lake#ingest}: reads the sources, stores the events that belong in the store and
 * commits them in one storage transaction.
 *
 * <p>Modes: {@link IngestMode#LIVE} needs an {@link EventDataStoreStatus#ENABLED} store and keeps the
 * events its advanced event selectors match. {@link IngestMode#IMPORT} (spec 8) copies trail events into a
 * CloudTrail store that is enabled or has ingestion stopped, ignoring selectors, reading only CloudTrail
 * log files. Both drop events older than the store's retention period or outside {@code [from, to)}.
 *
 * <p>Report figures: {@code filesRead} counts sources whose records were read, completely or up to
 * damage (a stream or a list of records counts as one); {@code filesSkipped} counts digests and other
 * skipped files; {@code filesFailed} counts unreadable and truncated files; {@code bytesIn} is the JSON
 * read after decompression (what Lake bills ingestion by); {@code bytesOut} the size of the data files
 * committed.
 */
public final class EventIngester
{
    private static final long DAY_MILLIS = 86_400_000L;

    private final StorageContext context;
    private final EventDataStoreCatalog catalog;
    private final IngestSettings settings;
    private final Function<EventDataStore, EventFilter> liveFilters;

    /**
     * @param liveFilters the filter of live ingestion for a store; production uses
     *         {@link EventFilter#selectorsOf}
     */
    public EventIngester(StorageContext context, EventDataStoreCatalog catalog, IngestSettings settings, Function<EventDataStore, EventFilter> liveFilters)
    {
        this.context = requireNonNull(context, "context is null");
        this.catalog = requireNonNull(catalog, "catalog is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.liveFilters = requireNonNull(liveFilters, "liveFilters is null");
    }

    public IngestReport ingest(IngestRequest request)
    {
        long started = System.nanoTime();
        EventDataStore store = catalog.get(request.store());
        checkStore(store, request.mode());
        checkSources(request.sources());
        if (request.from().isPresent() && request.to().isPresent() && !request.from().get().isBefore(request.to().get())) {
            throw new TarnException(INVALID_PARAMETER, "The start of the time range (" + request.from().get() + ") must be before its end (" + request.to().get() + ")");
        }
        EventFilter filter = request.mode() == IngestMode.LIVE ? liveFilters.apply(store) : EventFilter.ALL;

        long retentionStart = context.clock().millis() - store.retentionPeriodDays() * DAY_MILLIS;
        long rangeStart = Math.max(retentionStart, request.from().map(Instant::toEpochMilli).orElse(Long.MIN_VALUE));
        long rangeEnd = request.to().map(Instant::toEpochMilli).orElse(Long.MAX_VALUE);

        String ingestId = UUID.randomUUID().toString();
        IngestCounters counters = new IngestCounters();
        List<WrittenFile> files;
        RejectsWriter rejects = new RejectsWriter(context.fileSystem(), context.layout().rejectsFile(store.id(), ingestId));
        try (rejects; FileTransaction transaction = FileTransaction.begin(context, store.id(), TransactionKind.INGEST, ingestId)) {
            files = new IngestPipeline(context, store.type(), request.mode(), request.sources(), rangeStart, rangeEnd, settings, filter, transaction, rejects, counters).run();
            if (!files.isEmpty()) {
                List<DataFile> dataFiles = files.stream().map(file -> file.toDataFile(store.id(), ingestId)).toList();
                transaction.commit(dataFiles, List.of());
            }
        }
        long bytesOut = files.stream().mapToLong(WrittenFile::sizeBytes).sum();
        return new IngestReport(
                ingestId,
                store.id(),
                counters.filesRead.get(),
                counters.filesSkipped.get(),
                counters.filesFailed.get(),
                counters.eventsRead.sum(),
                counters.eventsStored.sum(),
                counters.eventsFiltered.sum(),
                counters.eventsOutsideTimeRange.sum(),
                rejects.count(),
                counters.bytesIn.sum(),
                bytesOut,
                files.size(),
                Duration.ofNanos(System.nanoTime() - started),
                counters.notices(),
                rejects.reported(),
                rejects.location());
    }

    private static void checkStore(EventDataStore store, IngestMode mode)
    {
        if (store.status() == EventDataStoreStatus.PENDING_DELETION) {
            throw new TarnException(INACTIVE_EVENT_DATA_STORE, "Event data store '" + store.name() + "' is pending deletion");
        }
        switch (mode) {
            case LIVE -> {
                if (store.status() != EventDataStoreStatus.ENABLED) {
                    throw new TarnException(INGESTION_STOPPED, "Event data store '" + store.name() + "' is not ingesting events (status " + store.status() + ")");
                }
            }
            case IMPORT -> {
                if (store.type() != EventDataStoreType.CLOUDTRAIL) {
                    throw new TarnException(INVALID_EVENT_DATA_STORE_CATEGORY, "Trail events can only be copied into an event data store of CloudTrail events; '" + store.name() + "' holds " + store.type());
                }
                if (store.status() != EventDataStoreStatus.ENABLED && store.status() != EventDataStoreStatus.STOPPED_INGESTION) {
                    throw new TarnException(INVALID_EVENT_DATA_STORE_STATUS, "Cannot copy trail events into event data store '" + store.name() + "' while its status is " + store.status());
                }
            }
        }
    }

    private void checkSources(List<IngestSource> sources)
    {
        if (sources.isEmpty()) {
            throw new TarnException(INVALID_PARAMETER, "No input to ingest");
        }
        for (IngestSource source : sources) {
            if (source instanceof IngestSource.FileSource file) {
                Path path = new Path(file.path());
                try (FileSystem fileSystem = SourceReader.openFileSystem(path, context.configuration())) {
                    if (!fileSystem.exists(path)) {
                        throw new TarnException(INPUT_NOT_FOUND, "Input '" + file.path() + "' does not exist");
                    }
                }
                catch (IOException e) {
                    throw new TarnException(STORAGE_IO_ERROR, "Cannot access input '" + file.path() + "': " + e.getMessage(), e);
                }
            }
        }
    }
}
