package io.tarn.storage.impl.scan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import io.tarn.storage.impl.DataFile;
import io.tarn.storage.impl.DataFileRegistry;
import io.tarn.storage.impl.DataFileRegistry.TransactionKind;
import io.tarn.storage.impl.StoreLayout;
import io.tarn.storage.schema.EventSchemas;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * Commits ORC data files of CloudTrail events to a store as ingestion does: the files are written to the
 * transaction's staging directory, made live by one catalog commit, then moved into
 * {@code data/eventdate=.../} and the transaction finished. A stand-in for ingestion until it lands.
 */
final class TestingDataFiles
{
    private final FileSystem fileSystem;
    private final StoreLayout layout;
    private final DataFileRegistry registry;

    TestingDataFiles(FileSystem fileSystem, StoreLayout layout, DataFileRegistry registry)
    {
        this.fileSystem = requireNonNull(fileSystem, "fileSystem is null");
        this.layout = requireNonNull(layout, "layout is null");
        this.registry = requireNonNull(registry, "registry is null");
    }

    /**
     * Commits one file per list of events (sorted by event time, all on one UTC day) and moves them into place.
     */
    List<DataFile> commit(String storeId, List<List<ObjectNode>> files, TestingOrcEventWriter.Settings settings)
    {
        return commit(storeId, files, settings, true);
    }

    /**
     * Commits the files but leaves them in the staging directory, as a process that died right after the
     * commit point would.
     */
    List<DataFile> commitWithoutMoving(String storeId, List<List<ObjectNode>> files)
    {
        return commit(storeId, files, TestingOrcEventWriter.Settings.DEFAULT, false);
    }

    private List<DataFile> commit(String storeId, List<List<ObjectNode>> files, TestingOrcEventWriter.Settings settings, boolean move)
    {
        String transactionId = UUID.randomUUID().toString();
        String staging = layout.stagingDirectory(storeId, transactionId);
        registry.begin(storeId, transactionId, TransactionKind.INGEST, staging, System.currentTimeMillis());
        ImmutableList.Builder<DataFile> written = ImmutableList.builder();
        try {
            for (int index = 0; index < files.size(); index++) {
                List<ObjectNode> events = files.get(index);
                long minEventTime = TestingCloudTrailEvents.eventTimeMillis(events.get(0));
                long maxEventTime = TestingCloudTrailEvents.eventTimeMillis(events.get(events.size() - 1));
                String partition = StoreLayout.partitionOf(minEventTime);
                String relativePath = partition + "/part-" + transactionId + "-" + index + ".orc";
                TestingOrcEventWriter.WrittenFile file = TestingOrcEventWriter.write(fileSystem, staging + "/" + relativePath, EventSchemas.CLOUDTRAIL, events, settings);
                written.add(new DataFile(
                        storeId,
                        partition,
                        relativePath,
                        file.rowCount(),
                        file.sizeBytes(),
                        minEventTime,
                        maxEventTime,
                        file.columnBytes(),
                        file.metadataBytes(),
                        transactionId));
            }
            List<DataFile> dataFiles = written.build();
            registry.commit(transactionId, dataFiles, List.of());
            if (move) {
                for (DataFile file : dataFiles) {
                    Path target = new Path(layout.dataDirectory(storeId) + "/" + file.relativePath());
                    fileSystem.mkdirs(target.getParent());
                    if (!fileSystem.rename(new Path(staging + "/" + file.relativePath()), target)) {
                        throw new IOException("cannot move " + file.relativePath());
                    }
                }
                fileSystem.delete(new Path(staging), true);
                registry.finish(transactionId);
            }
            return dataFiles;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
