package io.tarn.storage.impl.ingest;

import io.tarn.error.TarnException;
import io.tarn.storage.EventDataStoreType;
import io.tarn.storage.IngestMode;
import io.tarn.storage.IngestReport.Rejection;
import io.tarn.storage.IngestSource;
import io.tarn.storage.schema.EventSchema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static io.tarn.storage.StorageErrorCode.STORAGE_IO_ERROR;
import static java.util.Objects.requireNonNull;

/**
 * The threads of one ingestion: a reader cuts the sources into chunks of records; parser threads parse
 * records into ORC column batches, rejecting, filtering and range-checking as they go; parsed batches
 * gather in a generation until it reaches its size, and a writer thread then sorts that generation and
 * writes it as data files into the transaction's staging directory while the parsers fill the next one
 * (with two writers, two generations are written at once). Queues between the stages are bounded, so heap
 * use does not depend on the input's size.
 */
final class IngestPipeline
{
    private static final List<EventBatch> END_OF_GENERATIONS = new ArrayList<>();
    private static final long POLL_MILLIS = 50;

    private final StorageContext context;
    private final EventDataStoreType storeType;
    private final IngestMode mode;
    private final List<IngestSource> sources;
    private final long rangeStart;
    private final long rangeEnd;
    private final IngestSettings settings;
    private final EventFilter filter;
    private final FileTransaction transaction;
    private final RejectsWriter rejects;
    private final IngestCounters counters;

    private final BlockingQueue<RecordChunk> chunks;
    private final BlockingQueue<List<EventBatch>> generations = new ArrayBlockingQueue<>(1);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Object bufferLock = new Object();
    private List<EventBatch> generation = new ArrayList<>();
    private long generationBytes;

    IngestPipeline(
            StorageContext context,
            EventDataStoreType storeType,
            IngestMode mode,
            List<IngestSource> sources,
            long rangeStart,
            long rangeEnd,
            IngestSettings settings,
            EventFilter filter,
            FileTransaction transaction,
            RejectsWriter rejects,
            IngestCounters counters)
    {
        this.context = requireNonNull(context, "context is null");
        this.storeType = requireNonNull(storeType, "storeType is null");
        this.mode = requireNonNull(mode, "mode is null");
        this.sources = List.copyOf(requireNonNull(sources, "sources is null"));
        this.rangeStart = rangeStart;
        this.rangeEnd = rangeEnd;
        this.settings = requireNonNull(settings, "settings is null");
        this.filter = requireNonNull(filter, "filter is null");
        this.transaction = requireNonNull(transaction, "transaction is null");
        this.rejects = requireNonNull(rejects, "rejects is null");
        this.counters = requireNonNull(counters, "counters is null");
        this.chunks = new ArrayBlockingQueue<>(2 * settings.parserThreads() + 2);
    }

    /**
     * Runs the ingestion to its end and returns the files written to staging.
     */
    List<WrittenFile> run()
    {
        List<WrittenFile> files = Collections.synchronizedList(new ArrayList<>());
        EventRecordParser schemaSource = new EventRecordParser(storeType);
        int eventTimeColumn = storeType.schema().columnIndex(EventSchema.EVENT_TIME).orElseThrow();
        PartitionedFileWriter fileWriter = new PartitionedFileWriter(context, transaction, schemaSource.orcSchema(), eventTimeColumn, new AtomicInteger());

        List<Thread> writers = new ArrayList<>();
        for (int index = 0; index < settings.writerThreads(); index++) {
            writers.add(thread("writer-" + index, () -> {
                while (true) {
                    List<EventBatch> batches = take(generations);
                    if (batches == END_OF_GENERATIONS) {
                        return;
                    }
                    files.addAll(fileWriter.write(batches));
                }
            }));
        }
        List<Thread> parsers = new ArrayList<>();
        for (int index = 0; index < settings.parserThreads(); index++) {
            parsers.add(thread("parser-" + index, this::parse));
        }
        Thread reader = thread("reader", () -> {
            try {
                new SourceReader(context.configuration(), mode, rangeStart, rangeEnd, settings, counters, rejects, chunk -> {
                    chunk.trim();
                    put(chunks, chunk);
                })
                        .readAll(sources);
            }
            finally {
                for (int index = 0; index < settings.parserThreads(); index++) {
                    put(chunks, RecordChunk.END);
                }
            }
        });

        writers.forEach(Thread::start);
        parsers.forEach(Thread::start);
        reader.start();
        join(reader);
        parsers.forEach(IngestPipeline::join);
        if (failure.get() == null) {
            runStep(() -> {
                sealGeneration();
                for (int index = 0; index < settings.writerThreads(); index++) {
                    put(generations, END_OF_GENERATIONS);
                }
            });
        }
        writers.forEach(IngestPipeline::join);

        Throwable problem = failure.get();
        if (problem != null) {
            if (problem instanceof TarnException tarnException) {
                throw tarnException;
            }
            if (problem instanceof Error error) {
                throw error;
            }
            throw new TarnException(STORAGE_IO_ERROR, "Ingestion failed: " + problem.getMessage(), problem);
        }
        return files;
    }

    private void parse()
            throws InterruptedException
    {
        EventRecordParser parser = new EventRecordParser(storeType);
        EventBatch batch = parser.newBatch(settings.batchRows());
        while (true) {
            RecordChunk chunk = take(chunks);
            if (chunk == RecordChunk.END) {
                break;
            }
            byte[] data = chunk.data();
            for (int index = 0; index < chunk.count(); index++) {
                int offset = chunk.offset(index);
                int length = chunk.length(index);
                counters.eventsRead.increment();
                try {
                    parser.parse(data, offset, length, batch);
                }
                catch (RecordRejectedException e) {
                    rejects.reject(new Rejection(chunk.source(), chunk.number(index), chunk.line(index), chunk.column(index), e.reason()), data, offset, length);
                    continue;
                }
                long eventTime = parser.eventTime(batch);
                if (eventTime < rangeStart || eventTime >= rangeEnd) {
                    batch.rollback();
                    counters.eventsOutsideTimeRange.increment();
                    continue;
                }
                if (!filter.keep(parser.selectable(batch))) {
                    batch.rollback();
                    counters.eventsFiltered.increment();
                    continue;
                }
                parser.complete(data, offset, length, batch);
                // the record twice (eventjson, in the chunk the row refers to, and its parsed values), buffer slack,
                // per-row vector entries
                batch.commitRow(5L * length / 2 + 512);
                counters.eventsStored.increment();
                if (batch.isFull()) {
                    addToGeneration(batch);
                    batch = parser.newBatch(settings.batchRows());
                }
            }
        }
        if (batch.size() > 0) {
            addToGeneration(batch);
        }
    }

    private void addToGeneration(EventBatch batch)
            throws InterruptedException
    {
        synchronized (bufferLock) {
            generation.add(batch);
            generationBytes += batch.estimatedBytes();
            if (generationBytes >= settings.bufferBytes()) {
                // blocks while the writer still writes the previous generation: the parsers wait with it
                sealGeneration();
            }
        }
    }

    private void sealGeneration()
            throws InterruptedException
    {
        synchronized (bufferLock) {
            if (!generation.isEmpty()) {
                put(generations, generation);
                generation = new ArrayList<>();
                generationBytes = 0;
            }
        }
    }

    private <T> void put(BlockingQueue<T> queue, T item)
            throws InterruptedException
    {
        while (!queue.offer(item, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            checkNotFailed();
        }
    }

    private <T> T take(BlockingQueue<T> queue)
            throws InterruptedException
    {
        while (true) {
            T item = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
            if (item != null) {
                return item;
            }
            checkNotFailed();
        }
    }

    private void checkNotFailed()
            throws InterruptedException
    {
        if (failure.get() != null) {
            throw new InterruptedException("another ingestion thread failed");
        }
    }

    private Thread thread(String name, Step step)
    {
        Thread thread = new Thread(() -> runStep(step), "tarn-ingest-" + transaction.transactionId().substring(0, 8) + "-" + name);
        thread.setDaemon(true);
        return thread;
    }

    private void runStep(Step step)
    {
        try {
            step.run();
        }
        catch (InterruptedException e) {
            // stopped because another thread failed, or the ingestion was interrupted
            failure.compareAndSet(null, e);
        }
        catch (Throwable e) {
            failure.compareAndSet(null, e);
            if (failure.get() instanceof InterruptedException) {
                failure.set(e);
            }
        }
    }

    private static void join(Thread thread)
    {
        try {
            thread.join();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TarnException(STORAGE_IO_ERROR, "Ingestion was interrupted", e);
        }
    }

    @FunctionalInterface
    private interface Step
    {
        void run()
                throws Exception;
    }
}
