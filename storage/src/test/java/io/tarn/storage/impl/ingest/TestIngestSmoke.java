package io.tarn.storage.impl.ingest;

import io.tarn.storage.CreateEventDataStoreRequest;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.IngestReport;
import io.tarn.storage.IngestRequest;
import io.tarn.storage.IngestSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

public class TestIngestSmoke
{
    @Test
    public void testSmoke(@TempDir Path directory)
            throws Exception
    {
        try (TestingStorage storage = new TestingStorage(directory)) {
            EventDataStore store = storage.createStore(CreateEventDataStoreRequest.withDefaults("s").withRetentionPeriodDays(3653));
            String input = Path.of(getClass().getResource("/events/invictus").toURI()).toString();
            IngestReport report = storage.ingest(IngestRequest.live(store.id(), List.of(IngestSource.file(input))));
            System.out.println(report);
            List<Map<String, Object>> rows = storage.readRows(store.id());
            System.out.println(rows.get(0));
            assertThat(rows).hasSize(2900);
        }
    }
}
