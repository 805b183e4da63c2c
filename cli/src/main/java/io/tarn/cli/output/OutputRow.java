package io.tarn.cli.output;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A result row as printers see it: each value as text for people and as typed JSON for programs.
 */
public interface OutputRow
{
    int size();

    boolean isNull(int column);

    /**
     * The value as Trino's CLI shows it ({@code NULL} for SQL NULL, arrays as {@code [a, b]}, maps as
     * {@code {k=v}}).
     */
    String text(int column);

    /**
     * The value as JSON: numbers and booleans as JSON numbers and booleans, arrays, maps and rows as JSON
     * arrays and objects, everything else (timestamps too) as Trino's text; JSON null for SQL NULL.
     */
    JsonNode json(int column);
}
