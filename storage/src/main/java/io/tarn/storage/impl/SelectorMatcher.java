package io.tarn.storage.impl;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.tarn.storage.AdvancedEventSelector;
import io.tarn.storage.FieldSelector;
import io.tarn.storage.SelectorOperator;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Decides whether an event is kept by a store's advanced event selectors: an event is kept when any
 * selector matches, and a selector matches when all its field conditions do.
 *
 * <p>A condition is a field, an operator and a list of values. A positive operator ({@code Equals},
 * {@code StartsWith}, {@code EndsWith}) holds when the event's value matches any of the values; a negative
 * one ({@code NotEquals}, {@code NotStartsWith}, {@code NotEndsWith}) when it matches none. An event that
 * lacks a field (the value is null) fails positive conditions on it and passes negative ones: an event
 * without an {@code errorCode} is kept by {@code errorCode NotEquals ["AccessDenied"]}. Comparisons are
 * case-sensitive, as in Lake.
 *
 * <p>{@code resources.type} and {@code resources.ARN} test the event's resources. The {@code resources.type}
 * conditions pick the resources the selector is about; they hold when at least one resource is picked (a
 * selector with {@code resources.type} never matches an event without such a resource). Each
 * {@code resources.ARN} condition then applies to the picked resources (to all resources when the selector
 * has no {@code resources.type}): a positive condition holds when some picked resource's ARN matches it, a
 * negative one when no picked resource's ARN violates it. A resource without an ARN satisfies no positive
 * condition and violates no negative one.
 *
 * <p>Matchers are immutable and safe to share between threads.
 */
public final class SelectorMatcher
{
    private static final String RESOURCES_TYPE = "resources.type";
    private static final String RESOURCES_ARN = "resources.ARN";

    private final List<CompiledSelector> selectors;

    private SelectorMatcher(List<CompiledSelector> selectors)
    {
        this.selectors = ImmutableList.copyOf(requireNonNull(selectors, "selectors is null"));
    }

    /**
     * Compiles validated selectors into a matcher.
     */
    public static SelectorMatcher compile(List<AdvancedEventSelector> selectors)
    {
        return new SelectorMatcher(selectors.stream().map(SelectorMatcher::compileSelector).toList());
    }

    public boolean matches(SelectableEvent event)
    {
        for (CompiledSelector selector : selectors) {
            if (selector.matches(event)) {
                return true;
            }
        }
        return false;
    }

    private static CompiledSelector compileSelector(AdvancedEventSelector selector)
    {
        ImmutableList.Builder<FieldCondition> fieldConditions = ImmutableList.builder();
        ImmutableList.Builder<ValueCondition> typeConditions = ImmutableList.builder();
        ImmutableList.Builder<ValueCondition> arnConditions = ImmutableList.builder();
        for (FieldSelector fieldSelector : selector.fieldSelectors()) {
            for (Map.Entry<SelectorOperator, List<String>> entry : fieldSelector.conditions().entrySet()) {
                ValueCondition condition = new ValueCondition(entry.getKey(), entry.getValue());
                switch (fieldSelector.field()) {
                    case RESOURCES_TYPE -> typeConditions.add(condition);
                    case RESOURCES_ARN -> arnConditions.add(condition);
                    default -> fieldConditions.add(new FieldCondition(fieldSelector.field(), condition));
                }
            }
        }
        return new CompiledSelector(fieldConditions.build(), typeConditions.build(), arnConditions.build());
    }

    private record CompiledSelector(List<FieldCondition> fieldConditions, List<ValueCondition> typeConditions, List<ValueCondition> arnConditions)
    {
        boolean matches(SelectableEvent event)
        {
            for (FieldCondition condition : fieldConditions) {
                if (!condition.condition().test(event.value(condition.field()))) {
                    return false;
                }
            }
            if (!typeConditions.isEmpty() && !hasPickedResource(event)) {
                return false;
            }
            for (ValueCondition condition : arnConditions) {
                if (!arnConditionHolds(condition, event)) {
                    return false;
                }
            }
            return true;
        }

        private boolean hasPickedResource(SelectableEvent event)
        {
            for (int index = 0; index < event.resourceCount(); index++) {
                if (isPicked(event, index)) {
                    return true;
                }
            }
            return false;
        }

        private boolean arnConditionHolds(ValueCondition condition, SelectableEvent event)
        {
            for (int index = 0; index < event.resourceCount(); index++) {
                if (!isPicked(event, index)) {
                    continue;
                }
                boolean satisfied = condition.test(event.resourceArn(index));
                if (condition.negative() && !satisfied) {
                    return false;
                }
                if (!condition.negative() && satisfied) {
                    return true;
                }
            }
            return condition.negative();
        }

        private boolean isPicked(SelectableEvent event, int index)
        {
            String type = event.resourceType(index);
            for (ValueCondition condition : typeConditions) {
                if (!condition.test(type)) {
                    return false;
                }
            }
            return true;
        }
    }

    private record FieldCondition(String field, ValueCondition condition) {}

    /**
     * One operator and its values, compiled for testing many events.
     */
    private static final class ValueCondition
    {
        private final SelectorOperator operator;
        private final Set<String> exactValues;
        private final String[] affixes;

        ValueCondition(SelectorOperator operator, List<String> values)
        {
            this.operator = requireNonNull(operator, "operator is null");
            this.exactValues = ImmutableSet.copyOf(values);
            this.affixes = values.toArray(String[]::new);
        }

        boolean negative()
        {
            return operator.isNegative();
        }

        boolean test(String value)
        {
            if (value == null) {
                return operator.isNegative();
            }
            return operator.isNegative() != matchesAny(value);
        }

        private boolean matchesAny(String value)
        {
            return switch (operator) {
                case EQUALS, NOT_EQUALS -> exactValues.contains(value);
                case STARTS_WITH, NOT_STARTS_WITH -> {
                    for (String prefix : affixes) {
                        if (value.startsWith(prefix)) {
                            yield true;
                        }
                    }
                    yield false;
                }
                case ENDS_WITH, NOT_ENDS_WITH -> {
                    for (String suffix : affixes) {
                        if (value.endsWith(suffix)) {
                            yield true;
                        }
                    }
                    yield false;
                }
            };
        }
    }
}
