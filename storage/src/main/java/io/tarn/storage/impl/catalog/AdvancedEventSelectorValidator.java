package io.tarn.storage.impl.catalog;

import io.tarn.error.TarnException;
import io.tarn.storage.AdvancedEventSelector;
import io.tarn.storage.AdvancedEventSelectors;
import io.tarn.storage.EventCategory;
import io.tarn.storage.EventDataStoreType;
import io.tarn.storage.FieldSelector;
import io.tarn.storage.SelectorOperator;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static io.tarn.storage.SelectorOperator.ENDS_WITH;
import static io.tarn.storage.SelectorOperator.EQUALS;
import static io.tarn.storage.SelectorOperator.NOT_ENDS_WITH;
import static io.tarn.storage.SelectorOperator.NOT_EQUALS;
import static io.tarn.storage.SelectorOperator.NOT_STARTS_WITH;
import static io.tarn.storage.SelectorOperator.STARTS_WITH;
import static io.tarn.storage.StorageErrorCode.INVALID_EVENT_SELECTORS;

/**
 * Checks a store's advanced event selectors (spec 3) and tells which type of store they select. Every
 * refusal is {@code INVALID_EVENT_SELECTORS} with a message naming the selector (by name, else by 1-based
 * position), the field or operator at fault and the reason.
 *
 * <p>The rules:
 * <ul>
 * <li>At least one selector; each has at least one field selector; at most 500 condition values in total
 * (spec 3.4); selector names at most 1,000 characters and values 1 to 2,048 characters (the AWS API's
 * limits; the guide gives none).
 * <li>Fields are {@code eventCategory}, {@code eventSource}, {@code eventName}, {@code eventType},
 * {@code readOnly}, {@code resources.type}, {@code resources.ARN}, {@code errorCode},
 * {@code userIdentity.arn} and {@code sessionCredentialFromConsole}, spelled exactly so.
 * <li>Every value list is non-empty and has no repeated value. A selector may not set the same operator on
 * the same field twice (the lists would be ambiguous), nor list one value under an operator and its
 * negation (spec 3.3: no conflicting values).
 * <li>Every selector sets {@code eventCategory} with {@code Equals}, and only so. All categories of all
 * selectors belong to one store type (spec 1.1: a store holds one type of events).
 * <li>{@code readOnly} takes {@code Equals} {@code "true"} or {@code "false"};
 * {@code sessionCredentialFromConsole} takes {@code Equals} or {@code NotEquals} with the same values.
 * <li>{@code resources.type} takes {@code Equals} with types of spec 2.10; {@code resources.ARN} needs
 * {@code resources.type} in the same selector and a type that has ARNs; both apply to data events only, so
 * the selector's categories must be {@code Data}.
 * <li>Selectors of stores other than CloudTrail events (Insights, configuration items, Audit Manager
 * evidence, integrations) may set {@code eventCategory} only (spec 1.2, 2.13).
 * </ul>
 */
public final class AdvancedEventSelectorValidator
{
    public static final int MAXIMUM_CONDITION_VALUES = 500;
    public static final int MAXIMUM_VALUE_LENGTH = 2048;
    public static final int MAXIMUM_NAME_LENGTH = 1000;

    static final String EVENT_CATEGORY = "eventCategory";
    static final String READ_ONLY = "readOnly";
    static final String RESOURCES_TYPE = "resources.type";
    static final String RESOURCES_ARN = "resources.ARN";
    static final String SESSION_CREDENTIAL_FROM_CONSOLE = "sessionCredentialFromConsole";
    static final List<String> FIELDS = List.of(
            EVENT_CATEGORY,
            "eventSource",
            "eventName",
            "eventType",
            READ_ONLY,
            RESOURCES_TYPE,
            RESOURCES_ARN,
            "errorCode",
            "userIdentity.arn",
            SESSION_CREDENTIAL_FROM_CONSOLE);

    private static final Set<String> BOOLEAN_VALUES = Set.of("true", "false");

    private AdvancedEventSelectorValidator() {}

    /**
     * Validates the selectors and returns the type of store they select.
     */
    public static EventDataStoreType validate(List<AdvancedEventSelector> selectors)
    {
        if (selectors.isEmpty()) {
            throw invalid("At least one advanced event selector is required");
        }
        int values = selectors.stream()
                .flatMap(selector -> selector.fieldSelectors().stream())
                .flatMap(fieldSelector -> fieldSelector.conditions().values().stream())
                .mapToInt(List::size)
                .sum();
        if (values > MAXIMUM_CONDITION_VALUES) {
            throw invalid("Advanced event selectors have " + values + " condition values in total; at most " + MAXIMUM_CONDITION_VALUES + " are allowed");
        }

        EventDataStoreType storeType = null;
        String firstSelector = null;
        for (int index = 0; index < selectors.size(); index++) {
            AdvancedEventSelector selector = selectors.get(index);
            String label = AdvancedEventSelectors.describe(selector.name(), index);
            EventDataStoreType type = validateSelector(selector, label);
            if (storeType == null) {
                storeType = type;
                firstSelector = label;
            }
            else if (type != storeType) {
                throw invalid(label + " selects " + describe(type) + ", but " + firstSelector + " selects " + describe(storeType)
                        + "; an event data store holds one type of events");
            }
        }
        return storeType;
    }

    /**
     * How messages name the events of a store type, e.g. {@code CloudTrail events (Management, Data)}.
     */
    public static String describe(EventDataStoreType type)
    {
        String categories = Arrays.stream(EventCategory.values())
                .filter(category -> category.storeType() == type)
                .map(EventCategory::apiName)
                .collect(Collectors.joining(", "));
        String kind = switch (type) {
            case CLOUDTRAIL -> "CloudTrail events";
            case INSIGHTS -> "Insights events";
            case CONFIGURATION_ITEMS -> "configuration items";
            case AUDIT_MANAGER_EVIDENCE -> "Audit Manager evidence";
            case ACTIVITY_AUDIT_LOG -> "events from integrations";
        };
        return kind + " (" + categories + ")";
    }

    private static EventDataStoreType validateSelector(AdvancedEventSelector selector, String label)
    {
        if (selector.name().map(String::length).orElse(0) > MAXIMUM_NAME_LENGTH) {
            throw invalid(label + ": the name is longer than " + MAXIMUM_NAME_LENGTH + " characters");
        }
        if (selector.fieldSelectors().isEmpty()) {
            throw invalid(label + " has no field selectors; it must at least set eventCategory with Equals");
        }

        Map<String, Map<SelectorOperator, List<String>>> conditionsByField = new LinkedHashMap<>();
        for (FieldSelector fieldSelector : selector.fieldSelectors()) {
            String field = checkFieldName(label, fieldSelector.field());
            if (fieldSelector.conditions().isEmpty()) {
                throw invalid(label + ": field '" + field + "' has no operator; give one such as \"Equals\": [...]");
            }
            Map<SelectorOperator, List<String>> conditions = conditionsByField.computeIfAbsent(field, ignored -> new EnumMap<>(SelectorOperator.class));
            fieldSelector.conditions().forEach((operator, values) -> {
                if (conditions.containsKey(operator)) {
                    throw invalid(label + ": field '" + field + "' has " + operator.jsonName() + " twice; put all its values in one list");
                }
                checkValues(label, field, operator, values);
                conditions.put(operator, values);
            });
        }
        conditionsByField.forEach((field, conditions) -> {
            checkConflicts(label, field, conditions);
            checkFieldRules(label, field, conditions);
        });

        Set<EventCategory> categories = categories(label, conditionsByField.get(EVENT_CATEGORY));
        EventDataStoreType type = storeType(label, categories);
        if (type != EventDataStoreType.CLOUDTRAIL && conditionsByField.size() > 1) {
            String extra = conditionsByField.keySet().stream().filter(field -> !field.equals(EVENT_CATEGORY)).findFirst().orElseThrow();
            throw invalid(label + ": field '" + extra + "' cannot filter " + describe(type) + "; their selectors may set eventCategory only");
        }
        checkResourceFields(label, categories, conditionsByField);
        return type;
    }

    private static String checkFieldName(String label, String field)
    {
        if (FIELDS.contains(field)) {
            return field;
        }
        Optional<String> suggestion = FIELDS.stream().filter(known -> known.equalsIgnoreCase(field)).findFirst();
        throw invalid(label + ": unknown field '" + field + "'"
                + suggestion.map(known -> "; did you mean '" + known + "'?").orElse("; fields are " + String.join(", ", FIELDS)));
    }

    private static void checkValues(String label, String field, SelectorOperator operator, List<String> values)
    {
        String where = label + ": field '" + field + "' " + operator.jsonName();
        if (values.isEmpty()) {
            throw invalid(where + " has no values");
        }
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (value.isEmpty()) {
                throw invalid(where + " has an empty value");
            }
            if (value.length() > MAXIMUM_VALUE_LENGTH) {
                throw invalid(where + " has a value longer than " + MAXIMUM_VALUE_LENGTH + " characters");
            }
            if (!seen.add(value)) {
                throw invalid(where + " lists '" + value + "' twice");
            }
        }
    }

    private static void checkConflicts(String label, String field, Map<SelectorOperator, List<String>> conditions)
    {
        conditions.forEach((operator, values) -> {
            if (operator.isNegative()) {
                return;
            }
            SelectorOperator negation = negationOf(operator);
            List<String> negated = conditions.getOrDefault(negation, List.of());
            values.stream().filter(negated::contains).findFirst().ifPresent(value -> {
                throw invalid(label + ": field '" + field + "' lists '" + value + "' under both " + operator.jsonName() + " and " + negation.jsonName());
            });
        });
    }

    private static void checkFieldRules(String label, String field, Map<SelectorOperator, List<String>> conditions)
    {
        switch (field) {
            case EVENT_CATEGORY -> checkOperators(label, field, conditions, EnumSet.of(EQUALS), "");
            case READ_ONLY -> {
                checkOperators(label, field, conditions, EnumSet.of(EQUALS), " with \"true\" or \"false\"");
                checkBooleanValues(label, field, conditions);
            }
            case SESSION_CREDENTIAL_FROM_CONSOLE -> {
                checkOperators(label, field, conditions, EnumSet.of(EQUALS, NOT_EQUALS), " with \"true\" or \"false\"");
                checkBooleanValues(label, field, conditions);
            }
            case RESOURCES_TYPE -> {
                checkOperators(label, field, conditions, EnumSet.of(EQUALS), " with data event resource types such as \"AWS::S3::Object\"");
                for (String value : conditions.get(EQUALS)) {
                    if (!ResourceTypes.ALL.contains(value)) {
                        Optional<String> suggestion = ResourceTypes.ALL.stream().filter(type -> type.equalsIgnoreCase(value)).findFirst();
                        throw invalid(label + ": '" + value + "' is not a data event resource type"
                                + suggestion.map(type -> "; did you mean '" + type + "'?").orElse(" (such as AWS::S3::Object or AWS::Lambda::Function)"));
                    }
                }
            }
            default -> {
                // eventSource, eventName, eventType, resources.ARN, errorCode and userIdentity.arn take every operator
            }
        }
    }

    private static void checkOperators(String label, String field, Map<SelectorOperator, List<String>> conditions, Set<SelectorOperator> allowed, String hint)
    {
        for (SelectorOperator operator : conditions.keySet()) {
            if (!allowed.contains(operator)) {
                String names = allowed.stream().map(SelectorOperator::jsonName).collect(Collectors.joining(" or "));
                throw invalid(label + ": field '" + field + "' does not support " + operator.jsonName() + "; use " + names + hint);
            }
        }
    }

    private static void checkBooleanValues(String label, String field, Map<SelectorOperator, List<String>> conditions)
    {
        conditions.values().stream()
                .flatMap(List::stream)
                .filter(value -> !BOOLEAN_VALUES.contains(value))
                .findFirst()
                .ifPresent(value -> {
                    throw invalid(label + ": field '" + field + "' takes \"true\" or \"false\", not '" + value + "'");
                });
    }

    private static Set<EventCategory> categories(String label, Map<SelectorOperator, List<String>> conditions)
    {
        if (conditions == null) {
            throw invalid(label + " does not set eventCategory; every selector must set eventCategory with Equals, such as \"Equals\": [\"Management\"]");
        }
        Set<EventCategory> categories = EnumSet.noneOf(EventCategory.class);
        for (String value : conditions.get(EQUALS)) {
            EventCategory category = Arrays.stream(EventCategory.values())
                    .filter(candidate -> candidate.apiName().equals(value))
                    .findFirst()
                    .orElseThrow(() -> invalid(label + ": '" + value + "' is not an event category"
                            + EventCategory.fromApiName(value).map(known -> "; did you mean '" + known.apiName() + "'?").orElse("; categories are " + categoryNames())));
            categories.add(category);
        }
        return categories;
    }

    private static EventDataStoreType storeType(String label, Set<EventCategory> categories)
    {
        Set<EventDataStoreType> types = categories.stream().map(EventCategory::storeType).collect(Collectors.toCollection(() -> EnumSet.noneOf(EventDataStoreType.class)));
        if (types.size() > 1) {
            throw invalid(label + " mixes event categories of different store types (" + categories.stream().map(EventCategory::apiName).collect(Collectors.joining(", "))
                    + "); an event data store holds one type of events");
        }
        return types.iterator().next();
    }

    private static void checkResourceFields(String label, Set<EventCategory> categories, Map<String, Map<SelectorOperator, List<String>>> conditionsByField)
    {
        boolean hasType = conditionsByField.containsKey(RESOURCES_TYPE);
        boolean hasArn = conditionsByField.containsKey(RESOURCES_ARN);
        if (!hasType && !hasArn) {
            return;
        }
        String field = hasType ? RESOURCES_TYPE : RESOURCES_ARN;
        if (!categories.equals(EnumSet.of(EventCategory.DATA))) {
            throw invalid(label + ": field '" + field + "' applies to data events only; its eventCategory must be Equals [\"Data\"]");
        }
        if (hasArn && !hasType) {
            throw invalid(label + ": field 'resources.ARN' needs 'resources.type' in the same selector to say which resources it filters");
        }
        if (hasArn) {
            conditionsByField.get(RESOURCES_TYPE).get(EQUALS).stream()
                    .filter(ResourceTypes.WITHOUT_ARN::contains)
                    .findFirst()
                    .ifPresent(type -> {
                        throw invalid(label + ": resources of type '" + type + "' have no ARN, so field 'resources.ARN' cannot filter them");
                    });
        }
    }

    private static SelectorOperator negationOf(SelectorOperator operator)
    {
        return switch (operator) {
            case EQUALS -> NOT_EQUALS;
            case NOT_EQUALS -> EQUALS;
            case STARTS_WITH -> NOT_STARTS_WITH;
            case NOT_STARTS_WITH -> STARTS_WITH;
            case ENDS_WITH -> NOT_ENDS_WITH;
            case NOT_ENDS_WITH -> ENDS_WITH;
        };
    }

    private static String categoryNames()
    {
        return Arrays.stream(EventCategory.values()).map(EventCategory::apiName).collect(Collectors.joining(", "));
    }

    private static TarnException invalid(String message)
    {
        return new TarnException(INVALID_EVENT_SELECTORS, message);
    }
}
