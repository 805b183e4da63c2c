package io.tarn.storage.impl.catalog;

import com.google.common.collect.ImmutableMap;
import io.tarn.storage.AdvancedEventSelector;
import io.tarn.storage.AdvancedEventSelectors;
import io.tarn.storage.BillingMode;
import io.tarn.storage.CreateEventDataStoreRequest;
import io.tarn.storage.EventCategory;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.EventDataStoreType;
import io.tarn.storage.GuideSelectorExamples;
import io.tarn.storage.LakeOptions;
import io.tarn.storage.TestingClock;
import io.tarn.storage.UpdateEventDataStoreRequest;
import io.tarn.storage.impl.CatalogDatabase;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static io.tarn.error.TarnAssertions.assertTarnExceptionThrownBy;
import static io.tarn.storage.BillingMode.EXTENDABLE_RETENTION_PRICING;
import static io.tarn.storage.BillingMode.FIXED_RETENTION_PRICING;
import static io.tarn.storage.EventDataStoreStatus.CREATED;
import static io.tarn.storage.EventDataStoreStatus.ENABLED;
import static io.tarn.storage.EventDataStoreStatus.PENDING_DELETION;
import static io.tarn.storage.EventDataStoreStatus.STOPPED_INGESTION;
import static io.tarn.storage.StorageErrorCode.CHANNEL_EXISTS_FOR_EVENT_DATA_STORE;
import static io.tarn.storage.StorageErrorCode.EVENT_DATA_STORE_ALREADY_EXISTS;
import static io.tarn.storage.StorageErrorCode.EVENT_DATA_STORE_MAX_LIMIT_EXCEEDED;
import static io.tarn.storage.StorageErrorCode.EVENT_DATA_STORE_NOT_FOUND;
import static io.tarn.storage.StorageErrorCode.EVENT_DATA_STORE_TERMINATION_PROTECTED;
import static io.tarn.storage.StorageErrorCode.INACTIVE_EVENT_DATA_STORE;
import static io.tarn.storage.StorageErrorCode.INVALID_EVENT_DATA_STORE_CATEGORY;
import static io.tarn.storage.StorageErrorCode.INVALID_EVENT_DATA_STORE_STATUS;
import static io.tarn.storage.StorageErrorCode.INVALID_EVENT_SELECTORS;
import static io.tarn.storage.StorageErrorCode.INVALID_PARAMETER;
import static org.assertj.core.api.Assertions.assertThat;

public class TestSqliteEventDataStoreCatalog
{
    private static final Instant START = Instant.parse("2024-03-01T10:15:30.123Z");
    private static final String ACCOUNT_ID = "123456789012";
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final int MAX_STORES = 4;

    @TempDir
    private Path directory;
    private final TestingClock clock = new TestingClock(START);
    private final List<String> channelArns = new ArrayList<>();
    private CatalogDatabase database;
    private SqliteEventDataStoreCatalog catalog;

    @BeforeEach
    public void setUp()
    {
        openCatalog();
    }

    @AfterEach
    public void tearDown()
    {
        database.close();
    }

    @Test
    public void testCreateWithDefaults()
    {
        EventDataStore created = catalog.create(CreateEventDataStoreRequest.withDefaults("audit"));

        assertThat(created.id()).matches(UUID_PATTERN);
        assertThat(created.arn()).isEqualTo("arn:aws:cloudtrail:us-east-1:" + ACCOUNT_ID + ":eventdatastore/" + created.id());
        assertThat(created.name()).isEqualTo("audit");
        assertThat(created.status()).isEqualTo(CREATED);
        assertThat(created.type()).isEqualTo(EventDataStoreType.CLOUDTRAIL);
        // Spec 3.1: the default selector Lake returns
        assertThat(AdvancedEventSelectors.toJson(created.advancedEventSelectors()))
                .isEqualTo("[{\"Name\":\"Default management events\",\"FieldSelectors\":[{\"Field\":\"eventCategory\",\"Equals\":[\"Management\"]}]}]");
        assertThat(created.billingMode()).isEqualTo(EXTENDABLE_RETENTION_PRICING);
        assertThat(created.retentionPeriodDays()).isEqualTo(366);
        assertThat(created.terminationProtectionEnabled()).isTrue();
        assertThat(created.multiRegionEnabled()).isTrue();
        assertThat(created.organizationEnabled()).isFalse();
        assertThat(created.tags()).isEmpty();
        assertThat(created.createdTimestamp()).isEqualTo(START);
        assertThat(created.updatedTimestamp()).isEqualTo(START);
        assertThat(created.deletionTimestamp()).isEmpty();

        EventDataStore stored = catalog.get(created.id());
        assertThat(stored.status()).isEqualTo(ENABLED);
        assertThat(stored).usingRecursiveComparison().ignoringFields("status").isEqualTo(created);
    }

    @Test
    public void testCreateWithOptions()
    {
        EventDataStore created = catalog.create(CreateEventDataStoreRequest.withDefaults("insights")
                .withCategory(EventCategory.INSIGHT)
                .withBillingMode(FIXED_RETENTION_PRICING)
                .withTerminationProtectionEnabled(false)
                .withMultiRegionEnabled(false)
                .withTags(Map.of("team", "security", "env", "")));

        assertThat(created.type()).isEqualTo(EventDataStoreType.INSIGHTS);
        assertThat(created.advancedEventSelectors()).containsExactly(AdvancedEventSelector.allEventsOf(EventCategory.INSIGHT));
        assertThat(created.retentionPeriodDays()).isEqualTo(2557);
        assertThat(catalog.get("insights")).satisfies(store -> {
            assertThat(store.terminationProtectionEnabled()).isFalse();
            assertThat(store.multiRegionEnabled()).isFalse();
            assertThat(store.tags()).isEqualTo(Map.of("team", "security", "env", ""));
        });
    }

    @Test
    public void testCreateChecksCategoryAgainstSelectors()
    {
        List<AdvancedEventSelector> dataSelectors = AdvancedEventSelectors.parse("""
                [{"Name": "S3", "FieldSelectors": [{"Field": "eventCategory", "Equals": ["Data"]}, {"Field": "resources.type", "Equals": ["AWS::S3::Object"]}]}]
                """);
        assertThat(catalog.create(CreateEventDataStoreRequest.withDefaults("s3-data").withCategory(EventCategory.DATA).withAdvancedEventSelectors(dataSelectors)).type())
                .isEqualTo(EventDataStoreType.CLOUDTRAIL);
        assertTarnExceptionThrownBy(() -> catalog.create(CreateEventDataStoreRequest.withDefaults("mismatch").withCategory(EventCategory.MANAGEMENT).withAdvancedEventSelectors(dataSelectors)),
                INVALID_PARAMETER)
                .hasMessage("Category 'Management' does not match the advanced event selectors, which select Data events");
        assertTarnExceptionThrownBy(() -> catalog.create(CreateEventDataStoreRequest.withDefaults("none").withAdvancedEventSelectors(List.of())), INVALID_EVENT_SELECTORS);
    }

    @Test
    public void testCreateValidatesRequest()
    {
        assertTarnExceptionThrownBy(() -> catalog.create(CreateEventDataStoreRequest.withDefaults("a_")), INVALID_PARAMETER);
        assertTarnExceptionThrownBy(() -> catalog.create(CreateEventDataStoreRequest.withDefaults("short").withRetentionPeriodDays(3000).withBillingMode(FIXED_RETENTION_PRICING)),
                INVALID_PARAMETER);
        assertTarnExceptionThrownBy(() -> catalog.create(CreateEventDataStoreRequest.withDefaults("external").withCategory(EventCategory.ACTIVITY_AUDIT_LOG)), INVALID_PARAMETER)
                .hasMessage("Event data store 'external' holds events from integrations, so it must be single-Region: disable multi-Region");
        assertThat(catalog.create(CreateEventDataStoreRequest.withDefaults("external").withCategory(EventCategory.ACTIVITY_AUDIT_LOG).withMultiRegionEnabled(false)).type())
                .isEqualTo(EventDataStoreType.ACTIVITY_AUDIT_LOG);
        assertThat(catalog.list()).extracting(EventDataStore::name).containsExactly("external");
    }

    @Test
    public void testCreateWithoutStartingIngestion()
    {
        EventDataStore created = catalog.create(CreateEventDataStoreRequest.withDefaults("import-only").withStartIngestion(false));

        // Spec 2.3: the response says CREATED, the store is then STOPPED_INGESTION
        assertThat(created.status()).isEqualTo(CREATED);
        assertThat(catalog.get("import-only").status()).isEqualTo(STOPPED_INGESTION);
        assertThat(catalog.create(CreateEventDataStoreRequest.withDefaults("config").withCategory(EventCategory.CONFIGURATION_ITEM).withStartIngestion(false)).type())
                .isEqualTo(EventDataStoreType.CONFIGURATION_ITEMS);
        assertTarnExceptionThrownBy(() -> catalog.create(CreateEventDataStoreRequest.withDefaults("insights").withCategory(EventCategory.INSIGHT).withStartIngestion(false)),
                INVALID_EVENT_DATA_STORE_CATEGORY);
    }

    @Test
    public void testFindByIdArnOrName()
    {
        EventDataStore store = catalog.create(CreateEventDataStoreRequest.withDefaults("Audit"));

        assertThat(catalog.find(store.id()).map(EventDataStore::id)).contains(store.id());
        assertThat(catalog.find(store.arn()).map(EventDataStore::id)).contains(store.id());
        assertThat(catalog.find("Audit").map(EventDataStore::id)).contains(store.id());
        assertThat(catalog.find("audit")).isEmpty();
        assertThat(catalog.create(CreateEventDataStoreRequest.withDefaults("audit")).id()).isNotEqualTo(store.id());
        assertTarnExceptionThrownBy(() -> catalog.get("missing"), EVENT_DATA_STORE_NOT_FOUND).hasMessage("Event data store 'missing' not found");
        assertTarnExceptionThrownBy(() -> catalog.stopIngestion("missing"), EVENT_DATA_STORE_NOT_FOUND);
    }

    @Test
    public void testIdWinsOverName()
    {
        EventDataStore first = catalog.create(CreateEventDataStoreRequest.withDefaults("first"));
        EventDataStore second = catalog.create(CreateEventDataStoreRequest.withDefaults("second"));
        catalog.update(second.id(), UpdateEventDataStoreRequest.none().withName(first.id()));

        assertThat(catalog.get(first.id()).id()).isEqualTo(first.id());
    }

    @Test
    public void testNamesAreUniqueUntilPurged()
    {
        EventDataStore store = catalog.create(CreateEventDataStoreRequest.withDefaults("audit").withTerminationProtectionEnabled(false));
        assertTarnExceptionThrownBy(() -> catalog.create(CreateEventDataStoreRequest.withDefaults("audit")), EVENT_DATA_STORE_ALREADY_EXISTS)
                .hasMessage("Event data store 'audit' already exists");
        catalog.create(CreateEventDataStoreRequest.withDefaults("other"));
        assertTarnExceptionThrownBy(() -> catalog.update("other", UpdateEventDataStoreRequest.none().withName("audit")), EVENT_DATA_STORE_ALREADY_EXISTS);

        catalog.delete("audit");
        assertTarnExceptionThrownBy(() -> catalog.create(CreateEventDataStoreRequest.withDefaults("audit")), EVENT_DATA_STORE_ALREADY_EXISTS);

        clock.advance(Duration.ofDays(7));
        assertThat(catalog.storesToPurge()).extracting(EventDataStore::id).containsExactly(store.id());
        assertThat(catalog.forgetPurgedStore(store.id())).isTrue();
        assertThat(catalog.forgetPurgedStore(store.id())).isFalse();
        assertThat(catalog.create(CreateEventDataStoreRequest.withDefaults("audit")).id()).isNotEqualTo(store.id());
    }

    @Test
    public void testStoreLimitCountsStoppedAndPendingDeletion()
    {
        catalog.create(CreateEventDataStoreRequest.withDefaults("one"));
        catalog.create(CreateEventDataStoreRequest.withDefaults("two").withStartIngestion(false));
        catalog.create(CreateEventDataStoreRequest.withDefaults("three").withTerminationProtectionEnabled(false));
        catalog.delete("three");
        catalog.create(CreateEventDataStoreRequest.withDefaults("four"));

        assertTarnExceptionThrownBy(() -> catalog.create(CreateEventDataStoreRequest.withDefaults("five")), EVENT_DATA_STORE_MAX_LIMIT_EXCEEDED)
                .hasMessage("Cannot create event data store 'five': the lake already has 4 event data stores, the most it allows "
                        + "(stores pending deletion or with ingestion stopped count too)");
        assertThat(catalog.list()).hasSize(MAX_STORES);
    }

    @Test
    public void testStopAndStartIngestion()
    {
        catalog.create(CreateEventDataStoreRequest.withDefaults("audit"));
        clock.advance(Duration.ofMinutes(5));

        EventDataStore stopped = catalog.stopIngestion("audit");
        assertThat(stopped.status()).isEqualTo(STOPPED_INGESTION);
        assertThat(stopped.updatedTimestamp()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        assertThat(stopped.createdTimestamp()).isEqualTo(START);
        assertTarnExceptionThrownBy(() -> catalog.stopIngestion("audit"), INVALID_EVENT_DATA_STORE_STATUS)
                .hasMessage("Ingestion of event data store 'audit' cannot be stopped: its status is STOPPED_INGESTION, not ENABLED");

        assertThat(catalog.startIngestion("audit").status()).isEqualTo(ENABLED);
        assertThat(catalog.get("audit").status()).isEqualTo(ENABLED);
        assertTarnExceptionThrownBy(() -> catalog.startIngestion("audit"), INVALID_EVENT_DATA_STORE_STATUS)
                .hasMessage("Ingestion of event data store 'audit' cannot be started: its status is ENABLED, not STOPPED_INGESTION");
    }

    @Test
    public void testIngestionControlOnlyForCloudTrailAndConfigurationItems()
    {
        catalog.create(CreateEventDataStoreRequest.withDefaults("insights").withCategory(EventCategory.INSIGHT));
        assertTarnExceptionThrownBy(() -> catalog.stopIngestion("insights"), INVALID_EVENT_DATA_STORE_CATEGORY)
                .hasMessage("Ingestion of event data store 'insights' cannot be stopped: it holds Insights events (Insight), and only stores of Management, Data "
                        + "or ConfigurationItem events can stop and start ingestion");
        catalog.create(CreateEventDataStoreRequest.withDefaults("config").withCategory(EventCategory.CONFIGURATION_ITEM));
        assertThat(catalog.stopIngestion("config").status()).isEqualTo(STOPPED_INGESTION);
    }

    @Test
    public void testUpdate()
    {
        EventDataStore original = catalog.create(CreateEventDataStoreRequest.withDefaults("audit").withTags(Map.of("team", "security")));
        clock.advance(Duration.ofHours(1));
        List<AdvancedEventSelector> withoutKms = AdvancedEventSelectors.parse(GuideSelectorExamples.MANAGEMENT_WITHOUT_KMS);

        EventDataStore updated = catalog.update(original.arn(), UpdateEventDataStoreRequest.none()
                .withName("audit-2024")
                .withAdvancedEventSelectors(withoutKms)
                .withRetentionPeriodDays(90)
                .withTerminationProtectionEnabled(false)
                .withMultiRegionEnabled(false)
                .withTags(Map.of("env", "prod")));

        assertThat(updated.id()).isEqualTo(original.id());
        assertThat(updated.name()).isEqualTo("audit-2024");
        assertThat(updated.status()).isEqualTo(ENABLED);
        assertThat(updated.advancedEventSelectors()).isEqualTo(withoutKms);
        assertThat(updated.retentionPeriodDays()).isEqualTo(90);
        assertThat(updated.terminationProtectionEnabled()).isFalse();
        assertThat(updated.multiRegionEnabled()).isFalse();
        assertThat(updated.tags()).isEqualTo(Map.of("env", "prod"));
        assertThat(updated.createdTimestamp()).isEqualTo(START);
        assertThat(updated.updatedTimestamp()).isEqualTo(START.plus(Duration.ofHours(1)));
        assertThat(catalog.get("audit-2024")).isEqualTo(updated);
        assertThat(catalog.find("audit")).isEmpty();

        // Absent values stay as they are
        EventDataStore unchanged = catalog.update("audit-2024", UpdateEventDataStoreRequest.none());
        assertThat(unchanged).usingRecursiveComparison().ignoringFields("updatedTimestamp").isEqualTo(updated);
    }

    @Test
    public void testUpdateBillingModeAndRetention()
    {
        catalog.create(CreateEventDataStoreRequest.withDefaults("fixed").withBillingMode(FIXED_RETENTION_PRICING));
        assertTarnExceptionThrownBy(() -> catalog.update("fixed", UpdateEventDataStoreRequest.none().withRetentionPeriodDays(3000)), INVALID_PARAMETER)
                .hasMessage("Retention period of 3000 days is outside the 7 to 2557 days allowed with FIXED_RETENTION_PRICING");

        // Spec 2.1: FIXED to EXTENDABLE keeps the retention period (the guide's example keeps 2557)
        EventDataStore extendable = catalog.update("fixed", UpdateEventDataStoreRequest.none().withBillingMode(EXTENDABLE_RETENTION_PRICING));
        assertThat(extendable.billingMode()).isEqualTo(EXTENDABLE_RETENTION_PRICING);
        assertThat(extendable.retentionPeriodDays()).isEqualTo(2557);
        assertThat(catalog.update("fixed", UpdateEventDataStoreRequest.none().withRetentionPeriodDays(3000)).retentionPeriodDays()).isEqualTo(3000);

        assertTarnExceptionThrownBy(() -> catalog.update("fixed", UpdateEventDataStoreRequest.none().withBillingMode(FIXED_RETENTION_PRICING)), INVALID_PARAMETER)
                .hasMessage("The billing mode of event data store 'fixed' cannot change from EXTENDABLE_RETENTION_PRICING to FIXED_RETENTION_PRICING; "
                        + "stop ingestion on it and create a new store with FIXED_RETENTION_PRICING");
        assertThat(catalog.get("fixed").billingMode()).isEqualTo(BillingMode.EXTENDABLE_RETENTION_PRICING);
    }

    @Test
    public void testUpdateCannotChangeStoreType()
    {
        catalog.create(CreateEventDataStoreRequest.withDefaults("audit"));

        assertTarnExceptionThrownBy(() -> catalog.update("audit", UpdateEventDataStoreRequest.none()
                .withAdvancedEventSelectors(List.of(AdvancedEventSelector.allEventsOf(EventCategory.ACTIVITY_AUDIT_LOG)))), INVALID_EVENT_SELECTORS)
                .hasMessage("The advanced event selectors select events from integrations (ActivityAuditLog), but event data store 'audit' holds "
                        + "CloudTrail events (Management, Data); the type of a store cannot change");
        // Management to data events stays a CloudTrail store
        assertThat(catalog.update("audit", UpdateEventDataStoreRequest.none()
                .withAdvancedEventSelectors(List.of(AdvancedEventSelector.allEventsOf(EventCategory.DATA)))).advancedEventSelectors())
                .containsExactly(AdvancedEventSelector.allEventsOf(EventCategory.DATA));
    }

    @Test
    public void testUpdateOrganizationAndRegionScope()
    {
        catalog.create(CreateEventDataStoreRequest.withDefaults("insights").withCategory(EventCategory.INSIGHT));
        assertTarnExceptionThrownBy(() -> catalog.update("insights", UpdateEventDataStoreRequest.none().withOrganizationEnabled(true)), INVALID_PARAMETER);
        catalog.create(CreateEventDataStoreRequest.withDefaults("external").withCategory(EventCategory.ACTIVITY_AUDIT_LOG).withMultiRegionEnabled(false));
        assertTarnExceptionThrownBy(() -> catalog.update("external", UpdateEventDataStoreRequest.none().withMultiRegionEnabled(true)), INVALID_PARAMETER);
        assertThat(catalog.update(catalog.list().get(0).id(), UpdateEventDataStoreRequest.none().withMultiRegionEnabled(false)).multiRegionEnabled()).isFalse();
        catalog.create(CreateEventDataStoreRequest.withDefaults("audit"));
        assertThat(catalog.update("audit", UpdateEventDataStoreRequest.none().withOrganizationEnabled(true)).organizationEnabled()).isTrue();
    }

    @Test
    public void testDeleteNeedsTerminationProtectionOff()
    {
        catalog.create(CreateEventDataStoreRequest.withDefaults("audit"));

        assertTarnExceptionThrownBy(() -> catalog.delete("audit"), EVENT_DATA_STORE_TERMINATION_PROTECTED)
                .hasMessage("Event data store 'audit' has termination protection enabled; disable it before deleting the store");
        assertThat(catalog.get("audit").status()).isEqualTo(ENABLED);

        catalog.update("audit", UpdateEventDataStoreRequest.none().withTerminationProtectionEnabled(false));
        clock.advance(Duration.ofMinutes(1));
        EventDataStore deleted = catalog.delete("audit");
        assertThat(deleted.status()).isEqualTo(PENDING_DELETION);
        assertThat(deleted.deletionTimestamp()).contains(START.plus(Duration.ofMinutes(1)));
        assertThat(catalog.get("audit")).isEqualTo(deleted);
        assertThat(catalog.list()).containsExactly(deleted);
    }

    @Test
    public void testPendingDeletionAllowsOnlyGetListAndRestore()
    {
        catalog.create(CreateEventDataStoreRequest.withDefaults("audit").withTerminationProtectionEnabled(false));
        catalog.delete("audit");

        assertInactive(() -> catalog.update("audit", UpdateEventDataStoreRequest.none().withRetentionPeriodDays(30)));
        assertInactive(() -> catalog.update("audit", UpdateEventDataStoreRequest.none()));
        assertInactive(() -> catalog.stopIngestion("audit"));
        assertInactive(() -> catalog.startIngestion("audit"));
        assertInactive(() -> catalog.delete("audit"));
        assertThat(catalog.get("audit").status()).isEqualTo(PENDING_DELETION);
    }

    @Test
    public void testRestoreReturnsToPreviousStatus()
    {
        catalog.create(CreateEventDataStoreRequest.withDefaults("stopped").withTerminationProtectionEnabled(false).withStartIngestion(false));
        catalog.create(CreateEventDataStoreRequest.withDefaults("enabled").withTerminationProtectionEnabled(false));
        assertTarnExceptionThrownBy(() -> catalog.restore("enabled"), INVALID_EVENT_DATA_STORE_STATUS)
                .hasMessage("Event data store 'enabled' cannot be restored: its status is ENABLED; only a store pending deletion can be restored");
        catalog.delete("stopped");
        catalog.delete("enabled");

        clock.advance(Duration.ofDays(7).minusMillis(1));
        EventDataStore restored = catalog.restore("stopped");
        assertThat(restored.status()).isEqualTo(STOPPED_INGESTION);
        assertThat(restored.deletionTimestamp()).isEmpty();
        assertThat(catalog.restore("enabled").status()).isEqualTo(ENABLED);
        assertThat(catalog.get("enabled").status()).isEqualTo(ENABLED);
        assertThat(catalog.storesToPurge()).isEmpty();
    }

    @Test
    public void testRestoreRefusedAfterSevenDays()
    {
        EventDataStore store = catalog.create(CreateEventDataStoreRequest.withDefaults("audit").withTerminationProtectionEnabled(false));
        catalog.delete("audit");
        clock.advance(Duration.ofDays(7).minusMillis(1));
        assertThat(catalog.storesToPurge()).isEmpty();

        clock.advance(Duration.ofMillis(1));
        assertTarnExceptionThrownBy(() -> catalog.restore("audit"), INVALID_EVENT_DATA_STORE_STATUS)
                .hasMessage("Event data store 'audit' was deleted at 2024-03-01T10:15:30.123Z and can no longer be restored: "
                        + "the 7-day waiting period ended at 2024-03-08T10:15:30.123Z");
        assertThat(catalog.get("audit").status()).isEqualTo(PENDING_DELETION);
        assertThat(catalog.storesToPurge()).extracting(EventDataStore::id).containsExactly(store.id());
    }

    @Test
    public void testChannelBlocksDelete()
    {
        EventDataStore store = catalog.create(CreateEventDataStoreRequest.withDefaults("external")
                .withCategory(EventCategory.ACTIVITY_AUDIT_LOG)
                .withMultiRegionEnabled(false)
                .withTerminationProtectionEnabled(false));
        channelArns.add("arn:aws:cloudtrail:us-east-1:" + ACCOUNT_ID + ":channel/01234567-89ab-cdef-0123-456789abcdef");

        assertTarnExceptionThrownBy(() -> catalog.delete(store.id()), CHANNEL_EXISTS_FOR_EVENT_DATA_STORE)
                .hasMessage("Event data store 'external' is the destination of channel 'arn:aws:cloudtrail:us-east-1:" + ACCOUNT_ID
                        + ":channel/01234567-89ab-cdef-0123-456789abcdef'; delete the channel first");
        channelArns.clear();
        assertThat(catalog.delete(store.id()).status()).isEqualTo(PENDING_DELETION);
    }

    @Test
    public void testListOldestFirst()
    {
        catalog.create(CreateEventDataStoreRequest.withDefaults("zeta"));
        clock.advance(Duration.ofSeconds(1));
        catalog.create(CreateEventDataStoreRequest.withDefaults("alpha"));
        catalog.create(CreateEventDataStoreRequest.withDefaults("beta"));

        assertThat(catalog.list()).extracting(EventDataStore::name).containsExactly("zeta", "alpha", "beta");
    }

    @Test
    public void testPersistsAcrossReopen()
    {
        EventDataStore created = catalog.create(CreateEventDataStoreRequest.withDefaults("audit")
                .withTags(ImmutableMap.of("b", "2", "a", "1"))
                .withAdvancedEventSelectors(AdvancedEventSelectors.parse(GuideSelectorExamples.S3_BUCKET)));
        catalog.stopIngestion("audit");
        EventDataStore before = catalog.get("audit");

        database.close();
        openCatalog();

        EventDataStore after = catalog.get(created.id());
        assertThat(after).isEqualTo(before);
        assertThat(after.tags().keySet()).containsExactly("b", "a");
        assertThat(after.status()).isEqualTo(STOPPED_INGESTION);
    }

    private void openCatalog()
    {
        database = CatalogDatabase.open(directory);
        LakeProperties properties = LakePropertiesTable.loadOrInitialize(database, LakeOptions.at(directory.toString()).withAccountId(ACCOUNT_ID).withClock(clock), new SplittableRandom(1));
        catalog = new SqliteEventDataStoreCatalog(database, properties, MAX_STORES, clock, (connection, storeId) -> List.copyOf(channelArns));
    }

    private static void assertInactive(ThrowingCallable callable)
    {
        assertTarnExceptionThrownBy(callable, INACTIVE_EVENT_DATA_STORE).hasMessage("Event data store 'audit' is pending deletion; restore it first");
    }
}
