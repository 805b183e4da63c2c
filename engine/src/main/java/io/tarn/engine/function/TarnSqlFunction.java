package io.tarn.engine.function;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCallBinding;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperandCountRange;
import org.apache.calcite.sql.SqlOperatorBinding;
import org.apache.calcite.sql.SqlSyntax;
import org.apache.calcite.sql.type.SqlOperandCountRanges;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorScope;

import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * A scalar function of the library as Calcite sees it: validation and return types come from the
 * registry's signatures.
 */
public final class TarnSqlFunction
        extends SqlFunction
{
    private static final Set<String> NILADIC = Set.of("current_timestamp", "current_date", "current_time", "localtimestamp", "localtime",
            "current_user", "current_catalog", "current_schema");

    private final FunctionRegistry registry;
    private final boolean deterministic;

    public TarnSqlFunction(FunctionRegistry registry, String name)
    {
        super(name, SqlKind.OTHER_FUNCTION, null, null, null, SqlFunctionCategory.USER_DEFINED_FUNCTION);
        this.registry = requireNonNull(registry, "registry is null");
        this.deterministic = registry.definitions(name).stream().allMatch(FunctionDefinition::deterministic);
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

    /**
     * SQL's niladic functions ({@code current_timestamp}, {@code current_date}, {@code localtimestamp}) are
     * written without parentheses, which Calcite accepts only for operators of this syntax.
     */
    @Override
    public SqlSyntax getSyntax()
    {
        return NILADIC.contains(getName()) ? SqlSyntax.FUNCTION_ID : super.getSyntax();
    }

    @Override
    public boolean isDeterministic()
    {
        return deterministic;
    }
}
