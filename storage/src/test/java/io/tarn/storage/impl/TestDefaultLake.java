package io.tarn.storage.impl;

import io.tarn.storage.CreateEventDataStoreRequest;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.Lake;
import io.tarn.storage.LakeOptions;
import io.tarn.storage.MaintenanceReport;
import io.tarn.storage.TestingClock;
import io.tarn.storage.impl.DataFileRegistry.TransactionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.tarn.error.TarnAssertions.assertTarnExceptionThrownBy;
import static io.tarn.storage.StorageErrorCode.CATALOG_ERROR;
import static io.tarn.storage.StorageErrorCode.INVALID_PARAMETER;
import static io.tarn.storage.StorageErrorCode.STORAGE_IO_ERROR;
import static org.assertj.core.api.Assertions.assertThat;

public class TestDefaultLake
{
    private static final Instant START = Instant.parse("2024-03-01T00:00:00Z");

    @TempDir
    private Path directory;

    @Test
    public void testOpenRelativeLocalPath()
    {
        Path lakeDirectory = directory.resolve("lakes/first");
        String relative = Path.of("").toAbsolutePath().relativize(lakeDirectory).toString();

        try (Lake lake = Lake.open(LakeOptions.at(relative))) {
            assertThat(lake.metadataDirectory()).isEqualTo(lakeDirectory);
            assertThat(lake.accountId()).matches("\\d{12}");
            assertThat(lake.region()).isEqualTo("us-east-1");
        }
        assertThat(lakeDirectory.resolve("catalog.db")).isRegularFile();
    }

    @Test
    public void testOpenFileUriWithSeparateMetadataDirectory()
    {
        Path data = directory.resolve("data lake");
        Path metadata = directory.resolve("metadata");

        try (Lake lake = Lake.open(LakeOptions.at("file:" + data).withMetadataDirectory(metadata))) {
            assertThat(lake.metadataDirectory()).isEqualTo(metadata);
            assertThat(((DefaultLake) lake).layout().root()).isEqualTo("file:" + data);
        }
        assertThat(data).isDirectory();
        assertThat(metadata.resolve("catalog.db")).isRegularFile();
        assertThat(data.resolve("catalog.db")).doesNotExist();
    }

    @Test
    public void testRemoteLakeNeedsMetadataDirectory()
    {
        assertTarnExceptionThrownBy(() -> Lake.open(LakeOptions.at("hdfs://namenode:8020/lake")), INVALID_PARAMETER)
                .hasMessage("The lake at 'hdfs://namenode:8020/lake' is not on the local file system, so it needs a metadata directory: "
                        + "a local directory for its catalog database");
        assertTarnExceptionThrownBy(() -> Lake.open(LakeOptions.at("nosuch://host/lake").withMetadataDirectory(directory)), STORAGE_IO_ERROR)
                .hasMessageStartingWith("Cannot open the file system of the lake at 'nosuch://host/lake': ")
                .hasMessageContaining("No FileSystem for scheme");
        assertTarnExceptionThrownBy(() -> Lake.open(LakeOptions.at("file:relative/lake")), INVALID_PARAMETER)
                .hasMessage("Location 'file:relative/lake' must be an absolute local path such as file:/var/lib/tarn/lake");
        assertTarnExceptionThrownBy(() -> Lake.open(LakeOptions.at(" ")), INVALID_PARAMETER);
    }

    @Test
    public void testLocationThatIsAFile()
            throws IOException
    {
        Path file = Files.writeString(directory.resolve("not-a-directory"), "x");

        assertTarnExceptionThrownBy(() -> Lake.open(LakeOptions.at(file.toString()).withMetadataDirectory(directory.resolve("metadata"))), STORAGE_IO_ERROR)
                .hasMessageStartingWith("Cannot open the lake at 'file:" + file + "': ");
    }

    @Test
    public void testIdentityPersistsAcrossOpens()
    {
        String accountId;
        String arn;
        try (Lake lake = Lake.open(LakeOptions.at(directory.toString()).withRegion("eu-central-1"))) {
            accountId = lake.accountId();
            arn = lake.catalog().create(CreateEventDataStoreRequest.withDefaults("audit")).arn();
        }
        assertThat(arn).startsWith("arn:aws:cloudtrail:eu-central-1:" + accountId + ":eventdatastore/");

        try (Lake lake = Lake.open(LakeOptions.at(directory.toString()))) {
            assertThat(lake.accountId()).isEqualTo(accountId);
            assertThat(lake.region()).isEqualTo("eu-central-1");
            assertThat(lake.catalog().get("audit").arn()).isEqualTo(arn);
        }
    }

    @Test
    public void testMaintainPurgesStoresAfterSevenDays()
            throws IOException
    {
        TestingClock clock = new TestingClock(START);
        try (Lake lake = Lake.open(LakeOptions.at(directory.toString()).withClock(clock))) {
            DefaultLake defaultLake = (DefaultLake) lake;
            EventDataStore doomed = lake.catalog().create(CreateEventDataStoreRequest.withDefaults("doomed").withTerminationProtectionEnabled(false));
            EventDataStore kept = lake.catalog().create(CreateEventDataStoreRequest.withDefaults("kept"));
            commitFile(defaultLake, doomed.id());
            commitFile(defaultLake, kept.id());
            lake.catalog().delete("doomed");

            clock.advance(Duration.ofDays(7).minusSeconds(1));
            assertThat(lake.maintain().storesPurged()).isEmpty();
            assertThat(storeDirectory(doomed)).isDirectory();

            clock.advance(Duration.ofSeconds(1));
            MaintenanceReport report = lake.maintain();
            assertThat(report.storesPurged()).containsExactly(doomed.id());
            assertThat(storeDirectory(doomed)).doesNotExist();
            assertThat(defaultLake.dataFiles().liveFiles(doomed.id())).isEmpty();
            assertThat(lake.catalog().find(doomed.id())).isEmpty();
            assertThat(lake.catalog().list()).extracting(EventDataStore::name).containsExactly("kept");
            assertThat(storeDirectory(kept)).isDirectory();
            assertThat(defaultLake.dataFiles().liveFiles(kept.id())).hasSize(1);

            assertThat(lake.maintain().storesPurged()).isEmpty();
        }
    }

    @Test
    public void testCloseClosesDatabase()
    {
        Lake lake = Lake.open(LakeOptions.at(directory.toString()));
        lake.close();
        lake.close();

        assertTarnExceptionThrownBy(() -> lake.catalog().list(), CATALOG_ERROR);
    }

    @Test
    public void testNoChecksumFilesInLake()
            throws IOException
    {
        try (Lake lake = Lake.open(LakeOptions.at(directory.toString()))) {
            try (OutputStream output = lake.files().create(lake.files().resolve(directory.toString(), "results/result.csv"))) {
                output.write(1);
            }
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            assertThat(paths.map(path -> directory.relativize(path).toString()))
                    .noneMatch(name -> name.endsWith(".crc"))
                    .contains("results/result.csv", "catalog.db");
        }
    }

    private Path storeDirectory(EventDataStore store)
    {
        return directory.resolve("stores").resolve(store.id());
    }

    private static void commitFile(DefaultLake lake, String storeId)
            throws IOException
    {
        String relativePath = "eventdate=2024-02-29/part-t1-0.orc";
        String transactionId = "t-" + storeId;
        try (OutputStream output = lake.files().create(lake.layout().dataDirectory(storeId) + "/" + relativePath)) {
            output.write(new byte[] {1, 2, 3});
        }
        DataFileRegistry registry = lake.dataFiles();
        registry.begin(storeId, transactionId, TransactionKind.INGEST, lake.layout().stagingDirectory(storeId, transactionId), START.toEpochMilli());
        registry.commit(transactionId, List.of(new DataFile(storeId, "eventdate=2024-02-29", relativePath, 1, 3, START.toEpochMilli(), START.toEpochMilli(), Map.of(), 0, transactionId)), List.of());
        registry.finish(transactionId);
    }
}
