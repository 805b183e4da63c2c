package io.tarn.engine.plan;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCallBinding;
import org.apache.calcite.sql.SqlOperandCountRange;
import org.apache.calcite.sql.SqlOperatorBinding;
import org.apache.calcite.sql.fun.SqlArrayValueConstructor;
import org.apache.calcite.sql.type.SqlOperandCountRanges;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorScope;

/**
 * Trino's empty array {@code ARRAY[]}, of type {@code array(unknown)}, which Calcite's array constructor
 * refuses (it wants at least one element to type the array).
 */
final class EmptyArrayConstructor
        extends SqlArrayValueConstructor
{
    static final EmptyArrayConstructor INSTANCE = new EmptyArrayConstructor();

    private EmptyArrayConstructor() {}

    @Override
    public RelDataType deriveType(SqlValidator validator, SqlValidatorScope scope, SqlCall call)
    {
        // Not the inherited derivation, which looks the operator up by name and gets Calcite's constructor back.
        return validateOperands(validator, scope, call);
    }

    @Override
    public SqlOperandCountRange getOperandCountRange()
    {
        return SqlOperandCountRanges.of(0);
    }

    @Override
    public boolean checkOperandTypes(SqlCallBinding callBinding, boolean throwOnFailure)
    {
        return true;
    }

    @Override
    public RelDataType inferReturnType(SqlOperatorBinding binding)
    {
        RelDataTypeFactory typeFactory = binding.getTypeFactory();
        return typeFactory.createArrayType(typeFactory.createSqlType(SqlTypeName.NULL), -1);
    }
}
