package io.tarn.engine.service;

import static java.util.Objects.requireNonNull;

/**
 * A column of stored results: its name (the key in Lake's result rows) and its type as Trino spells it
 * ({@code varchar}, {@code timestamp(3)}, {@code row(arn varchar, ...)}).
 */
public record QueryColumn(String name, String type)
{
    public QueryColumn
    {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
    }
}
