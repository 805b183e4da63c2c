package io.tarn.storage.impl.ingest;

import io.tarn.error.TarnException;
import io.tarn.storage.CompactionReport;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.StorageErrorCode;
import io.tarn.storage.impl.DataFile;
import io.tarn.storage.impl.DataFileRegistry.TransactionKind;
import io.tarn.storage.impl.orc.OrcFileSettings;
import io.tarn.storage.impl.orc.OrcSchemas;
import io.tarn.storage.schema.EventSchema;
import org.apache.hadoop.fs.Path;
import org.apache.orc.OrcFile;
import org.apache.orc.Reader;
import org.apache.orc.RecordReader;
import org.apache.orc.TypeDescription;
import org.apache.orc.storage.ql.exec.vector.TimestampColumnVector;
import org.apache.orc.storage.ql.exec.vector.VectorizedRowBatch;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static io.tarn.storage.StorageErrorCode.STORAGE_IO_ERROR;
import static java.util.Objects.requireNonNull;

/**
 * {@link io.tarn.storage.Lake#compact}: merges the small files of each partition into large ones.
 *
 * <p>A file is small below {@link CompactionSettings#smallFileBytes}. The small files of a partition (at
 * most {@link CompactionSettings#maxFilesPerMerge} at a time, oldest first, in rounds until fewer than two are
 * left) are merged with a streaming
 * k-way merge on event time (each file is sorted, so the output is too; equal times keep the order of the
 * files), written as files of about {@link CompactionSettings#targetFileBytes}, and swapped for the inputs
 * in one storage transaction per partition. Memory holds one batch and one stripe per input, whatever the
 * sizes. If another process compacted or expired one of the inputs first, that partition is left alone.
 */
public final class StoreCompactor
{
    private static final int READ_BATCH_ROWS = 256;

    private final StorageContext context;
    private final CompactionSettings settings;

    public StoreCompactor(StorageContext context, CompactionSettings settings)
    {
        this.context = requireNonNull(context, "context is null");
        this.settings = requireNonNull(settings, "settings is null");
    }

    /**
     * Whether maintenance should compact the store: some partition has at least
     * {@link CompactionSettings#maintenanceThreshold} small files.
     */
    public boolean needsCompaction(EventDataStore store)
    {
        return smallFilesByPartition(store.id()).values().stream()
                .anyMatch(files -> files.size() >= settings.maintenanceThreshold());
    }

    public CompactionReport compact(EventDataStore store)
    {
        Tally tally = new Tally();
        for (Map.Entry<String, List<DataFile>> partition : smallFilesByPartition(store.id()).entrySet()) {
            if (compactPartition(store, partition.getValue(), tally)) {
                tally.partitions++;
            }
        }
        return new CompactionReport(store.id(), tally.partitions, tally.filesBefore, tally.filesAfter, tally.bytesBefore, tally.bytesAfter, tally.events);
    }

    /**
     * Merges a partition's small files until fewer than two are left: a merge takes at most
     * {@link CompactionSettings#maxFilesPerMerge} files, so a partition of many small files (a trail's
     * ingestion leaves hundreds) takes several rounds, each merge's output joining the later ones while it
     * is still small. Returns whether anything was merged.
     */
    private boolean compactPartition(EventDataStore store, List<DataFile> smallFiles, Tally tally)
    {
        List<DataFile> small = new ArrayList<>(smallFiles);
        boolean merged = false;
        while (small.size() >= 2) {
            List<DataFile> inputs = List.copyOf(small.subList(0, Math.min(small.size(), settings.maxFilesPerMerge())));
            List<DataFile> outputs;
            try {
                outputs = merge(store, inputs);
            }
            catch (TarnException e) {
                if (e.getErrorCode().equals(StorageErrorCode.CONFLICT.toErrorCode())) {
                    return merged;
                }
                throw e;
            }
            merged = true;
            tally.merged(inputs, outputs);
            small.removeAll(inputs);
            if (outputs.size() >= inputs.size()) {
                // merging made no fewer files: another round would only rewrite them
                break;
            }
            outputs.stream().filter(file -> file.sizeBytes() < settings.smallFileBytes()).forEach(small::add);
        }
        return merged;
    }

    /**
     * What a compaction did, counting files it wrote and merged again as neither before nor after.
     */
    private static final class Tally
    {
        private final Set<String> written = new HashSet<>();
        private int partitions;
        private int filesBefore;
        private int filesAfter;
        private long bytesBefore;
        private long bytesAfter;
        private long events;

        void merged(List<DataFile> inputs, List<DataFile> outputs)
        {
            for (DataFile input : inputs) {
                if (written.remove(input.relativePath())) {
                    filesAfter--;
                    bytesAfter -= input.sizeBytes();
                    events -= input.rowCount();
                }
                else {
                    filesBefore++;
                    bytesBefore += input.sizeBytes();
                }
            }
            for (DataFile output : outputs) {
                written.add(output.relativePath());
                filesAfter++;
                bytesAfter += output.sizeBytes();
                events += output.rowCount();
            }
        }
    }

    /**
     * The small files of each partition, oldest first (by the time their events start, then by name).
     */
    private Map<String, List<DataFile>> smallFilesByPartition(String storeId)
    {
        Map<String, List<DataFile>> partitions = new LinkedHashMap<>();
        for (DataFile file : context.registry().liveFiles(storeId)) {
            if (file.sizeBytes() < settings.smallFileBytes()) {
                partitions.computeIfAbsent(file.partition(), key -> new ArrayList<>()).add(file);
            }
        }
        return partitions;
    }

    private List<DataFile> merge(EventDataStore store, List<DataFile> inputs)
    {
        EventSchema schema = store.schema();
        TypeDescription orcSchema = OrcSchemas.toOrcSchema(schema);
        int eventTimeColumn = schema.columnIndex(EventSchema.EVENT_TIME).orElseThrow();
        long inputRows = inputs.stream().mapToLong(DataFile::rowCount).sum();
        long inputBytes = inputs.stream().mapToLong(DataFile::sizeBytes).sum();
        // rows per output file, from the inputs' bytes per row
        long rowsPerFile = Math.max(1, settings.targetFileBytes() * inputRows / Math.max(1, inputBytes));

        try (FileTransaction transaction = FileTransaction.begin(context, store.id(), TransactionKind.COMPACT)) {
            List<WrittenFile> outputs = new ArrayList<>();
            AtomicInteger fileNumbers = new AtomicInteger();
            List<Cursor> cursors = new ArrayList<>();
            DataFileWriter writer = null;
            try {
                PriorityQueue<Cursor> queue = new PriorityQueue<>();
                for (int index = 0; index < inputs.size(); index++) {
                    Cursor cursor = new Cursor(context, inputs.get(index), orcSchema, eventTimeColumn, index);
                    cursors.add(cursor);
                    if (cursor.advance()) {
                        queue.add(cursor);
                    }
                }
                String partition = inputs.get(0).partition();
                while (!queue.isEmpty()) {
                    Cursor cursor = queue.poll();
                    if (writer == null) {
                        String relativePath = partition + "/part-" + transaction.transactionId() + "-" + fileNumbers.getAndIncrement() + ".orc";
                        writer = new DataFileWriter(context, transaction.stagingPath(relativePath), partition, relativePath, orcSchema, eventTimeColumn, false);
                    }
                    writer.add(cursor.batch.cols, cursor.row);
                    if (writer.rows() >= rowsPerFile) {
                        outputs.add(finish(transaction, writer));
                        writer = null;
                    }
                    if (cursor.advance()) {
                        queue.add(cursor);
                    }
                }
                if (writer != null) {
                    outputs.add(finish(transaction, writer));
                    writer = null;
                }
            }
            finally {
                if (writer != null) {
                    writer.close();
                }
                for (Cursor cursor : cursors) {
                    cursor.close();
                }
            }
            long outputRows = outputs.stream().mapToLong(WrittenFile::rowCount).sum();
            if (outputRows != inputRows) {
                throw new TarnException(StorageErrorCode.CORRUPT_DATA_FILE, "Compaction read " + outputRows + " events from files the catalog says hold " + inputRows);
            }
            List<DataFile> committed = outputs.stream().map(file -> file.toDataFile(store.id(), transaction.transactionId())).toList();
            transaction.commit(committed, inputs.stream().map(DataFile::relativePath).toList());
            return committed;
        }
        catch (IOException e) {
            throw new TarnException(STORAGE_IO_ERROR, "Cannot compact event data store '" + store.name() + "': " + e.getMessage(), e);
        }
    }

    private WrittenFile finish(FileTransaction transaction, DataFileWriter writer)
            throws IOException
    {
        WrittenFile file = writer.finish();
        context.listener().fileStaged(transaction.transactionId(), transaction.stagingPath(file.relativePath()).toString());
        return file;
    }

    /**
     * The next row of one input file, ordered by event time and then by the file's place among the inputs.
     */
    private static final class Cursor
            implements Comparable<Cursor>, Closeable
    {
        private final Reader reader;
        private final RecordReader rows;
        private final VectorizedRowBatch batch;
        private final TimestampColumnVector eventTimes;
        private final int order;
        private int row = -1;

        Cursor(StorageContext context, DataFile file, TypeDescription schema, int eventTimeColumn, int order)
                throws IOException
        {
            Path path = context.locate(file);
            this.reader = OrcFile.createReader(path, OrcFileSettings.readerOptions(context.configuration(), context.fileSystem()));
            if (!reader.getSchema().equals(schema)) {
                reader.close();
                throw new TarnException(StorageErrorCode.CORRUPT_DATA_FILE, "Data file '" + file.relativePath() + "' has schema " + reader.getSchema() + ", expected " + schema);
            }
            this.rows = reader.rows(reader.options());
            this.batch = schema.createRowBatch(READ_BATCH_ROWS);
            this.eventTimes = (TimestampColumnVector) batch.cols[eventTimeColumn];
            this.order = order;
        }

        /**
         * Moves to the next row; false at the end of the file.
         */
        boolean advance()
                throws IOException
        {
            row++;
            while (row >= batch.size) {
                if (!rows.nextBatch(batch)) {
                    return false;
                }
                row = 0;
            }
            return true;
        }

        long eventTime()
        {
            return eventTimes.time[eventTimes.isRepeating ? 0 : row];
        }

        @Override
        public int compareTo(Cursor other)
        {
            int comparison = Long.compare(eventTime(), other.eventTime());
            return comparison != 0 ? comparison : Integer.compare(order, other.order);
        }

        @Override
        public void close()
                throws IOException
        {
            try (Reader closingReader = reader) {
                rows.close();
            }
        }
    }
}
