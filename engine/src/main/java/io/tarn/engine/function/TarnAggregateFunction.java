package io.tarn.engine.function;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlAggFunction;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCallBinding;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperandCountRange;
import org.apache.calcite.sql.SqlOperatorBinding;
import org.apache.calcite.sql.type.SqlOperandCountRanges;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorScope;
import org.apache.calcite.util.Optionality;

import static java.util.Objects.requireNonNull;

/**
 * An aggregate function of the library as Calcite sees it.
 */
public final class TarnAggregateFunction
        extends SqlAggFunction
{
    private final FunctionRegistry registry;

    public TarnAggregateFunction(FunctionRegistry registry, String name)
    {
        super(name, null, SqlKind.OTHER_FUNCTION, binding -> CallTyping.resolve(registry, name, binding).bound().returnType(),
                null, null, SqlFunctionCategory.USER_DEFINED_FUNCTION, false, false, Optionality.OPTIONAL);
        this.registry = requireNonNull(registry, "registry is null");
    }

    public FunctionRegistry registry()
    {
        return registry;
    }

    @Override
    public RelDataType deriveType(SqlValidator validator, SqlValidatorScope scope, SqlCall call)
    {
        return CallTyping.resolve(registry, getName(), validator, scope, call).bound().returnType();
    }

    @Override
    public boolean checkOperandTypes(SqlCallBinding callBinding, boolean throwOnFailure)
    {
        return true;
    }

    @Override
    public RelDataType inferReturnType(SqlOperatorBinding binding)
    {
        return CallTyping.resolve(registry, getName(), binding).bound().returnType();
    }

    @Override
    public SqlOperandCountRange getOperandCountRange()
    {
        return SqlOperandCountRanges.any();
    }
}
