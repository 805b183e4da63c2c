package io.tarn.engine;

import io.tarn.engine.exec.Interval;
import io.tarn.engine.exec.Json;
import io.tarn.engine.type.TarnTypes;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

/**
 * The SQL type of a parameter value given as a Java value, so it can be cast to the type the query
 * expects at that place.
 */
final class ParameterTypes
{
    private ParameterTypes() {}

    static RelDataType typeOf(Object value, RelDataTypeFactory typeFactory)
    {
        SqlTypeName name;
        if (value == null) {
            name = SqlTypeName.NULL;
        }
        else if (value instanceof String) {
            name = SqlTypeName.VARCHAR;
        }
        else if (value instanceof Long || value instanceof Integer) {
            name = SqlTypeName.BIGINT;
        }
        else if (value instanceof Double || value instanceof Float) {
            name = SqlTypeName.DOUBLE;
        }
        else if (value instanceof Boolean) {
            name = SqlTypeName.BOOLEAN;
        }
        else if (value instanceof BigDecimal decimal) {
            return TarnTypes.nullable(typeFactory, SqlTypeName.DECIMAL).getSqlTypeName() == SqlTypeName.DECIMAL
                    ? typeFactory.createTypeWithNullability(typeFactory.createSqlType(SqlTypeName.DECIMAL, Math.max(decimal.precision(), decimal.scale()), decimal.scale()), true)
                    : null;
        }
        else if (value instanceof LocalDateTime) {
            return typeFactory.createTypeWithNullability(typeFactory.createSqlType(SqlTypeName.TIMESTAMP, 3), true);
        }
        else if (value instanceof ZonedDateTime) {
            return typeFactory.createTypeWithNullability(typeFactory.createSqlType(SqlTypeName.TIMESTAMP_TZ, 3), true);
        }
        else if (value instanceof LocalDate) {
            name = SqlTypeName.DATE;
        }
        else if (value instanceof Json) {
            return TarnTypes.json(typeFactory, true);
        }
        else if (value instanceof Interval.DayToSecond) {
            name = SqlTypeName.INTERVAL_DAY_SECOND;
        }
        else {
            name = SqlTypeName.VARCHAR;
        }
        return TarnTypes.nullable(typeFactory, name);
    }
}
