package io.tarn.engine.plan;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.SqlCallBinding;
import org.apache.calcite.sql.type.SqlTypeUtil;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.implicit.TypeCoercionImpl;

/**
 * Calcite's implicit coercions narrowed to Trino's: a string is never silently turned into a number or a
 * boolean ({@code eventname = 1} and {@code '9' + 1} are type errors, as in Trino). Strings compared with
 * timestamps and dates are still converted: that is Lake's extension ({@code eventTime > '2023-01-01'}).
 */
final class TarnTypeCoercion
        extends TypeCoercionImpl
{
    TarnTypeCoercion(RelDataTypeFactory typeFactory, SqlValidator validator)
    {
        super(typeFactory, validator);
    }

    @Override
    public boolean binaryArithmeticCoercion(SqlCallBinding binding)
    {
        if (binding.getOperandCount() == 2 && mixesStringWithNumberOrBoolean(binding.getOperandType(0), binding.getOperandType(1))) {
            return false;
        }
        return super.binaryArithmeticCoercion(binding);
    }

    @Override
    public boolean binaryComparisonCoercion(SqlCallBinding binding)
    {
        for (int left = 0; left < binding.getOperandCount(); left++) {
            for (int right = left + 1; right < binding.getOperandCount(); right++) {
                if (mixesStringWithNumberOrBoolean(binding.getOperandType(left), binding.getOperandType(right))) {
                    return false;
                }
            }
        }
        return super.binaryComparisonCoercion(binding);
    }

    @Override
    public boolean builtinFunctionCoercion(SqlCallBinding binding, java.util.List<RelDataType> operandTypes, java.util.List<org.apache.calcite.sql.type.SqlTypeFamily> expectedFamilies)
    {
        for (int index = 0; index < operandTypes.size() && index < expectedFamilies.size(); index++) {
            org.apache.calcite.sql.type.SqlTypeFamily family = expectedFamilies.get(index);
            boolean numericTarget = family == org.apache.calcite.sql.type.SqlTypeFamily.NUMERIC || family == org.apache.calcite.sql.type.SqlTypeFamily.INTEGER
                    || family == org.apache.calcite.sql.type.SqlTypeFamily.EXACT_NUMERIC || family == org.apache.calcite.sql.type.SqlTypeFamily.APPROXIMATE_NUMERIC
                    || family == org.apache.calcite.sql.type.SqlTypeFamily.BOOLEAN;
            if (numericTarget && SqlTypeUtil.isString(operandTypes.get(index))) {
                return false;
            }
        }
        return super.builtinFunctionCoercion(binding, operandTypes, expectedFamilies);
    }

    private static boolean mixesStringWithNumberOrBoolean(RelDataType left, RelDataType right)
    {
        return (SqlTypeUtil.isString(left) && isNumberOrBoolean(right)) || (SqlTypeUtil.isString(right) && isNumberOrBoolean(left));
    }

    private static boolean isNumberOrBoolean(RelDataType type)
    {
        return SqlTypeUtil.isNumeric(type) || SqlTypeUtil.isBoolean(type);
    }
}
