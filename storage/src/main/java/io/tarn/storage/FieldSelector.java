package io.tarn.storage;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * One condition of an advanced event selector: a field and, per operator, the values it is compared with,
 * e.g. {@code {"Field": "eventSource", "NotEquals": ["kms.amazonaws.com"]}}. Validation of field names,
 * operators and values happens when a store is created or updated, not here.
 */
public record FieldSelector(String field, Map<SelectorOperator, List<String>> conditions)
{
    public FieldSelector
    {
        requireNonNull(field, "field is null");
        ImmutableMap.Builder<SelectorOperator, List<String>> copy = ImmutableMap.builder();
        requireNonNull(conditions, "conditions is null").forEach((operator, values) -> copy.put(operator, ImmutableList.copyOf(values)));
        conditions = copy.buildOrThrow();
    }

    public static FieldSelector of(String field, SelectorOperator operator, String... values)
    {
        return new FieldSelector(field, Map.of(operator, List.of(values)));
    }
}
