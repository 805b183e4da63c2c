package io.tarn.storage;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code eventCategory} of an event (spec 1.4), as it appears in records and advanced event selectors.
 */
public enum EventCategory
{
    MANAGEMENT("Management"),
    DATA("Data"),
    INSIGHT("Insight"),
    CONFIGURATION_ITEM("ConfigurationItem"),
    EVIDENCE("Evidence"),
    ACTIVITY_AUDIT_LOG("ActivityAuditLog");

    private final String apiName;

    EventCategory(String apiName)
    {
        this.apiName = apiName;
    }

    /**
     * The spelling in records and selectors, e.g. {@code ConfigurationItem}.
     */
    public String apiName()
    {
        return apiName;
    }

    public EventDataStoreType storeType()
    {
        return switch (this) {
            case MANAGEMENT, DATA -> EventDataStoreType.CLOUDTRAIL;
            case INSIGHT -> EventDataStoreType.INSIGHTS;
            case CONFIGURATION_ITEM -> EventDataStoreType.CONFIGURATION_ITEMS;
            case EVIDENCE -> EventDataStoreType.AUDIT_MANAGER_EVIDENCE;
            case ACTIVITY_AUDIT_LOG -> EventDataStoreType.ACTIVITY_AUDIT_LOG;
        };
    }

    /**
     * Finds a category by its API spelling; case is ignored so that command-line users may type
     * {@code management}.
     */
    public static Optional<EventCategory> fromApiName(String name)
    {
        String lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(category -> category.apiName.toLowerCase(Locale.ROOT).equals(lower))
                .findFirst();
    }
}
