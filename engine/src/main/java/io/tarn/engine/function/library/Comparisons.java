package io.tarn.engine.function.library;

import io.tarn.engine.exec.expression.ValueComparison;

import java.util.List;

/**
 * Orders Java forms of SQL values as Trino orders them: strings by code point (the order of their UTF-8
 * bytes, not of UTF-16 units), arrays and rows element by element, the rest as {@link ValueComparison}
 * does.
 */
final class Comparisons
{
    private Comparisons() {}

    static int compare(Object left, Object right)
    {
        if (left instanceof String leftText && right instanceof String rightText) {
            return compareCodePoints(leftText, rightText);
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
        return ValueComparison.compare(left, right);
    }

    private static int compareCodePoints(String left, String right)
    {
        int leftIndex = 0;
        int rightIndex = 0;
        while (leftIndex < left.length() && rightIndex < right.length()) {
            int leftCodePoint = left.codePointAt(leftIndex);
            int rightCodePoint = right.codePointAt(rightIndex);
            if (leftCodePoint != rightCodePoint) {
                return Integer.compare(leftCodePoint, rightCodePoint);
            }
            leftIndex += Character.charCount(leftCodePoint);
            rightIndex += Character.charCount(rightCodePoint);
        }
        return Integer.compare(left.length() - leftIndex, right.length() - rightIndex);
    }
}
