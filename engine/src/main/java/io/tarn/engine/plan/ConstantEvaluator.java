package io.tarn.engine.plan;

import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.Values;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.engine.exec.expression.ConstantExpressions;
import io.tarn.engine.exec.expression.ExpressionCompiler;
import io.tarn.error.TarnException;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import org.apache.calcite.rex.RexNode;

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
     * The expression's value in Java form, or empty when it is not constant or evaluating it fails (a
     * failure must surface only if the query actually evaluates the expression).
     */
    public Optional<Object> evaluate(RexNode node)
    {
        if (!ConstantExpressions.isConstant(node)) {
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
