package io.tarn.engine;

import java.util.Map;

/**
 * How SHOW FUNCTIONS describes the standard functions Calcite's operators provide.
 */
final class StandardFunctionKinds
{
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("count", "Number of rows, or of non-null values"),
            Map.entry("sum", "Sum of the values"),
            Map.entry("min", "Smallest value"),
            Map.entry("max", "Largest value"),
            Map.entry("avg", "Average of the values"),
            Map.entry("row_number", "Number of the row within its window partition, from 1"),
            Map.entry("rank", "Rank of the row within its partition, with gaps"),
            Map.entry("dense_rank", "Rank of the row within its partition, without gaps"),
            Map.entry("percent_rank", "Percentage rank of the row"),
            Map.entry("cume_dist", "Cumulative distribution of the row"),
            Map.entry("ntile", "Bucket number of the row"),
            Map.entry("lag", "Value of a preceding row"),
            Map.entry("lead", "Value of a following row"),
            Map.entry("first_value", "First value of the window frame"),
            Map.entry("last_value", "Last value of the window frame"),
            Map.entry("nth_value", "N-th value of the window frame"),
            Map.entry("coalesce", "First non-null argument"),
            Map.entry("nullif", "Null if both arguments are equal, else the first"),
            Map.entry("current_time", "Time of day the query started"),
            Map.entry("grouping", "Which grouping columns a row aggregates"));

    private StandardFunctionKinds() {}

    static String kind(String name)
    {
        return switch (name) {
            case "count", "sum", "min", "max", "avg", "grouping" -> "aggregate";
            case "row_number", "rank", "dense_rank", "percent_rank", "cume_dist", "ntile", "lag", "lead", "first_value", "last_value", "nth_value" -> "window";
            default -> "scalar";
        };
    }

    static String description(String name)
    {
        return DESCRIPTIONS.getOrDefault(name, "");
    }
}
