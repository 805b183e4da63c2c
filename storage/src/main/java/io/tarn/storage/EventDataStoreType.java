package io.tarn.storage;

import io.tarn.storage.schema.EventSchema;
import io.tarn.storage.schema.EventSchemas;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kind of an event data store: which categories of events it holds and so which schema it has. A store
 * holds one kind only, because each kind has its own schema (spec 1.1, 1.4).
 */
public enum EventDataStoreType
{
    CLOUDTRAIL("AwsApiCall", EnumSet.of(EventCategory.MANAGEMENT, EventCategory.DATA), EventSchemas.CLOUDTRAIL),
    INSIGHTS("AwsCloudTrailInsight", EnumSet.of(EventCategory.INSIGHT), EventSchemas.INSIGHTS),
    CONFIGURATION_ITEMS("AwsConfigurationItem", EnumSet.of(EventCategory.CONFIGURATION_ITEM), EventSchemas.CONFIGURATION_ITEMS),
    AUDIT_MANAGER_EVIDENCE("AwsAuditManagerEvidence", EnumSet.of(EventCategory.EVIDENCE), EventSchemas.AUDIT_MANAGER_EVIDENCE),
    ACTIVITY_AUDIT_LOG("ActivityLog", EnumSet.of(EventCategory.ACTIVITY_AUDIT_LOG), EventSchemas.ACTIVITY_AUDIT_LOG);

    private final String eventType;
    private final Set<EventCategory> categories;
    private final EventSchema schema;

    EventDataStoreType(String eventType, Set<EventCategory> categories, EventSchema schema)
    {
        this.eventType = eventType;
        this.categories = Set.copyOf(categories);
        this.schema = schema;
    }

    /**
     * The {@code eventType} of this kind's records; CloudTrail events also use
     * {@code AwsServiceEvent}, {@code AwsConsoleAction} and {@code AwsConsoleSignIn}.
     */
    public String eventType()
    {
        return eventType;
    }

    public Set<EventCategory> categories()
    {
        return categories;
    }

    public EventSchema schema()
    {
        return schema;
    }

    /**
     * Whether ingestion can be stopped and started (spec 2.5): CloudTrail events and Config items only.
     */
    public boolean supportsIngestionControl()
    {
        return this == CLOUDTRAIL || this == CONFIGURATION_ITEMS;
    }
}
