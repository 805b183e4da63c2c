package io.tarn.storage.impl.catalog;

import io.tarn.error.TarnException;
import io.tarn.storage.AdvancedEventSelector;
import io.tarn.storage.BillingMode;
import io.tarn.storage.CreateEventDataStoreRequest;
import io.tarn.storage.EventCategory;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.EventDataStoreCatalog;
import io.tarn.storage.EventDataStoreStatus;
import io.tarn.storage.EventDataStoreType;
import io.tarn.storage.FieldSelector;
import io.tarn.storage.SelectorOperator;
import io.tarn.storage.UpdateEventDataStoreRequest;
import io.tarn.storage.impl.CatalogDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
import static java.util.Objects.requireNonNull;

/**
 * The event data store catalog (spec 2) on the lake's SQLite database. Every operation is one database
 * transaction, so several processes can create and change stores at once: checks (unique names, the store
 * limit, the current status) and the change they guard happen atomically.
 *
 * <p>Where the spec is silent:
 * <ul>
 * <li>A reference is an id, an ARN or a name; an id or ARN wins over a name that happens to equal it. Names
 * are case-sensitive and unique among all stores that have not been purged, including those pending
 * deletion (the name is freed when maintenance purges the store).
 * <li>{@code create} returns the store with status {@code CREATED}, as Lake's response does; the catalog
 * records {@code ENABLED} (or {@code STOPPED_INGESTION} when ingestion is not started). The short-lived
 * {@code STARTING_INGESTION} and {@code STOPPING_INGESTION} are never recorded: a change of ingestion is
 * immediate here.
 * <li>When both a category and selectors are given, the category must be one the selectors select.
 * <li>Stores of events from integrations ({@code ActivityAuditLog}) must be single-Region and not
 * organization stores (spec 1.1, 2.14); organization collection can be switched on by an update only for
 * CloudTrail events and configuration items (spec 2.4).
 * <li>Every change, including a change of status, sets the updated timestamp.
 * <li>A store deleted seven days ago or earlier can no longer be restored but remains listed, pending
 * deletion, until maintenance purges it.
 * <li>Times come from the lake's clock, truncated to milliseconds, which is what the catalog keeps.
 * </ul>
 */
public final class SqliteEventDataStoreCatalog
        implements EventDataStoreCatalog
{
    private final CatalogDatabase database;
    private final LakeProperties properties;
    private final int maxEventDataStores;
    private final Clock clock;
    private final ChannelDirectory channels;

    public SqliteEventDataStoreCatalog(CatalogDatabase database, LakeProperties properties, int maxEventDataStores, Clock clock, ChannelDirectory channels)
    {
        this.database = requireNonNull(database, "database is null");
        this.properties = requireNonNull(properties, "properties is null");
        this.maxEventDataStores = maxEventDataStores;
        this.clock = requireNonNull(clock, "clock is null");
        this.channels = requireNonNull(channels, "channels is null");
        database.ensureTables(EventDataStoreTable.SCHEMA);
    }

    @Override
    public EventDataStore create(CreateEventDataStoreRequest request)
    {
        EventDataStoreRules.checkName(request.name());
        List<AdvancedEventSelector> selectors = request.advancedEventSelectors()
                .orElseGet(() -> List.of(AdvancedEventSelector.allEventsOf(request.category().orElse(EventCategory.MANAGEMENT))));
        EventDataStoreType type = AdvancedEventSelectorValidator.validate(selectors);
        request.category().ifPresent(category -> checkCategorySelected(category, selectors));
        BillingMode billingMode = request.billingMode().orElse(EXTENDABLE_RETENTION_PRICING);
        int retentionPeriodDays = request.retentionPeriodDays().orElse(billingMode.defaultRetentionDays());
        EventDataStoreRules.checkRetention(retentionPeriodDays, billingMode);
        EventDataStoreRules.checkTags(request.tags());
        checkScope(request.name(), type, request.multiRegionEnabled(), request.organizationEnabled());
        if (!request.startIngestion() && !type.supportsIngestionControl()) {
            throw new TarnException(INVALID_EVENT_DATA_STORE_CATEGORY, "Event data store '" + request.name() + "' would hold "
                    + AdvancedEventSelectorValidator.describe(type) + ", which cannot be created without starting ingestion; only stores of Management, Data or ConfigurationItem events can");
        }

        Instant now = now();
        String id = UUID.randomUUID().toString();
        EventDataStore store = new EventDataStore(
                id,
                properties.eventDataStoreArn(id),
                request.name(),
                type,
                request.startIngestion() ? ENABLED : STOPPED_INGESTION,
                selectors,
                request.multiRegionEnabled(),
                request.organizationEnabled(),
                billingMode,
                retentionPeriodDays,
                request.terminationProtectionEnabled(),
                request.tags(),
                now,
                now,
                Optional.empty());
        database.inTransaction(connection -> {
            if (EventDataStoreTable.isNameTaken(connection, store.name(), Optional.empty())) {
                throw alreadyExists(store.name());
            }
            int count = EventDataStoreTable.count(connection);
            if (count >= maxEventDataStores) {
                throw new TarnException(EVENT_DATA_STORE_MAX_LIMIT_EXCEEDED, "Cannot create event data store '" + store.name() + "': the lake already has "
                        + count + " event data stores, the most it allows (stores pending deletion or with ingestion stopped count too)");
            }
            EventDataStoreTable.insert(connection, new StoredEventDataStore(store, Optional.empty()));
            return null;
        });
        return EventDataStoreBuilder.from(store).status(CREATED).build();
    }

    @Override
    public List<EventDataStore> list()
    {
        return database.inTransaction(EventDataStoreTable::all).stream()
                .map(StoredEventDataStore::store)
                .toList();
    }

    @Override
    public Optional<EventDataStore> find(String reference)
    {
        return database.inTransaction(connection -> EventDataStoreTable.find(connection, reference))
                .map(StoredEventDataStore::store);
    }

    @Override
    public EventDataStore get(String reference)
    {
        return find(reference).orElseThrow(() -> notFound(reference));
    }

    @Override
    public EventDataStore update(String reference, UpdateEventDataStoreRequest request)
    {
        request.name().ifPresent(EventDataStoreRules::checkName);
        Optional<EventDataStoreType> selectedType = request.advancedEventSelectors().map(AdvancedEventSelectorValidator::validate);
        request.tags().ifPresent(EventDataStoreRules::checkTags);
        return changeActive(reference, (connection, store, now) -> {
            if (selectedType.isPresent() && selectedType.get() != store.type()) {
                throw new TarnException(INVALID_EVENT_SELECTORS, "The advanced event selectors select " + AdvancedEventSelectorValidator.describe(selectedType.get())
                        + ", but event data store '" + store.name() + "' holds " + AdvancedEventSelectorValidator.describe(store.type()) + "; the type of a store cannot change");
            }
            BillingMode billingMode = request.billingMode().orElse(store.billingMode());
            if (store.billingMode() == EXTENDABLE_RETENTION_PRICING && billingMode == FIXED_RETENTION_PRICING) {
                throw new TarnException(INVALID_PARAMETER, "The billing mode of event data store '" + store.name() + "' cannot change from " + EXTENDABLE_RETENTION_PRICING
                        + " to " + FIXED_RETENTION_PRICING + "; stop ingestion on it and create a new store with " + FIXED_RETENTION_PRICING);
            }
            int retentionPeriodDays = request.retentionPeriodDays().orElse(store.retentionPeriodDays());
            EventDataStoreRules.checkRetention(retentionPeriodDays, billingMode);
            String name = request.name().orElse(store.name());
            if (EventDataStoreTable.isNameTaken(connection, name, Optional.of(store.id()))) {
                throw alreadyExists(name);
            }
            boolean multiRegionEnabled = request.multiRegionEnabled().orElse(store.multiRegionEnabled());
            boolean organizationEnabled = request.organizationEnabled().orElse(store.organizationEnabled());
            checkScope(name, store.type(), multiRegionEnabled, organizationEnabled);
            if (organizationEnabled && !store.organizationEnabled() && store.type() != EventDataStoreType.CLOUDTRAIL && store.type() != EventDataStoreType.CONFIGURATION_ITEMS) {
                throw new TarnException(INVALID_PARAMETER, "Event data store '" + store.name() + "' holds " + AdvancedEventSelectorValidator.describe(store.type())
                        + "; only stores of CloudTrail events or configuration items can be switched to collect the whole organization");
            }
            return EventDataStoreBuilder.from(store)
                    .name(name)
                    .advancedEventSelectors(request.advancedEventSelectors().orElse(store.advancedEventSelectors()))
                    .billingMode(billingMode)
                    .retentionPeriodDays(retentionPeriodDays)
                    .terminationProtectionEnabled(request.terminationProtectionEnabled().orElse(store.terminationProtectionEnabled()))
                    .multiRegionEnabled(multiRegionEnabled)
                    .organizationEnabled(organizationEnabled)
                    .tags(request.tags().orElse(store.tags()))
                    .updatedTimestamp(now)
                    .build();
        });
    }

    @Override
    public EventDataStore stopIngestion(String reference)
    {
        return changeActive(reference, (connection, store, now) -> changeIngestion(store, ENABLED, STOPPED_INGESTION, "stopped", now));
    }

    @Override
    public EventDataStore startIngestion(String reference)
    {
        return changeActive(reference, (connection, store, now) -> changeIngestion(store, STOPPED_INGESTION, ENABLED, "started", now));
    }

    @Override
    public EventDataStore delete(String reference)
    {
        return change(reference, (connection, stored, now) -> {
            EventDataStore store = active(stored);
            if (store.terminationProtectionEnabled()) {
                throw new TarnException(EVENT_DATA_STORE_TERMINATION_PROTECTED, "Event data store '" + store.name()
                        + "' has termination protection enabled; disable it before deleting the store");
            }
            List<String> channelArns = channels.channelsDeliveringTo(connection, store.id());
            if (!channelArns.isEmpty()) {
                throw new TarnException(CHANNEL_EXISTS_FOR_EVENT_DATA_STORE, "Event data store '" + store.name() + "' is the destination of channel '"
                        + channelArns.get(0) + "'; delete the channel first");
            }
            EventDataStore deleted = EventDataStoreBuilder.from(store)
                    .status(PENDING_DELETION)
                    .deletionTimestamp(Optional.of(now))
                    .updatedTimestamp(now)
                    .build();
            return new StoredEventDataStore(deleted, Optional.of(store.status()));
        });
    }

    @Override
    public EventDataStore restore(String reference)
    {
        return change(reference, (connection, stored, now) -> {
            EventDataStore store = stored.store();
            if (store.status() != PENDING_DELETION) {
                throw new TarnException(INVALID_EVENT_DATA_STORE_STATUS, "Event data store '" + store.name() + "' cannot be restored: its status is "
                        + store.status() + "; only a store pending deletion can be restored");
            }
            Instant deletedAt = store.deletionTimestamp().orElseThrow(() -> new IllegalStateException("store " + store.id() + " is pending deletion without a deletion time"));
            Instant restorableUntil = deletedAt.plus(DELETION_WAITING_PERIOD);
            if (!now.isBefore(restorableUntil)) {
                throw new TarnException(INVALID_EVENT_DATA_STORE_STATUS, "Event data store '" + store.name() + "' was deleted at " + deletedAt
                        + " and can no longer be restored: the " + DELETION_WAITING_PERIOD.toDays() + "-day waiting period ended at " + restorableUntil);
            }
            EventDataStore restored = EventDataStoreBuilder.from(store)
                    .status(stored.statusBeforeDeletion().orElse(ENABLED))
                    .deletionTimestamp(Optional.empty())
                    .updatedTimestamp(now)
                    .build();
            return new StoredEventDataStore(restored, Optional.empty());
        });
    }

    /**
     * Stores that have been pending deletion for the whole waiting period, which maintenance purges.
     */
    public List<EventDataStore> storesToPurge()
    {
        Instant deletedBefore = now().minus(DELETION_WAITING_PERIOD);
        return database.inTransaction(connection -> EventDataStoreTable.pendingDeletionSince(connection, deletedBefore)).stream()
                .map(StoredEventDataStore::store)
                .toList();
    }

    /**
     * Removes a purged store from the catalog, freeing its name; false when it is no longer due for purging
     * (another process purged it first).
     */
    public boolean forgetPurgedStore(String storeId)
    {
        Instant deletedBefore = now().minus(DELETION_WAITING_PERIOD);
        return database.inTransaction(connection -> EventDataStoreTable.deletePendingSince(connection, storeId, deletedBefore));
    }

    private static EventDataStore changeIngestion(EventDataStore store, EventDataStoreStatus required, EventDataStoreStatus next, String verb, Instant now)
    {
        if (!store.type().supportsIngestionControl()) {
            throw new TarnException(INVALID_EVENT_DATA_STORE_CATEGORY, "Ingestion of event data store '" + store.name() + "' cannot be " + verb + ": it holds "
                    + AdvancedEventSelectorValidator.describe(store.type()) + ", and only stores of Management, Data or ConfigurationItem events can stop and start ingestion");
        }
        if (store.status() != required) {
            throw new TarnException(INVALID_EVENT_DATA_STORE_STATUS, "Ingestion of event data store '" + store.name() + "' cannot be " + verb + ": its status is "
                    + store.status() + ", not " + required);
        }
        return EventDataStoreBuilder.from(store)
                .status(next)
                .updatedTimestamp(now)
                .build();
    }

    private static void checkCategorySelected(EventCategory category, List<AdvancedEventSelector> selectors)
    {
        List<String> selected = selectors.stream()
                .flatMap(selector -> selector.fieldSelectors().stream())
                .filter(fieldSelector -> fieldSelector.field().equals(AdvancedEventSelectorValidator.EVENT_CATEGORY))
                .map(FieldSelector::conditions)
                .flatMap(conditions -> conditions.getOrDefault(SelectorOperator.EQUALS, List.of()).stream())
                .distinct()
                .toList();
        if (!selected.contains(category.apiName())) {
            throw new TarnException(INVALID_PARAMETER, "Category '" + category.apiName() + "' does not match the advanced event selectors, which select "
                    + String.join(", ", selected) + " events");
        }
    }

    private static void checkScope(String name, EventDataStoreType type, boolean multiRegionEnabled, boolean organizationEnabled)
    {
        if (type != EventDataStoreType.ACTIVITY_AUDIT_LOG) {
            return;
        }
        if (multiRegionEnabled) {
            throw new TarnException(INVALID_PARAMETER, "Event data store '" + name + "' holds events from integrations, so it must be single-Region: disable multi-Region");
        }
        if (organizationEnabled) {
            throw new TarnException(INVALID_PARAMETER, "Event data store '" + name + "' holds events from integrations, so it cannot collect events of an organization");
        }
    }

    /**
     * Changes a store that is not pending deletion.
     */
    private EventDataStore changeActive(String reference, ActiveChange change)
    {
        return change(reference, (connection, stored, now) -> new StoredEventDataStore(change.apply(connection, active(stored), now), Optional.empty()));
    }

    private EventDataStore change(String reference, Change change)
    {
        return database.inTransaction(connection -> {
            StoredEventDataStore stored = EventDataStoreTable.find(connection, reference).orElseThrow(() -> notFound(reference));
            StoredEventDataStore changed = change.apply(connection, stored, now());
            EventDataStoreTable.update(connection, changed);
            return changed.store();
        });
    }

    private static EventDataStore active(StoredEventDataStore stored)
    {
        EventDataStore store = stored.store();
        if (store.status() == PENDING_DELETION) {
            throw new TarnException(INACTIVE_EVENT_DATA_STORE, "Event data store '" + store.name() + "' is pending deletion; restore it first");
        }
        return store;
    }

    private Instant now()
    {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static TarnException notFound(String reference)
    {
        return new TarnException(EVENT_DATA_STORE_NOT_FOUND, "Event data store '" + reference + "' not found");
    }

    private static TarnException alreadyExists(String name)
    {
        return new TarnException(EVENT_DATA_STORE_ALREADY_EXISTS, "Event data store '" + name + "' already exists");
    }

    @FunctionalInterface
    private interface Change
    {
        StoredEventDataStore apply(Connection connection, StoredEventDataStore stored, Instant now)
                throws SQLException;
    }

    @FunctionalInterface
    private interface ActiveChange
    {
        EventDataStore apply(Connection connection, EventDataStore store, Instant now)
                throws SQLException;
    }
}
