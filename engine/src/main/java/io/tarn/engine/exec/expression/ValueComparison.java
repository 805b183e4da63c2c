package io.tarn.engine.exec.expression;

import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compares Java forms of SQL values (see {@code io.tarn.engine.exec.Values}): element by element for
 * arrays and rows, entry by entry for maps. Nulls sort last.
 */
public final class ValueComparison
{
    private ValueComparison() {}

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static int compare(Object left, Object right)
    {
        if (left == null || right == null) {
            return left == null ? (right == null ? 0 : 1) : -1;
        }
        if (left instanceof List<?> leftList && right instanceof List<?> rightList) {
            for (int index = 0; index < Math.min(leftList.size(), rightList.size()); index++) {
                int comparison = compare(leftList.get(index), rightList.get(index));
                if (comparison != 0) {
                    return comparison;
                }
            }
            return Integer.compare(leftList.size(), rightList.size());
        }
        if (left instanceof Map<?, ?> leftMap && right instanceof Map<?, ?> rightMap) {
            if (leftMap.size() != rightMap.size()) {
                return Integer.compare(leftMap.size(), rightMap.size());
            }
            Iterator<? extends Map.Entry<?, ?>> rightEntries = rightMap.entrySet().iterator();
            for (Map.Entry<?, ?> leftEntry : leftMap.entrySet()) {
                Map.Entry<?, ?> rightEntry = rightEntries.next();
                int comparison = compare(leftEntry.getKey(), rightEntry.getKey());
                if (comparison == 0) {
                    comparison = compare(leftEntry.getValue(), rightEntry.getValue());
                }
                if (comparison != 0) {
                    return comparison;
                }
            }
            return 0;
        }
        if (left instanceof byte[] leftBytes && right instanceof byte[] rightBytes) {
            return Arrays.compareUnsigned(leftBytes, rightBytes);
        }
        if (left instanceof Number leftNumber && right instanceof Number rightNumber && left.getClass() != right.getClass()) {
            return new BigDecimal(leftNumber.toString()).compareTo(new BigDecimal(rightNumber.toString()));
        }
        if (left instanceof Temporal || left instanceof Comparable) {
            return ((Comparable) left).compareTo(right);
        }
        return left.toString().compareTo(right.toString());
    }
}
