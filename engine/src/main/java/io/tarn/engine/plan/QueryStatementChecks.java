package io.tarn.engine.plan;

import io.tarn.engine.sql.SqlErrors;
import io.tarn.engine.sql.SqlRewriter;
import io.tarn.error.TarnException;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;

import java.util.Optional;

import static io.tarn.engine.StandardErrorCode.NOT_SUPPORTED;

/**
 * Refuses anything but a query: Lake allows only SELECT, and no statement may change data.
 */
final class QueryStatementChecks
{
    private QueryStatementChecks() {}

    static void checkQuery(SqlNode node, SqlRewriter.RewrittenSql sql)
    {
        if (node.getKind().belongsTo(SqlKind.QUERY) || node.getKind() == SqlKind.ORDER_BY || node.getKind() == SqlKind.WITH) {
            return;
        }
        int line = node.getParserPosition().getLineNum();
        int column = node.getParserPosition().getColumnNum();
        throw new TarnException(NOT_SUPPORTED, Optional.of(line > 0 ? sql.originalLocation(line, column) : SqlErrors.location(sql.original(), 0)),
                "Only SELECT statements are supported; " + node.getKind().lowerName.replace('_', ' ') + " is not allowed and nothing was changed", null);
    }
}
