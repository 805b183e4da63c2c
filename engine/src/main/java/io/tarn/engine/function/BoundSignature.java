package io.tarn.engine.function;

import com.google.common.collect.ImmutableList;
import org.apache.calcite.rel.type.RelDataType;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A signature bound to the types of one call: the declared type of each argument (what the argument is
 * coerced to; a {@code FunctionSqlType} for lambdas), the return type, and the total coercion cost used to
 * choose between overloads.
 */
public record BoundSignature(Signature signature, List<RelDataType> argumentTypes, RelDataType returnType, int cost)
{
    public BoundSignature
    {
        requireNonNull(signature, "signature is null");
        argumentTypes = ImmutableList.copyOf(requireNonNull(argumentTypes, "argumentTypes is null"));
        requireNonNull(returnType, "returnType is null");
    }

}
