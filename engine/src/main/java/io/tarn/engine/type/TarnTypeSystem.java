package io.tarn.engine.type;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.type.SqlTypeUtil;

/**
 * Calcite's type rules adjusted to Trino's: {@code avg} of integers is a double, {@code sum} of integers a
 * bigint, timestamps default to millisecond precision, and string values of different lengths unify to
 * {@code varchar} rather than a blank-padded {@code char}.
 */
public final class TarnTypeSystem
        extends RelDataTypeSystemImpl
{
    public static final TarnTypeSystem INSTANCE = new TarnTypeSystem();

    private TarnTypeSystem() {}

    @Override
    public int getDefaultPrecision(SqlTypeName typeName)
    {
        return switch (typeName) {
            case TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE, TIMESTAMP_TZ -> 3;
            default -> super.getDefaultPrecision(typeName);
        };
    }

    @Override
    public int getMaxPrecision(SqlTypeName typeName)
    {
        return switch (typeName) {
            case TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE, TIMESTAMP_TZ, TIME -> 12;
            case VARCHAR, CHAR, VARBINARY, BINARY -> Integer.MAX_VALUE;
            case DECIMAL -> 38;
            default -> super.getMaxPrecision(typeName);
        };
    }

    @Override
    public int getMaxScale(SqlTypeName typeName)
    {
        return typeName == SqlTypeName.DECIMAL ? 38 : super.getMaxScale(typeName);
    }

    @Override
    public boolean shouldConvertRaggedUnionTypesToVarying()
    {
        return true;
    }

    @Override
    public boolean isSchemaCaseSensitive()
    {
        return false;
    }

    /**
     * Trino's decimal quotient: scale {@code max(s1, s2)}, precision {@code p1 + s2 + max(0, s2 - s1)} (so
     * {@code 2900 / 7.0} is {@code 414.3}, not Calcite's six decimals).
     */
    @Override
    public RelDataType deriveDecimalDivideType(RelDataTypeFactory typeFactory, RelDataType dividendType, RelDataType divisorType)
    {
        if (!SqlTypeUtil.isExactNumeric(dividendType) || !SqlTypeUtil.isExactNumeric(divisorType)
                || (!SqlTypeUtil.isDecimal(dividendType) && !SqlTypeUtil.isDecimal(divisorType))) {
            return null;
        }
        RelDataType dividend = decimalOf(typeFactory, dividendType);
        RelDataType divisor = decimalOf(typeFactory, divisorType);
        int scale = Math.max(dividend.getScale(), divisor.getScale());
        int precision = Math.min(38, dividend.getPrecision() + divisor.getScale() + Math.max(0, divisor.getScale() - dividend.getScale()));
        return typeFactory.createSqlType(SqlTypeName.DECIMAL, precision, Math.min(scale, precision));
    }

    private static RelDataType decimalOf(RelDataTypeFactory typeFactory, RelDataType type)
    {
        if (SqlTypeUtil.isDecimal(type)) {
            return type;
        }
        int precision = switch (type.getSqlTypeName()) {
            case TINYINT -> 3;
            case SMALLINT -> 5;
            case INTEGER -> 10;
            default -> 19;
        };
        return typeFactory.createSqlType(SqlTypeName.DECIMAL, precision, 0);
    }

    @Override
    public RelDataType deriveAvgAggType(RelDataTypeFactory typeFactory, RelDataType argumentType)
    {
        if (SqlTypeUtil.isExactNumeric(argumentType) && argumentType.getSqlTypeName() != SqlTypeName.DECIMAL) {
            return typeFactory.createTypeWithNullability(typeFactory.createSqlType(SqlTypeName.DOUBLE), true);
        }
        if (argumentType.getSqlTypeName() == SqlTypeName.REAL || argumentType.getSqlTypeName() == SqlTypeName.FLOAT) {
            return typeFactory.createTypeWithNullability(typeFactory.createSqlType(SqlTypeName.REAL), true);
        }
        return typeFactory.createTypeWithNullability(argumentType, true);
    }

    @Override
    public RelDataType deriveSumType(RelDataTypeFactory typeFactory, RelDataType argumentType)
    {
        RelDataType sum = switch (argumentType.getSqlTypeName()) {
            case TINYINT, SMALLINT, INTEGER, BIGINT -> typeFactory.createSqlType(SqlTypeName.BIGINT);
            case DECIMAL -> typeFactory.createSqlType(SqlTypeName.DECIMAL, 38, argumentType.getScale());
            case FLOAT, REAL, DOUBLE -> typeFactory.createSqlType(argumentType.getSqlTypeName() == SqlTypeName.DOUBLE ? SqlTypeName.DOUBLE : SqlTypeName.REAL);
            default -> argumentType;
        };
        return typeFactory.createTypeWithNullability(sum, argumentType.isNullable());
    }
}
