package io.tarn.storage;

import com.google.common.collect.ImmutableList;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * An advanced event selector (spec 3): an event matches when every field selector matches; a store keeps an
 * event when any of its selectors matches.
 */
public record AdvancedEventSelector(Optional<String> name, List<FieldSelector> fieldSelectors)
{
    public AdvancedEventSelector
    {
        requireNonNull(name, "name is null");
        fieldSelectors = ImmutableList.copyOf(requireNonNull(fieldSelectors, "fieldSelectors is null"));
    }

    /**
     * The selector a store gets when none is given: all events of one category, e.g. "Default management events".
     */
    public static AdvancedEventSelector allEventsOf(EventCategory category)
    {
        String name = switch (category) {
            case MANAGEMENT -> "Default management events";
            case DATA -> "Select all data events";
            case INSIGHT -> "Select Insights events";
            case CONFIGURATION_ITEM -> "Select AWS Config configuration items";
            case EVIDENCE -> "Select AWS Audit Manager evidence";
            case ACTIVITY_AUDIT_LOG -> "Select all external events";
        };
        return new AdvancedEventSelector(Optional.of(name), List.of(FieldSelector.of("eventCategory", SelectorOperator.EQUALS, category.apiName())));
    }
}
