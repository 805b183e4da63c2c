package io.tarn.engine.exec.expression;

import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Compares Java forms of SQL values (see {@code io.tarn.engine.exec.Values}): element by element for
 * arrays and rows, entry by entry for maps. Nulls sort last.
 */
public final class ValueComparison
{
    private ValueComparison() {}

    /**
     * SQL's {@code =} on Java forms: false as soon as some element, field or entry differs, else null if a
     * null inside leaves it undecided, else true.
     */
    public static Boolean equal(Object left, Object right)
    {
        if (left == null || right == null) {
            return null;
        }
        if (left instanceof List<?> leftList && right instanceof List<?> rightList) {
            if (leftList.size() != rightList.size()) {
                return false;
            }
            boolean undecided = false;
            for (int index = 0; index < leftList.size(); index++) {
                Boolean equal = equal(leftList.get(index), rightList.get(index));
                if (equal == null) {
                    undecided = true;
                }
                else if (!equal) {
                    return false;
                }
            }
            return undecided ? null : true;
        }
        if (left instanceof Map<?, ?> leftMap && right instanceof Map<?, ?> rightMap) {
            if (leftMap.size() != rightMap.size()) {
                return false;
            }
            boolean undecided = false;
            for (Map.Entry<?, ?> entry : leftMap.entrySet()) {
                if (!rightMap.containsKey(entry.getKey())) {
                    return false;
                }
                Boolean equal = equal(entry.getValue(), rightMap.get(entry.getKey()));
                if (equal == null) {
                    undecided = true;
                }
                else if (!equal) {
                    return false;
                }
            }
            return undecided ? null : true;
        }
        return compare(left, right) == 0;
    }

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
            // Maps are equal when they hold the same entries, in whatever order (maps are not ordered in SQL).
            for (Map.Entry<?, ?> leftEntry : leftMap.entrySet()) {
                if (!rightMap.containsKey(leftEntry.getKey())) {
                    return 1;
                }
                int comparison = compare(leftEntry.getValue(), rightMap.get(leftEntry.getKey()));
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
