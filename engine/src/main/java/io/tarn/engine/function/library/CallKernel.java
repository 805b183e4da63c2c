package io.tarn.engine.function.library;

import io.tarn.engine.exec.VectorExpression;
import io.tarn.engine.exec.expression.LambdaExpression;
import io.tarn.engine.function.ScalarCall;
import org.apache.calcite.rel.type.RelDataType;

import java.util.List;

/**
 * A vector kernel of one call of a library function: holds the call's arguments and result type.
 */
abstract class CallKernel
        implements VectorExpression
{
    private final List<VectorExpression> arguments;
    private final RelDataType type;

    CallKernel(ScalarCall call)
    {
        this.arguments = call.arguments();
        this.type = call.returnType();
    }

    @Override
    public final RelDataType type()
    {
        return type;
    }

    final VectorExpression argument(int index)
    {
        return arguments.get(index);
    }

    final LambdaExpression lambda(int index)
    {
        return (LambdaExpression) arguments.get(index);
    }
}
