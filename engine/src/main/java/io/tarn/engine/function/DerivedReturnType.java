package io.tarn.engine.function;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A scalar implementation whose return type is computed from the bound argument types, for Trino's rules
 * that a signature cannot spell, such as {@code ceil(decimal(p,s))} being {@code decimal(p - s + min(s, 1), 0)}.
 * The signature's return type only says which family the result is in.
 */
public interface DerivedReturnType
        extends ScalarImplementation
{
    RelDataType returnType(List<RelDataType> argumentTypes, RelDataTypeFactory typeFactory);

    /**
     * Computes return types with {@code rule}.
     */
    @FunctionalInterface
    interface Rule
    {
        RelDataType returnType(List<RelDataType> argumentTypes, RelDataTypeFactory typeFactory);
    }

    static DerivedReturnType of(Rule rule, ScalarImplementation implementation)
    {
        requireNonNull(rule, "rule is null");
        requireNonNull(implementation, "implementation is null");
        return new DerivedReturnType()
        {
            @Override
            public RelDataType returnType(List<RelDataType> argumentTypes, RelDataTypeFactory typeFactory)
            {
                return TypeCoercions.nullable(typeFactory, rule.returnType(argumentTypes, typeFactory));
            }

            @Override
            public io.tarn.engine.exec.VectorExpression bind(ScalarCall call)
            {
                return implementation.bind(call);
            }
        };
    }
}
