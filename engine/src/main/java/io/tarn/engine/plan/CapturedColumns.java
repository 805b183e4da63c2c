package io.tarn.engine.plan;

import org.apache.calcite.rel.RelHomogeneousShuttle;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLambda;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.ReturnTypes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the columns a lambda's body reads visible to Calcite's planning, which finds the columns of an
 * expression without looking into lambdas. Left as they are, a condition such as
 * {@code any_match(ARRAY[c.eventname], y -> y = v.n)} would seem to read only {@code c}, and move below the
 * join, where {@code v.n} is no column; and the field trimmer would drop from the scan a column that only a
 * lambda reads. While the plan is optimized, a call with such a lambda among its arguments is wrapped in
 * {@link #CAPTURES}, whose further arguments are the columns the lambdas read; the planner moves and
 * renumbers them with the lambdas' own references, and {@link #unwrap} takes the wrapper off before
 * execution.
 */
final class CapturedColumns
{
    /**
     * {@code $CAPTURES(call, column, ...)}: the value of {@code call}; the columns are those its lambdas read.
     */
    static final SqlFunction CAPTURES = new SqlFunction("$CAPTURES", SqlKind.OTHER_FUNCTION, ReturnTypes.ARG0, null, null, SqlFunctionCategory.SYSTEM);

    private CapturedColumns() {}

    /**
     * Wraps the calls with lambdas that read columns in a condition.
     */
    static RexNode wrap(RexBuilder rexBuilder, RexNode condition)
    {
        return condition.accept(new RexShuttle()
        {
            @Override
            public RexNode visitCall(RexCall call)
            {
                if (call.getOperator() == CAPTURES) {
                    return call;
                }
                Map<Integer, RexInputRef> columns = new LinkedHashMap<>();
                for (RexNode operand : call.getOperands()) {
                    if (operand instanceof RexLambda lambda) {
                        lambda.getExpression().accept(new RexShuttle()
                        {
                            @Override
                            public RexNode visitInputRef(RexInputRef reference)
                            {
                                columns.putIfAbsent(reference.getIndex(), reference);
                                return reference;
                            }
                        });
                    }
                }
                if (columns.isEmpty()) {
                    return super.visitCall(call);
                }
                List<RexNode> operands = new ArrayList<>();
                operands.add(call);
                operands.addAll(columns.values());
                return rexBuilder.makeCall(call.getType(), CAPTURES, operands);
            }
        });
    }

    /**
     * Wraps the calls with lambdas that read columns in the plan's projections, filters and joins.
     */
    static RelNode wrapExpressions(RelNode plan)
    {
        RexBuilder rexBuilder = plan.getCluster().getRexBuilder();
        return plan.accept(new RelHomogeneousShuttle()
        {
            @Override
            public RelNode visit(RelNode other)
            {
                RelNode visited = super.visit(other);
                if (visited instanceof Filter filter) {
                    return filter.copy(filter.getTraitSet(), filter.getInput(), wrap(rexBuilder, filter.getCondition()));
                }
                if (visited instanceof Project project) {
                    List<RexNode> expressions = project.getProjects().stream().map(expression -> wrap(rexBuilder, expression)).toList();
                    return project.copy(project.getTraitSet(), project.getInput(), expressions, project.getRowType());
                }
                if (visited instanceof Join join) {
                    return join.copy(join.getTraitSet(), wrap(rexBuilder, join.getCondition()), join.getLeft(), join.getRight(), join.getJoinType(), join.isSemiJoinDone());
                }
                return visited;
            }
        });
    }

    /**
     * Takes every {@link #CAPTURES} wrapper off the plan's expressions.
     */
    static RelNode unwrap(RelNode plan)
    {
        RexShuttle unwrapper = new RexShuttle()
        {
            @Override
            public RexNode visitCall(RexCall call)
            {
                if (call.getOperator() == CAPTURES) {
                    return call.getOperands().get(0).accept(this);
                }
                return super.visitCall(call);
            }
        };
        return plan.accept(new RelHomogeneousShuttle()
        {
            @Override
            public RelNode visit(RelNode other)
            {
                return super.visit(other).accept(unwrapper);
            }
        });
    }
}
