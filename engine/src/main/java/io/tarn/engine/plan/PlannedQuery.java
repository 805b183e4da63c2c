package io.tarn.engine.plan;

import com.google.common.collect.ImmutableList;
import io.tarn.engine.sql.SqlRewriter;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * An optimized logical plan of a query, with its output columns as Trino names them, the types of its
 * dynamic parameters, and the rewritten SQL it came from.
 */
public record PlannedQuery(RelNode plan, List<String> columnNames, List<RelDataType> columnTypes, List<RelDataType> parameterTypes, SqlRewriter.RewrittenSql sql)
{
    public PlannedQuery
    {
        requireNonNull(plan, "plan is null");
        columnNames = ImmutableList.copyOf(requireNonNull(columnNames, "columnNames is null"));
        columnTypes = ImmutableList.copyOf(requireNonNull(columnTypes, "columnTypes is null"));
        parameterTypes = ImmutableList.copyOf(requireNonNull(parameterTypes, "parameterTypes is null"));
        requireNonNull(sql, "sql is null");
    }
}
