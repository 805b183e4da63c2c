package io.tarn.storage.impl.catalog;

import io.tarn.storage.LakeOptions;
import io.tarn.storage.TestingClock;
import io.tarn.storage.impl.CatalogDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.util.SplittableRandom;

import static io.tarn.error.TarnAssertions.assertTarnExceptionThrownBy;
import static io.tarn.storage.StorageErrorCode.CATALOG_ERROR;
import static io.tarn.storage.StorageErrorCode.INVALID_PARAMETER;
import static org.assertj.core.api.Assertions.assertThat;

public class TestLakePropertiesTable
{
    private static final Instant CREATED = Instant.parse("2024-05-06T07:08:09.010Z");

    @TempDir
    private Path directory;

    @Test
    public void testNewLakeDrawsAccountIdOnce()
    {
        LakeOptions options = LakeOptions.at(directory.toString()).withRegion("eu-west-1").withClock(new TestingClock(CREATED));
        LakeProperties first;
        try (CatalogDatabase database = CatalogDatabase.open(directory)) {
            first = LakePropertiesTable.loadOrInitialize(database, options, new SplittableRandom(1));
        }
        assertThat(first.accountId()).matches("\\d{12}");
        assertThat(first.region()).isEqualTo("eu-west-1");
        assertThat(first.createdTimestamp()).isEqualTo(CREATED);
        assertThat(first.formatVersion()).isEqualTo(1);
        assertThat(first.eventDataStoreArn("abc")).isEqualTo("arn:aws:cloudtrail:eu-west-1:" + first.accountId() + ":eventdatastore/abc");

        // A later open keeps what the first one recorded, whatever its random numbers, region and clock
        try (CatalogDatabase database = CatalogDatabase.open(directory)) {
            LakeProperties second = LakePropertiesTable.loadOrInitialize(database, LakeOptions.at(directory.toString()), new SplittableRandom(2));
            assertThat(second).isEqualTo(first);
        }
    }

    @Test
    public void testGivenAccountIdIsKeptAndChecked()
    {
        LakeOptions options = LakeOptions.at(directory.toString()).withAccountId("000000000042");
        try (CatalogDatabase database = CatalogDatabase.open(directory)) {
            assertThat(LakePropertiesTable.loadOrInitialize(database, options, new SplittableRandom(1)).accountId()).isEqualTo("000000000042");
            assertThat(LakePropertiesTable.loadOrInitialize(database, LakeOptions.at(directory.toString()), new SplittableRandom(1)).accountId()).isEqualTo("000000000042");
            assertTarnExceptionThrownBy(() -> LakePropertiesTable.loadOrInitialize(database, options.withAccountId("111111111111"), new SplittableRandom(1)), INVALID_PARAMETER)
                    .hasMessage("The lake belongs to account '000000000042' and cannot be opened as account '111111111111'");
        }
    }

    @Test
    public void testInvalidOptions()
    {
        try (CatalogDatabase database = CatalogDatabase.open(directory)) {
            assertTarnExceptionThrownBy(() -> LakePropertiesTable.loadOrInitialize(database, LakeOptions.at(directory.toString()).withAccountId("12345"), new SplittableRandom(1)),
                    INVALID_PARAMETER)
                    .hasMessage("Account id '12345' is not valid: it must be 12 digits");
            assertTarnExceptionThrownBy(() -> LakePropertiesTable.loadOrInitialize(database, LakeOptions.at(directory.toString()).withRegion("US East"), new SplittableRandom(1)),
                    INVALID_PARAMETER);
        }
    }

    @Test
    public void testNewerFormatRefused()
    {
        try (CatalogDatabase database = CatalogDatabase.open(directory)) {
            LakePropertiesTable.loadOrInitialize(database, LakeOptions.at(directory.toString()), new SplittableRandom(1));
            database.inTransaction(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate("UPDATE lake_properties SET value = '2' WHERE name = 'format_version'");
                }
                return null;
            });
            assertTarnExceptionThrownBy(() -> LakePropertiesTable.loadOrInitialize(database, LakeOptions.at(directory.toString()), new SplittableRandom(1)), CATALOG_ERROR)
                    .hasMessage("The lake's catalog has format version 2, written by a newer Tarn; this Tarn reads version 1");
        }
    }
}
