package io.tarn.engine.exec.expression;

import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexCorrelVariable;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLambda;
import org.apache.calcite.rex.RexLambdaRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexOver;
import org.apache.calcite.rex.RexSubQuery;
import org.apache.calcite.rex.RexVisitorImpl;

/**
 * Which expressions have one value per query: no input, parameter, subquery, lambda or nondeterministic
 * call ({@code now()} counts as constant: it is the query's start time throughout the query).
 */
public final class ConstantExpressions
{
    private ConstantExpressions() {}

    public static boolean isConstant(RexNode node)
    {
        boolean[] constant = {true};
        node.accept(new RexVisitorImpl<Void>(true)
        {
            @Override
            public Void visitInputRef(RexInputRef reference)
            {
                constant[0] = false;
                return null;
            }

            @Override
            public Void visitCorrelVariable(RexCorrelVariable variable)
            {
                constant[0] = false;
                return null;
            }

            @Override
            public Void visitDynamicParam(RexDynamicParam parameter)
            {
                constant[0] = false;
                return null;
            }

            @Override
            public Void visitSubQuery(RexSubQuery subQuery)
            {
                constant[0] = false;
                return null;
            }

            @Override
            public Void visitOver(RexOver over)
            {
                constant[0] = false;
                return null;
            }

            @Override
            public Void visitLambda(RexLambda lambda)
            {
                constant[0] = false;
                return null;
            }

            @Override
            public Void visitLambdaRef(RexLambdaRef reference)
            {
                constant[0] = false;
                return null;
            }

            @Override
            public Void visitCall(RexCall call)
            {
                if (!call.getOperator().isDeterministic()) {
                    constant[0] = false;
                }
                return super.visitCall(call);
            }
        });
        return constant[0];
    }
}
