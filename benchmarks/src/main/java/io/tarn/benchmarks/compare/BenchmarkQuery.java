package io.tarn.benchmarks.compare;

import com.google.common.collect.ImmutableMap;

import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * One query of the suite, written once per dialect. Texts name the table {@code {table}}; each system
 * substitutes its own.
 *
 * @param id a short name for tables and charts
 * @param description what an auditor would ask
 * @param texts the query per dialect
 * @param check how answers are compared across systems
 */
public record BenchmarkQuery(String id, String description, Map<Dialect, String> texts, AnswerCheck check)
{
    public BenchmarkQuery
    {
        requireNonNull(id, "id is null");
        requireNonNull(description, "description is null");
        texts = ImmutableMap.copyOf(requireNonNull(texts, "texts is null"));
        requireNonNull(check, "check is null");
        for (Dialect dialect : Dialect.values()) {
            if (!texts.containsKey(dialect)) {
                throw new IllegalArgumentException("query " + id + " has no text for " + dialect);
            }
        }
    }

    public String text(Dialect dialect, String table)
    {
        return texts.get(dialect).replace("{table}", table);
    }

    /**
     * How a query's answers are compared.
     */
    public enum AnswerCheck
    {
        /** The rows, in order (every query of this kind orders its rows completely). */
        EXACT_ROWS,
        /**
         * For {@code SELECT * ... LIMIT n} without ORDER BY, where any n matching rows are right: the row
         * count, and every row's {@code eventid} among the ids the window holds.
         */
        ANY_MATCHING_ROWS,
    }
}
