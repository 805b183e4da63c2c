package io.tarn.engine.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tarn.storage.CreateEventDataStoreRequest;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.IngestReport;
import io.tarn.storage.IngestRequest;
import io.tarn.storage.IngestSource;
import io.tarn.storage.Lake;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Real CloudTrail events for query service tests: the six log files of invictus-ir/aws_dataset (536 events of
 * 2023-07-10, MIT licence) that the storage module keeps in its test resources
 * ({@code storage/src/test/resources/events/invictus-ir-aws_dataset}, see the {@code NOTICE.md} there) and
 * ships in its test jar, read from the class path.
 */
final class TestingEvents
{
    static final String DIRECTORY = "/events/invictus-ir-aws_dataset/";
    static final List<String> FILES = List.of(
            "218007301253_CloudTrail_us-east-1_20230710T1145Z_7xgocspSowgK0Gto.json",
            "218007301253_CloudTrail_us-east-1_20230710T1145Z_s7dpHbl38neqZbm2.json",
            "218007301253_CloudTrail_us-east-1_20230710T1200Z_x9kHmzMa7cx6l9wM.json",
            "218007301253_CloudTrail_us-east-1_20230710T1205Z_UljXNp9xLp8nsAGc.json",
            "218007301253_CloudTrail_us-east-1_20230710T1230Z_9SJSsrxJ0ChF5VFb.json",
            "218007301253_CloudTrail_us-east-1_20230710T1235Z_YbVFCP9AYzJDhHV9.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestingEvents() {}

    /**
     * Creates a CloudTrail store keeping events ten years (they are from 2023) and ingests the files into it,
     * one ingestion each, so the store has several data files.
     */
    static EventDataStore createStore(Lake lake, String name)
    {
        EventDataStore store = lake.catalog().create(CreateEventDataStoreRequest.withDefaults(name).withRetentionPeriodDays(3653));
        long stored = 0;
        for (String file : FILES) {
            IngestReport report;
            try {
                report = lake.ingest(IngestRequest.live(name, List.of(new IngestSource.StreamSource(file, open(file)))));
            }
            catch (UnsupportedOperationException e) {
                // Until the ingestion work is merged into this branch, these tests cannot run
                Assumptions.abort("ingestion is not available: " + e.getMessage());
                throw e;
            }
            stored += report.eventsStored();
        }
        if (stored != events().size()) {
            throw new IllegalStateException("stored " + stored + " of " + events().size() + " events");
        }
        return store;
    }

    /**
     * The events of the files, parsed independently of Tarn.
     */
    static List<JsonNode> events()
    {
        List<JsonNode> events = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream input = open(file)) {
                JSON.readTree(input).get("Records").forEach(events::add);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return events;
    }

    private static InputStream open(String file)
    {
        InputStream input = TestingEvents.class.getResourceAsStream(DIRECTORY + file);
        if (input == null) {
            throw new IllegalStateException("missing test resource " + DIRECTORY + file + " (from the tarn-storage test jar)");
        }
        return input;
    }
}
