package io.tarn.storage.impl.ingest;

import io.tarn.storage.IngestRequest;
import io.tarn.storage.IngestSource;
import io.tarn.storage.impl.DataFile;
import io.tarn.storage.impl.DataFileRegistry.StorageTransaction;
import io.tarn.storage.impl.orc.OrcFileSettings;
import org.apache.orc.OrcFile;
import org.apache.orc.Reader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills real ingesting JVMs with SIGKILL at chosen steps of the commit protocol and at arbitrary moments,
 * then opens the lake again: each time the store holds exactly the events it held before the ingestion or
 * all of them after it, recovery leaves nothing in staging, and the data directory holds exactly the
 * files the catalog lists.
 */
public class TestIngestCrashRecovery
{
    private static final int EVENTS = 3_000;
    // small generations, so that every ingestion writes several files
    private static final long BUFFER_BYTES = 2L << 20;

    @Test
    public void testKilledIngestionLeavesStoreBeforeOrAfter(@TempDir Path directory)
            throws Exception
    {
        Path input = directory.resolve("input");
        // two days, so every ingestion writes into two partitions
        new TestingEventGenerator().writeLogFiles(input, EVENTS, 500, Instant.parse("2024-06-01T12:00:00Z"), Duration.ofDays(1).toMillis(), 7);
        Path lake = directory.resolve("lake");
        Files.createDirectories(lake);
        String storeId = UUID.randomUUID().toString();

        // the first ingestion completes, in this JVM
        try (TestingStorage storage = new TestingStorage(lake)) {
            storage.catalog().put(TestingIngestProcess.store(storeId));
            storage.withSettings(IngestSettings.defaults().withBufferBytes(BUFFER_BYTES));
            assertThat(storage.ingest(IngestRequest.live(storeId, List.of(IngestSource.file(input.toString())))).eventsStored()).isEqualTo(EVENTS);
        }
        long expected = EVENTS;
        assertRecovered(lake, storeId, expected);

        long runMillis = 0;
        for (String step : List.of("staged:1", "before-commit", "after-commit", "moved:1")) {
            boolean committed = !step.startsWith("staged") && !step.equals("before-commit");
            long started = System.nanoTime();
            Child child = Child.start(lake, storeId, input, step, directory);
            assertThat(child.awaitLine("REACHED", 120)).as(step).isEqualTo("REACHED " + step);
            // the last step comes after nearly all the work: a measure for killing at arbitrary moments
            runMillis = (System.nanoTime() - started) / 1_000_000;
            child.kill();
            if (step.equals("after-commit")) {
                // before recovery, readers find the committed files in staging
                try (TestingStorage storage = new TestingStorage(lake)) {
                    assertThat(storage.readRows(storeId)).hasSize((int) (expected + EVENTS));
                }
            }
            expected += committed ? EVENTS : 0;
            assertRecovered(lake, storeId, expected);
        }

        // and at moments nobody chose
        for (double fraction : new double[] {0.5, 0.85}) {
            Child child = Child.start(lake, storeId, input, "none", directory);
            Thread.sleep((long) (runMillis * fraction));
            child.kill();
            long after = recoverAndCount(lake, storeId);
            assertThat(after).isIn(expected, expected + EVENTS);
            expected = after;
            assertRecovered(lake, storeId, expected);
        }
    }

    private static long recoverAndCount(Path lake, String storeId)
    {
        try (TestingStorage storage = new TestingStorage(lake)) {
            new TransactionRecovery(storage.context()).recoverAbandonedTransactions();
            return storage.rowCount(storeId);
        }
    }

    private static void assertRecovered(Path lake, String storeId, long expectedRows)
            throws IOException
    {
        try (TestingStorage storage = new TestingStorage(lake)) {
            new TransactionRecovery(storage.context()).recoverAbandonedTransactions();
            assertThat(storage.registry().unfinishedTransactions()).extracting(StorageTransaction::transactionId).isEmpty();
            assertThat(storage.context().locks().transactionsWithLockFiles()).isEmpty();
            assertThat(storage.rowCount(storeId)).isEqualTo(expectedRows);

            Path storeDirectory = lake.resolve("stores").resolve(storeId);
            assertThat(files(storeDirectory.resolve("_staging"))).isEmpty();
            Path data = storeDirectory.resolve("data");
            Set<String> onDisk = files(data).stream().map(file -> data.relativize(file).toString()).collect(Collectors.toSet());
            List<DataFile> live = storage.liveFiles(storeId);
            assertThat(onDisk).isEqualTo(live.stream().map(DataFile::relativePath).collect(Collectors.toSet()));
            for (DataFile file : live) {
                try (Reader reader = OrcFile.createReader(new org.apache.hadoop.fs.Path(data.resolve(file.relativePath()).toUri()),
                        OrcFileSettings.readerOptions(storage.context().configuration(), storage.context().fileSystem()))) {
                    assertThat(reader.getNumberOfRows()).isEqualTo(file.rowCount());
                }
            }
            assertThat(live.stream().map(DataFile::partition).distinct()).containsExactlyInAnyOrder("eventdate=2024-06-01", "eventdate=2024-06-02");
        }
    }

    private static List<Path> files(Path directory)
            throws IOException
    {
        if (!Files.exists(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private record Child(Process process, BlockingQueue<String> lines)
    {
        static Child start(Path lake, String storeId, Path input, String step, Path logDirectory)
                throws IOException
        {
            Process process = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m",
                    "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC",
                    "-cp", System.getProperty("java.class.path"),
                    TestingIngestProcess.class.getName(),
                    lake.toString(), storeId, input.toString(), Long.toString(BUFFER_BYTES), step)
                    .redirectError(logDirectory.resolve("child-" + step.replace(':', '-') + ".err").toFile())
                    .start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8))) {
                    String line;
                    while ((line = output.readLine()) != null) {
                        lines.add(line);
                    }
                }
                catch (IOException e) {
                    // the child was killed
                }
            });
            reader.setDaemon(true);
            reader.start();
            return new Child(process, lines);
        }

        String awaitLine(String prefix, int timeoutSeconds)
                throws InterruptedException
        {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            while (System.nanoTime() < deadline) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line != null && line.startsWith(prefix)) {
                    return line;
                }
                if (line == null && !process.isAlive() && lines.isEmpty()) {
                    return "exited with " + process.exitValue();
                }
            }
            return "timed out";
        }

        void kill()
                throws InterruptedException
        {
            process.destroyForcibly();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
    }
}
