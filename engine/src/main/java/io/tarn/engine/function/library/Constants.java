package io.tarn.engine.function.library;

import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.Values;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.engine.exec.expression.Constant;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Values of constant arguments, so that functions can prepare once what depends only on them (a compiled
 * regular expression, a set of characters).
 */
final class Constants
{
    private static final ExecutionContext CONTEXT = new ExecutionContext(ZoneOffset.UTC, Instant.EPOCH);

    private Constants() {}

    /**
     * The Java value of a constant expression (null for NULL), or null when it is not constant.
     */
    static Object value(VectorExpression expression)
    {
        if (expression instanceof Constant constant) {
            return constant.value();
        }
        if (!expression.isConstant()) {
            return null;
        }
        ColumnVector vector = expression.evaluate(new ColumnBatch(new ColumnVector[0], 1), CONTEXT);
        return Values.read(vector, 0, expression.type());
    }

    static boolean isConstant(VectorExpression expression)
    {
        return expression instanceof Constant || expression.isConstant();
    }
}
