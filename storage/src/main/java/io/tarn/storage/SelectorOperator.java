package io.tarn.storage;

import java.util.Arrays;
import java.util.Optional;

/**
 * The operators of an advanced event selector's field condition, spelled as in the selector JSON.
 */
public enum SelectorOperator
{
    EQUALS("Equals", false),
    NOT_EQUALS("NotEquals", true),
    STARTS_WITH("StartsWith", false),
    NOT_STARTS_WITH("NotStartsWith", true),
    ENDS_WITH("EndsWith", false),
    NOT_ENDS_WITH("NotEndsWith", true);

    private final String jsonName;
    private final boolean negative;

    SelectorOperator(String jsonName, boolean negative)
    {
        this.jsonName = jsonName;
        this.negative = negative;
    }

    public String jsonName()
    {
        return jsonName;
    }

    /**
     * Negative operators match when the value equals (or starts or ends with) none of the listed values;
     * positive ones when it matches any.
     */
    public boolean isNegative()
    {
        return negative;
    }

    public static Optional<SelectorOperator> fromJsonName(String name)
    {
        return Arrays.stream(values()).filter(operator -> operator.jsonName.equals(name)).findFirst();
    }
}
