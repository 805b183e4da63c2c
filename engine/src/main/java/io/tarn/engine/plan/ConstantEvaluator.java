package io.tarn.engine.plan;

import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.Values;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.engine.exec.expression.ExpressionCompiler;
import io.tarn.error.TarnException;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexCorrelVariable;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLambda;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexOver;
import org.apache.calcite.rex.RexSubQuery;
import org.apache.calcite.rex.RexVisitorImpl;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Evaluates expressions without inputs (constants, {@code now() - INTERVAL '1' DAY},
 * {@code from_iso8601_timestamp('...')}) with the executor's own semantics, in the query's context so that
 * every {@code now()} is the query's start time.
 */
public final class ConstantEvaluator
{
    private final ExpressionCompiler compiler;
    private final ExecutionContext context;

    public ConstantEvaluator(ExpressionCompiler compiler, ExecutionContext context)
    {
        this.compiler = requireNonNull(compiler, "compiler is null");
        this.context = requireNonNull(context, "context is null");
    }

    /**
     * Whether the expression reads no input, no parameter and no subquery, so it has one value per query.
     */
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
            public Void visitCall(RexCall call)
            {
                if (!call.getOperator().isDeterministic() && !call.getOperator().isDynamicFunction()) {
                    constant[0] = false;
                }
                return super.visitCall(call);
            }
        });
        return constant[0];
    }

    /**
     * The expression's value in Java form, or empty when it is not constant or evaluating it fails (a
     * failure must surface only if the query actually evaluates the expression).
     */
    public Optional<Object> evaluate(RexNode node)
    {
        if (!isConstant(node)) {
            return Optional.empty();
        }
        try {
            VectorExpression expression = compiler.compile(node, List.of());
            ColumnVector vector = expression.evaluate(new ColumnBatch(new ColumnVector[0], 1), context);
            return Optional.ofNullable(Values.read(vector, 0, node.getType())).or(() -> Optional.of(NULL));
        }
        catch (TarnException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /**
     * Stands for a constant whose value is SQL NULL.
     */
    public static final Object NULL = new Object()
    {
        @Override
        public String toString()
        {
            return "NULL";
        }
    };
}
