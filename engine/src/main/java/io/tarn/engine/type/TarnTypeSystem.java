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
