package io.tarn.cli.output;

import static java.util.Objects.requireNonNull;

/**
 * A result column as printers see it: its name, its type as Trino spells it, and whether its values are
 * numbers (which tables right-align). Printers know nothing of where the rows come from (the local engine or
 * a server), so the same printers serve both.
 */
public record OutputColumn(String name, String typeName, boolean numeric)
{
    public OutputColumn
    {
        requireNonNull(name, "name is null");
        requireNonNull(typeName, "typeName is null");
    }
}
