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

import java.util.ArrayList;
import java.util.List;

/**
 * Lake's (and Athena's) reading of {@code UNNEST(resources) AS t(r)} over an array of rows, which Trino
 * rejects (it wants one alias per field): the alias names the whole row. Each element is wrapped in a
 * one-field row ({@code transform(resources, e -> ROW(e))}), which UNNEST expands back into one column
 * holding the element. The planner applies it only to queries Trino's reading rejects, to every UNNEST
 * with one alias per array (plus one for ordinality).
 * <p>
 * Lake's guide also writes {@code UNNEST(resources) AS t(accountid, type, arn)}, naming some of the
 * fields of {@code row(accountid, type, arn, arnprefix)}: over one array, aliases that are fewer than the
 * row's fields select the fields of those names ({@code transform(resources, e -> ROW(e.accountid, e.type,
 * e.arn))}); if one is not a field's name, the query fails and Trino's error is reported.
 */
final class RowUnnestRewriter
{
    private static final String ELEMENT = "tarn$element";

    private RowUnnestRewriter() {}

    /**
     * @param selectFields whether an UNNEST of one array with several aliases, fewer than its rows' fields,
     * selects the fields those aliases name (tried only after the reading without it failed, since the
     * same aliases over a map name its keys and values)
     */
    static SqlNode rewrite(SqlNode node, boolean selectFields)
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
                        int ordinality = operator.withOrdinality ? 1 : 0;
                        if (aliases == unnest.operandCount() + ordinality) {
                            for (int index = 0; index < unnest.operandCount(); index++) {
                                unnest.setOperand(index, wrapElements(unnest.operand(index), List.of()));
                            }
                        }
                        else if (selectFields && unnest.operandCount() == 1 && aliases - ordinality > 1) {
                            List<SqlNode> fields = as.getOperandList().subList(2, as.operandCount() - ordinality);
                            unnest.setOperand(0, wrapElements(unnest.operand(0), fields));
                        }
                    }
                }
                return visited;
            }
        });
    }

    /**
     * {@code transform(array, e -> ROW(e))}, or with field names {@code transform(array, e -> ROW(e.f1, e.f2))}.
     */
    private static SqlNode wrapElements(SqlNode array, List<SqlNode> fieldNames)
    {
        SqlParserPos position = array.getParserPosition();
        SqlIdentifier parameter = new SqlIdentifier(ELEMENT, position);
        List<SqlNode> values = new ArrayList<>();
        if (fieldNames.isEmpty()) {
            values.add(new SqlIdentifier(ELEMENT, position));
        }
        for (SqlNode fieldName : fieldNames) {
            values.add(new SqlIdentifier(List.of(ELEMENT, ((SqlIdentifier) fieldName).getSimple()), fieldName.getParserPosition()));
        }
        SqlLambda lambda = new SqlLambda(position, SqlNodeList.of(parameter), SqlStdOperatorTable.ROW.createCall(position, values));
        SqlUnresolvedFunction transform = new SqlUnresolvedFunction(new SqlIdentifier("transform", position), null, null, null, null, SqlFunctionCategory.USER_DEFINED_FUNCTION);
        return transform.createCall(position, List.of(array, lambda));
    }
}
