package io.tarn.storage.impl.catalog;

import io.tarn.storage.EventDataStore;
import io.tarn.storage.Lake;
import io.tarn.storage.LakeOptions;
import io.tarn.storage.impl.DefaultLake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.tarn.storage.EventDataStoreStatus.ENABLED;
import static io.tarn.storage.EventDataStoreStatus.PENDING_DELETION;
import static io.tarn.storage.EventDataStoreStatus.STOPPED_INGESTION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two real processes create and change stores in one lake at once; SQLite's locking must keep the catalog
 * consistent.
 */
public class TestCatalogConcurrency
{
    private static final int STORES = 20;
    private static final int UPDATES = 4;

    @TempDir
    private Path directory;

    @Test
    public void testTwoProcessesChangeStoresAtOnce()
            throws Exception
    {
        Path lakeDirectory = directory.resolve("lake");
        Worker worker = Worker.start(lakeDirectory, directory.resolve("go"), "child", STORES, UPDATES, 1000);
        try (Lake lake = Lake.open(LakeOptions.at(lakeDirectory.toString()).withMaxEventDataStores(1000))) {
            worker.awaitReady();
            worker.go();
            CatalogWorkload.Result own = CatalogWorkload.run(lake.catalog(), "parent", STORES, UPDATES);
            List<String> output = worker.awaitExit();

            assertThat(output).contains("account=" + lake.accountId(), "created=" + STORES + " limited=0");
            assertThat(own).isEqualTo(new CatalogWorkload.Result(STORES, 0));
            List<EventDataStore> stores = lake.catalog().list();
            assertThat(stores).hasSize(2 * STORES);
            for (String prefix : List.of("parent", "child")) {
                for (int index = 0; index < STORES; index++) {
                    EventDataStore store = lake.catalog().get(CatalogWorkload.name(prefix, index));
                    assertThat(store.tags()).isEqualTo(Map.of("owner", prefix, "round", Integer.toString(UPDATES)));
                    assertThat(store.retentionPeriodDays()).isEqualTo(CatalogWorkload.retentionAfter(UPDATES));
                    assertThat(store.status()).isEqualTo(index % 5 == 0 ? PENDING_DELETION : index % 3 == 0 ? STOPPED_INGESTION : ENABLED);
                }
            }
            assertThat(integrityCheck(lake)).isEqualTo("ok");
        }
    }

    @Test
    public void testStoreLimitHoldsAcrossProcesses()
            throws Exception
    {
        Path lakeDirectory = directory.resolve("lake");
        int limit = 10;
        Worker worker = Worker.start(lakeDirectory, directory.resolve("go"), "child", limit, 1, limit);
        try (Lake lake = Lake.open(LakeOptions.at(lakeDirectory.toString()).withMaxEventDataStores(limit))) {
            worker.awaitReady();
            worker.go();
            CatalogWorkload.Result own = CatalogWorkload.run(lake.catalog(), "parent", limit, 1);
            CatalogWorkload.Result other = CatalogWorkload.Result.parse(worker.awaitExit().get(1));

            assertThat(own.created() + other.created()).isEqualTo(limit);
            assertThat(own.limited() + other.limited()).isEqualTo(limit);
            assertThat(lake.catalog().list()).hasSize(limit);
            assertThat(integrityCheck(lake)).isEqualTo("ok");
        }
    }

    private static String integrityCheck(Lake lake)
    {
        return ((DefaultLake) lake).database().inTransaction(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
                rows.next();
                return rows.getString(1);
            }
        });
    }

    private record Worker(Process process, BufferedReader output, Path goFile, Path errorFile)
    {
        static Worker start(Path lakeDirectory, Path goFile, String prefix, int stores, int updates, int maxStores)
                throws IOException
        {
            String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            Path errorFile = goFile.resolveSibling("worker-stderr.txt");
            Process process = new ProcessBuilder(
                    java,
                    "-Xmx256m",
                    "-XX:TieredStopAtLevel=1",
                    "-cp",
                    System.getProperty("java.class.path"),
                    TestingCatalogWorker.class.getName(),
                    lakeDirectory.toString(),
                    goFile.toString(),
                    prefix,
                    Integer.toString(stores),
                    Integer.toString(updates),
                    Integer.toString(maxStores))
                    .redirectError(errorFile.toFile())
                    .start();
            return new Worker(process, new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)), goFile, errorFile);
        }

        void awaitReady()
                throws IOException
        {
            String line = output.readLine();
            assertThat(line).as("worker said: %s; its errors: %s", line, Files.readString(errorFile)).isEqualTo("ready");
        }

        void go()
                throws IOException
        {
            Files.writeString(goFile, "go");
        }

        List<String> awaitExit()
                throws IOException, InterruptedException
        {
            List<String> lines = output.lines().toList();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
            assertThat(process.exitValue()).as("worker exit status; its errors: %s", Files.readString(errorFile)).isZero();
            return lines;
        }
    }
}
