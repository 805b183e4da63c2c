package io.tarn.engine.function;

import com.google.common.collect.ImmutableList;
import io.tarn.engine.exec.VectorExpression;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A call of a scalar function ready to be implemented: its bound signature and its arguments, already
 * coerced to the declared types (lambda arguments are {@code io.tarn.engine.exec.expression.LambdaExpression}s).
 */
public record ScalarCall(BoundSignature bound, List<VectorExpression> arguments, RelDataTypeFactory typeFactory)
{
    public ScalarCall
    {
        requireNonNull(bound, "bound is null");
        arguments = ImmutableList.copyOf(requireNonNull(arguments, "arguments is null"));
        requireNonNull(typeFactory, "typeFactory is null");
    }

    public RelDataType returnType()
    {
        return bound.returnType();
    }

    public RelDataType argumentType(int index)
    {
        return bound.argumentTypes().get(index);
    }

    public VectorExpression argument(int index)
    {
        return arguments.get(index);
    }
}
