package io.tarn.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import io.tarn.server.api.LakeJson;
import io.tarn.storage.CreateEventDataStoreRequest;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.IngestReport;
import io.tarn.storage.IngestRequest;
import io.tarn.storage.IngestSource;
import io.tarn.storage.Lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real CloudTrail log files in {@code samples/cloudtrail/invictus-ir-aws_dataset} (an attack simulation
 * by Invictus Incident Response, MIT licence, see the {@code LICENSE.md} there): ingested into a store, and
 * read independently with Jackson so that tests compute expected values from the input itself.
 */
public final class TestingSamples
{
    public static final int RETENTION_DAYS = 3653;

    private TestingSamples() {}

    public static Path directory()
    {
        return Path.of(System.getProperty("tarn.samples", "../samples/cloudtrail/invictus-ir-aws_dataset"));
    }

    /**
     * Creates a store with ten years of retention (the events are from 2023) and ingests the samples.
     */
    public static EventDataStore ingest(Lake lake, String storeName)
    {
        EventDataStore store = lake.catalog().create(CreateEventDataStoreRequest.withDefaults(storeName)
                .withRetentionPeriodDays(RETENTION_DAYS)
                .withTerminationProtectionEnabled(false));
        IngestReport report = lake.ingest(IngestRequest.live(store.id(), List.of(IngestSource.file(directory().toString()))));
        if (report.eventsStored() != records().size()) {
            throw new IllegalStateException("stored " + report.eventsStored() + " of " + records().size() + " sample events: " + report);
        }
        return store;
    }

    /**
     * Every record of the sample files, as Jackson reads them.
     */
    public static List<JsonNode> records()
    {
        ImmutableList.Builder<JsonNode> records = ImmutableList.builder();
        try (Stream<Path> files = Files.list(directory())) {
            for (Path file : files.filter(path -> path.getFileName().toString().endsWith(".json")).sorted().toList()) {
                LakeJson.MAPPER.readTree(file.toFile()).get("Records").forEach(records::add);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records.build();
    }
}
