package io.tarn.engine.plan;

import io.tarn.engine.type.TarnTypes;
import org.apache.calcite.avatica.util.TimeUnit;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.SqlBinaryOperator;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.fun.SqlMonotonicBinaryOperator;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorScope;

import static java.util.Objects.requireNonNull;

/**
 * {@code +} and {@code -} while validating, with Trino's date and time rules over Calcite's: the difference
 * of two timestamps (or dates) is an {@code interval day to second}, and a timestamp moved by an
 * {@code interval day to second} has millisecond precision at least. Put back to Calcite's operators after
 * validation; {@link TarnConvertletTable} keeps the types when converting.
 */
final class DatetimeArithmeticOperator
        extends SqlMonotonicBinaryOperator
{
    private final SqlBinaryOperator standard;

    DatetimeArithmeticOperator(SqlBinaryOperator standard)
    {
        super(standard.getName(), standard.getKind(), standard.getLeftPrec(), true, standard.getReturnTypeInference(), standard.getOperandTypeInference(), standard.getOperandTypeChecker());
        this.standard = requireNonNull(standard, "standard is null");
    }

    SqlBinaryOperator standard()
    {
        return standard;
    }

    @Override
    public RelDataType deriveType(SqlValidator validator, SqlValidatorScope scope, SqlCall call)
    {
        RelDataType left = validator.deriveType(scope, call.operand(0));
        RelDataType right = validator.deriveType(scope, call.operand(1));
        RelDataTypeFactory typeFactory = validator.getTypeFactory();
        if (isDifference(getKind(), left, right)) {
            return typeFactory.createTypeWithNullability(dayToSecond(typeFactory), left.isNullable() || right.isNullable());
        }
        return withMilliseconds(standard.deriveType(validator, scope, call), left, right, typeFactory);
    }

    static boolean isDifference(SqlKind kind, RelDataType left, RelDataType right)
    {
        return kind == SqlKind.MINUS && isDatetime(left) && isDatetime(right);
    }

    /**
     * The type of {@code timestamp ± interval day to second}: at least millisecond precision.
     */
    static RelDataType withMilliseconds(RelDataType type, RelDataType left, RelDataType right, RelDataTypeFactory typeFactory)
    {
        SqlTypeName name = type.getSqlTypeName();
        boolean timestamp = name == SqlTypeName.TIMESTAMP || TarnTypes.isTimestampWithZone(type);
        boolean dayToSecond = left.getSqlTypeName().getFamily() == SqlTypeFamily.INTERVAL_DAY_TIME || right.getSqlTypeName().getFamily() == SqlTypeFamily.INTERVAL_DAY_TIME;
        if (!timestamp || !dayToSecond || type.getPrecision() >= 3) {
            return type;
        }
        return typeFactory.createTypeWithNullability(typeFactory.createSqlType(name, 3), type.isNullable());
    }

    static RelDataType dayToSecond(RelDataTypeFactory typeFactory)
    {
        return typeFactory.createSqlIntervalType(new SqlIntervalQualifier(TimeUnit.DAY, TimeUnit.SECOND, SqlParserPos.ZERO));
    }

    private static boolean isDatetime(RelDataType type)
    {
        SqlTypeName name = type.getSqlTypeName();
        return name == SqlTypeName.TIMESTAMP || name == SqlTypeName.DATE || TarnTypes.isTimestampWithZone(type);
    }
}
