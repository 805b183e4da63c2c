package io.tarn.engine.function;

import io.tarn.engine.type.TarnTypes;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.type.SqlTypeName;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Trino's implicit coercions: which types a value may be converted to without a cast, at what cost, and
 * the common super type of two types.
 */
public final class TypeCoercions
{
    private static final List<SqlTypeName> NUMERIC_ORDER = List.of(
            SqlTypeName.TINYINT, SqlTypeName.SMALLINT, SqlTypeName.INTEGER, SqlTypeName.BIGINT, SqlTypeName.DECIMAL, SqlTypeName.REAL, SqlTypeName.DOUBLE);

    private TypeCoercions() {}

    /**
     * The cost of coercing {@code from} to {@code to}: 0 when no conversion is needed, empty when not allowed.
     */
    public static OptionalInt cost(RelDataType from, RelDataType to)
    {
        if (from.getSqlTypeName() == SqlTypeName.NULL) {
            return OptionalInt.of(1);
        }
        if (from.getSqlTypeName() == SqlTypeName.ANY) {
            // A lambda parameter before its type is known (Calcite's first pass over a lambda body).
            return OptionalInt.of(1);
        }
        if (TarnTypes.isJson(from) || TarnTypes.isJson(to)) {
            return TarnTypes.isJson(from) && TarnTypes.isJson(to) ? OptionalInt.of(0) : OptionalInt.empty();
        }
        SqlTypeName source = normalize(from.getSqlTypeName());
        SqlTypeName target = normalize(to.getSqlTypeName());
        if (source == target) {
            return switch (source) {
                case ARRAY -> cost(from.getComponentType(), to.getComponentType());
                case MAP -> sum(cost(from.getKeyType(), to.getKeyType()), cost(from.getValueType(), to.getValueType()));
                case ROW -> rowCost(from, to);
                case DECIMAL -> decimalFits(from, to) ? OptionalInt.of(0) : OptionalInt.of(1);
                default -> OptionalInt.of(0);
            };
        }
        int sourceRank = NUMERIC_ORDER.indexOf(source);
        int targetRank = NUMERIC_ORDER.indexOf(target);
        if (sourceRank >= 0 && targetRank > sourceRank) {
            return OptionalInt.of(targetRank - sourceRank);
        }
        if (source == SqlTypeName.DATE && (target == SqlTypeName.TIMESTAMP || target == SqlTypeName.TIMESTAMP_TZ)) {
            return OptionalInt.of(target == SqlTypeName.TIMESTAMP ? 1 : 2);
        }
        if (source == SqlTypeName.TIMESTAMP && target == SqlTypeName.TIMESTAMP_TZ) {
            return OptionalInt.of(1);
        }
        return OptionalInt.empty();
    }

    /**
     * The narrowest type both can be coerced to, if any.
     */
    public static Optional<RelDataType> commonSuperType(RelDataTypeFactory typeFactory, RelDataType left, RelDataType right)
    {
        if (left.getSqlTypeName() == SqlTypeName.NULL) {
            return Optional.of(nullable(typeFactory, right));
        }
        if (right.getSqlTypeName() == SqlTypeName.NULL) {
            return Optional.of(nullable(typeFactory, left));
        }
        if (TarnTypes.isJson(left) || TarnTypes.isJson(right)) {
            return TarnTypes.isJson(left) && TarnTypes.isJson(right) ? Optional.of(nullable(typeFactory, left)) : Optional.empty();
        }
        SqlTypeName leftName = normalize(left.getSqlTypeName());
        SqlTypeName rightName = normalize(right.getSqlTypeName());
        if (leftName == rightName) {
            return switch (leftName) {
                case ARRAY -> commonSuperType(typeFactory, left.getComponentType(), right.getComponentType())
                        .map(element -> nullable(typeFactory, typeFactory.createArrayType(element, -1)));
                case MAP -> commonSuperType(typeFactory, left.getKeyType(), right.getKeyType()).flatMap(key ->
                        commonSuperType(typeFactory, left.getValueType(), right.getValueType())
                                .map(value -> nullable(typeFactory, typeFactory.createMapType(key, value))));
                case ROW -> commonRow(typeFactory, left, right);
                case CHAR, VARCHAR -> Optional.of(nullable(typeFactory, typeFactory.createSqlType(SqlTypeName.VARCHAR)));
                case TIMESTAMP, TIMESTAMP_TZ, TIME -> Optional.of(nullable(typeFactory, typeFactory.createSqlType(leftName, Math.max(left.getPrecision(), right.getPrecision()))));
                case DECIMAL -> Optional.of(nullable(typeFactory, widerDecimal(typeFactory, left, right)));
                default -> Optional.of(nullable(typeFactory, left));
            };
        }
        if (cost(left, right).isPresent()) {
            return Optional.of(nullable(typeFactory, promote(typeFactory, left, right)));
        }
        if (cost(right, left).isPresent()) {
            return Optional.of(nullable(typeFactory, promote(typeFactory, right, left)));
        }
        return Optional.empty();
    }

    /**
     * The type a value of {@code from} takes when coerced to the family of {@code to}.
     */
    private static RelDataType promote(RelDataTypeFactory typeFactory, RelDataType from, RelDataType to)
    {
        if (to.getSqlTypeName() == SqlTypeName.DECIMAL && from.getSqlTypeName() != SqlTypeName.DECIMAL) {
            int digits = integerDigits(from.getSqlTypeName());
            int scale = to.getScale();
            return typeFactory.createSqlType(SqlTypeName.DECIMAL, Math.min(38, Math.max(to.getPrecision() - scale, digits) + scale), scale);
        }
        return to;
    }

    private static RelDataType widerDecimal(RelDataTypeFactory typeFactory, RelDataType left, RelDataType right)
    {
        int scale = Math.max(left.getScale(), right.getScale());
        int integerDigits = Math.max(left.getPrecision() - left.getScale(), right.getPrecision() - right.getScale());
        return typeFactory.createSqlType(SqlTypeName.DECIMAL, Math.min(38, integerDigits + scale), scale);
    }

    private static boolean decimalFits(RelDataType from, RelDataType to)
    {
        return from.getScale() <= to.getScale() && from.getPrecision() - from.getScale() <= to.getPrecision() - to.getScale();
    }

    private static int integerDigits(SqlTypeName name)
    {
        return switch (name) {
            case TINYINT -> 3;
            case SMALLINT -> 5;
            case INTEGER -> 10;
            default -> 19;
        };
    }

    private static OptionalInt rowCost(RelDataType from, RelDataType to)
    {
        if (from.getFieldCount() != to.getFieldCount()) {
            return OptionalInt.empty();
        }
        int total = 0;
        for (int field = 0; field < from.getFieldCount(); field++) {
            OptionalInt cost = cost(from.getFieldList().get(field).getType(), to.getFieldList().get(field).getType());
            if (cost.isEmpty()) {
                return cost;
            }
            total += cost.getAsInt();
        }
        return OptionalInt.of(total);
    }

    private static Optional<RelDataType> commonRow(RelDataTypeFactory typeFactory, RelDataType left, RelDataType right)
    {
        if (left.getFieldCount() != right.getFieldCount()) {
            return Optional.empty();
        }
        List<RelDataType> types = new ArrayList<>();
        for (int field = 0; field < left.getFieldCount(); field++) {
            Optional<RelDataType> common = commonSuperType(typeFactory, left.getFieldList().get(field).getType(), right.getFieldList().get(field).getType());
            if (common.isEmpty()) {
                return Optional.empty();
            }
            types.add(common.get());
        }
        List<String> names = left.getFieldList().stream().map(RelDataTypeField::getName).toList();
        return Optional.of(nullable(typeFactory, typeFactory.createStructType(left.getStructKind(), types, names)));
    }

    private static OptionalInt sum(OptionalInt left, OptionalInt right)
    {
        return left.isPresent() && right.isPresent() ? OptionalInt.of(left.getAsInt() + right.getAsInt()) : OptionalInt.empty();
    }

    private static SqlTypeName normalize(SqlTypeName name)
    {
        return switch (name) {
            case CHAR -> SqlTypeName.VARCHAR;
            case BINARY -> SqlTypeName.VARBINARY;
            case FLOAT -> SqlTypeName.REAL;
            case TIMESTAMP_WITH_LOCAL_TIME_ZONE -> SqlTypeName.TIMESTAMP_TZ;
            case INTERVAL_YEAR, INTERVAL_MONTH -> SqlTypeName.INTERVAL_YEAR_MONTH;
            case INTERVAL_DAY, INTERVAL_DAY_HOUR, INTERVAL_DAY_MINUTE, INTERVAL_HOUR, INTERVAL_HOUR_MINUTE, INTERVAL_HOUR_SECOND,
                    INTERVAL_MINUTE, INTERVAL_MINUTE_SECOND, INTERVAL_SECOND -> SqlTypeName.INTERVAL_DAY_SECOND;
            default -> name;
        };
    }

    public static RelDataType nullable(RelDataTypeFactory typeFactory, RelDataType type)
    {
        return typeFactory.createTypeWithNullability(type, true);
    }
}
