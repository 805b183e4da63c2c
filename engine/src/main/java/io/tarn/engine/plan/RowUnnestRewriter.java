package io.tarn.engine.plan;

import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLambda;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlUnnestOperator;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;

import java.util.List;

/**
 * Lake's (and Athena's) reading of {@code UNNEST(resources) AS t(r)} over an array of rows, which Trino
 * rejects (it wants one alias per field): the alias names the whole row. Each element is wrapped in a
 * one-field row ({@code transform(resources, e -> ROW(e))}), which UNNEST expands back into one column
 * holding the element. The planner applies it only to queries Trino's reading rejects, to every UNNEST
 * with one alias per array (plus one for ordinality).
 */
final class RowUnnestRewriter
{
    private static final String ELEMENT = "tarn$element";

    private RowUnnestRewriter() {}

    static SqlNode rewrite(SqlNode node)
    {
        return node.accept(new SqlShuttle()
        {
            @Override
            public SqlNode visit(SqlCall call)
            {
                SqlNode visited = super.visit(call);
                if (visited instanceof SqlBasicCall as && as.getKind() == SqlKind.AS && as.operandCount() > 2) {
                    SqlNode source = as.operand(0);
                    SqlCall unnest = source.getKind() == SqlKind.LATERAL ? ((SqlCall) source).operand(0) : (SqlCall) source;
                    if (source instanceof SqlCall && unnest.getOperator() instanceof SqlUnnestOperator operator) {
                        int aliases = as.operandCount() - 2;
                        if (aliases == unnest.operandCount() + (operator.withOrdinality ? 1 : 0)) {
                            for (int index = 0; index < unnest.operandCount(); index++) {
                                unnest.setOperand(index, wrapElements(unnest.operand(index)));
                            }
                        }
                    }
                }
                return visited;
            }
        });
    }

    private static SqlNode wrapElements(SqlNode array)
    {
        SqlParserPos position = array.getParserPosition();
        SqlIdentifier parameter = new SqlIdentifier(ELEMENT, position);
        SqlLambda lambda = new SqlLambda(position, SqlNodeList.of(parameter), SqlStdOperatorTable.ROW.createCall(position, new SqlIdentifier(ELEMENT, position)));
        SqlUnresolvedFunction transform = new SqlUnresolvedFunction(new SqlIdentifier("transform", position), null, null, null, null, SqlFunctionCategory.USER_DEFINED_FUNCTION);
        return transform.createCall(position, List.of(array, lambda));
    }
}
