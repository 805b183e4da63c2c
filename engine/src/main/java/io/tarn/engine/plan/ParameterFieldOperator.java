package io.tarn.engine.plan;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorScope;

/**
 * {@code p.field} on a lambda parameter while validating: Calcite first types a lambda body with
 * parameters of unknown type ({@code ANY}), where its own field access fails; this one gives {@code ANY}
 * then and Calcite's field access once the parameter's type is known. Put back to Calcite's operator after
 * validation.
 */
final class ParameterFieldOperator
        extends SqlSpecialOperator
{
    static final ParameterFieldOperator INSTANCE = new ParameterFieldOperator();

    private ParameterFieldOperator()
    {
        super("DOT", SqlKind.DOT, 100, true, null, null, null);
    }

    @Override
    public RelDataType deriveType(SqlValidator validator, SqlValidatorScope scope, SqlCall call)
    {
        RelDataType type = validator.deriveType(scope, call.operand(0));
        if (type.getSqlTypeName() == SqlTypeName.ANY) {
            return type;
        }
        return SqlStdOperatorTable.DOT.deriveType(validator, scope, call);
    }

    @Override
    public void validateCall(SqlCall call, SqlValidator validator, SqlValidatorScope scope, SqlValidatorScope operandScope)
    {
        // The field name is not an expression of the scope.
        call.operand(0).validateExpr(validator, operandScope);
    }

    @Override
    public void unparse(SqlWriter writer, SqlCall call, int leftPrec, int rightPrec)
    {
        SqlStdOperatorTable.DOT.unparse(writer, call, leftPrec, rightPrec);
    }
}
