package io.tarn.engine.sql;

import com.google.common.collect.ImmutableList;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A recognized statement. Queries go to Calcite; the others are answered by the engine.
 */
public sealed interface Statement
{
    /**
     * A SELECT (or WITH, VALUES, set operation) query, as written.
     */
    record Query(String sql)
            implements Statement
    {
        public Query
        {
            requireNonNull(sql, "sql is null");
        }
    }

    /**
     * {@code EXPLAIN [ANALYZE] [(TYPE ..., FORMAT ...)] statement}.
     */
    record Explain(String type, boolean analyze, Statement statement)
            implements Statement
    {
        public Explain
        {
            requireNonNull(type, "type is null");
            requireNonNull(statement, "statement is null");
        }
    }

    record ShowTables(Optional<String> schema, Optional<String> like, Optional<String> escape)
            implements Statement {}

    record ShowColumns(String table, Optional<String> like)
            implements Statement
    {
        public ShowColumns
        {
            requireNonNull(table, "table is null");
        }
    }

    record ShowFunctions(Optional<String> like, Optional<String> escape)
            implements Statement {}

    record ShowCatalogs(Optional<String> like)
            implements Statement {}

    record ShowSchemas(Optional<String> catalog, Optional<String> like)
            implements Statement {}

    record ShowSession(Optional<String> like)
            implements Statement {}

    record ShowCreateTable(String table)
            implements Statement {}

    record Use(Optional<String> catalog, String schema)
            implements Statement {}

    record SetSession(String name, String value)
            implements Statement {}

    record ResetSession(String name)
            implements Statement {}

    record Prepare(String name, String sql)
            implements Statement {}

    /**
     * {@code EXECUTE name [USING p1, p2, ...]} or {@code EXECUTE IMMEDIATE 'sql' [USING ...]} (then
     * {@code name} is empty and {@code sql} holds the text); parameters are SQL expressions.
     */
    record Execute(Optional<String> name, Optional<String> sql, List<String> parameters)
            implements Statement
    {
        public Execute
        {
            parameters = ImmutableList.copyOf(parameters);
        }
    }

    record Deallocate(String name)
            implements Statement {}

    record DescribeInput(String name)
            implements Statement {}

    record DescribeOutput(String name)
            implements Statement {}

    /**
     * {@code START TRANSACTION}, {@code COMMIT}, {@code ROLLBACK}: accepted and ignored, as nothing is written.
     */
    record TransactionControl(String command)
            implements Statement {}
}
