package io.tarn.engine.plan;

import io.tarn.engine.StandardErrorCode;
import io.tarn.engine.function.PositionedSqlException;
import io.tarn.engine.type.TarnTypes;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.type.SqlTypeUtil;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.apache.calcite.sql.validate.SqlValidator;

/**
 * Type rules Trino enforces that Calcite's validator lets through: comparing or adding a string and a
 * number (or boolean) is an error ({@code Cannot apply operator: varchar(1) = integer}), not an implicit
 * conversion. Strings compared with timestamps stay allowed (Lake's extension).
 */
final class TrinoTypeChecks
{
    private TrinoTypeChecks() {}

    static void check(SqlNode validated, SqlValidator validator)
    {
        validated.accept(new SqlBasicVisitor<Void>()
        {
            @Override
            public Void visit(SqlCall call)
            {
                SqlKind kind = call.getKind();
                boolean operator = kind.belongsTo(SqlKind.BINARY_COMPARISON) || kind.belongsTo(SqlKind.BINARY_ARITHMETIC)
                        || kind == SqlKind.IS_DISTINCT_FROM || kind == SqlKind.IS_NOT_DISTINCT_FROM;
                if (operator && call.operandCount() == 2) {
                    RelDataType left = validator.getValidatedNodeTypeIfKnown(call.operand(0));
                    RelDataType right = validator.getValidatedNodeTypeIfKnown(call.operand(1));
                    if (left != null && right != null && mixesStringWithNumberOrBoolean(left, right)) {
                        throw new PositionedSqlException(StandardErrorCode.TYPE_MISMATCH, call.getParserPosition(),
                                "Cannot apply operator: " + TarnTypes.trinoName(left) + " " + call.getOperator().getName() + " " + TarnTypes.trinoName(right));
                    }
                }
                return super.visit(call);
            }
        });
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
