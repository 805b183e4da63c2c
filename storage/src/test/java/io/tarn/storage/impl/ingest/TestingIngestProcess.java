package io.tarn.storage.impl.ingest;

import io.tarn.storage.AdvancedEventSelector;
import io.tarn.storage.BillingMode;
import io.tarn.storage.EventCategory;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.EventDataStoreStatus;
import io.tarn.storage.EventDataStoreType;
import io.tarn.storage.IngestReport;
import io.tarn.storage.IngestRequest;
import io.tarn.storage.IngestSource;
import io.tarn.storage.TestingClock;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A separate JVM that ingests into a lake and, at a chosen step of the commit protocol, says so on
 * standard output and waits to be killed. Arguments: lake directory, store id, input path, buffer bytes,
 * and the step: {@code none}, {@code staged:N} (after N files are staged), {@code before-commit},
 * {@code after-commit} or {@code moved:N} (after N files are moved into place).
 */
public final class TestingIngestProcess
{
    private TestingIngestProcess() {}

    public static void main(String[] arguments)
    {
        Path lake = Path.of(arguments[0]);
        String storeId = arguments[1];
        String input = arguments[2];
        long bufferBytes = Long.parseLong(arguments[3]);
        String step = arguments[4];
        TestingClock clock = new TestingClock(TestingStorage.DEFAULT_NOW);
        try (TestingStorage storage = new TestingStorage(lake, clock, new StopAt(step))) {
            storage.catalog().put(store(storeId));
            storage.withSettings(IngestSettings.defaults().withBufferBytes(bufferBytes));
            IngestReport report = storage.ingest(IngestRequest.live(storeId, List.of(IngestSource.file(input))));
            System.out.println("DONE " + report.eventsStored());
            System.out.flush();
        }
    }

    static EventDataStore store(String storeId)
    {
        Instant created = Instant.parse("2024-01-01T00:00:00Z");
        return new EventDataStore(storeId, "arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/" + storeId, "crash", EventDataStoreType.CLOUDTRAIL,
                EventDataStoreStatus.ENABLED, List.of(AdvancedEventSelector.allEventsOf(EventCategory.MANAGEMENT)), true, false,
                BillingMode.EXTENDABLE_RETENTION_PRICING, 3653, true, Map.of(), created, created, Optional.empty());
    }

    private static void reached(String step)
    {
        System.out.println("REACHED " + step);
        System.out.flush();
        while (true) {
            try {
                Thread.sleep(60_000);
            }
            catch (InterruptedException e) {
                // keep waiting for the kill
            }
        }
    }

    private static final class StopAt
            implements TransactionListener
    {
        private final String step;
        private final AtomicInteger staged = new AtomicInteger();
        private final AtomicInteger moved = new AtomicInteger();

        StopAt(String step)
        {
            this.step = step;
        }

        @Override
        public void fileStaged(String transactionId, String location)
        {
            stopIf("staged:" + staged.incrementAndGet());
        }

        @Override
        public void beforeCommit(String transactionId)
        {
            stopIf("before-commit");
        }

        @Override
        public void afterCommit(String transactionId)
        {
            stopIf("after-commit");
        }

        @Override
        public void fileMoved(String transactionId, String location)
        {
            stopIf("moved:" + moved.incrementAndGet());
        }

        private void stopIf(String current)
        {
            if (current.equals(step)) {
                reached(step);
            }
        }
    }
}
