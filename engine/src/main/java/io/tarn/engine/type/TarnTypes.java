package io.tarn.engine.type;

import org.apache.calcite.rel.type.StructKind;

import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeComparability;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.ObjectSqlType;
import org.apache.calcite.sql.type.SqlTypeName;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Type helpers: the engine's type factory, the {@code json} type, and Trino's spelling of types.
 */
public final class TarnTypes
{
    public static final String JSON_TYPE_NAME = "JSON";

    private TarnTypes() {}

    /**
     * Strings are UTF-8, as in Trino; Calcite's default (ISO-8859-1) rejects literals such as {@code '😀'}.
     */
    public static RelDataTypeFactory newTypeFactory()
    {
        return new JavaTypeFactoryImpl(TarnTypeSystem.INSTANCE)
        {
            @Override
            public Charset getDefaultCharset()
            {
                return StandardCharsets.UTF_8;
            }

            // Rows of casts and constructors (CAST(x AS ROW(a varchar))) let their fields be read as r.a
            // from an enclosing query, as a store's row columns do.
            @Override
            public RelDataType createStructType(List<RelDataType> typeList, List<String> fieldNameList)
            {
                return createStructType(StructKind.PEEK_FIELDS_NO_EXPAND, typeList, fieldNameList);
            }
        };
    }

    /**
     * Trino's {@code json}: JSON text, distinct from {@code varchar} so that casts and functions behave as in
     * Trino ({@code CAST(JSON '"a"' AS varchar)} is {@code a}).
     */
    public static RelDataType json(RelDataTypeFactory typeFactory, boolean nullable)
    {
        ObjectSqlType json = new ObjectSqlType(SqlTypeName.OTHER, new SqlIdentifier(JSON_TYPE_NAME, SqlParserPos.ZERO), false, List.of(), RelDataTypeComparability.ALL);
        return typeFactory.createTypeWithNullability(json, nullable);
    }

    public static boolean isJson(RelDataType type)
    {
        return type instanceof ObjectSqlType object
                && object.getSqlIdentifier() != null
                && object.getSqlIdentifier().isSimple()
                && object.getSqlIdentifier().getSimple().equalsIgnoreCase(JSON_TYPE_NAME);
    }

    public static boolean isString(RelDataType type)
    {
        SqlTypeName name = type.getSqlTypeName();
        return name == SqlTypeName.VARCHAR || name == SqlTypeName.CHAR;
    }

    public static boolean isTimestampWithZone(RelDataType type)
    {
        SqlTypeName name = type.getSqlTypeName();
        return name == SqlTypeName.TIMESTAMP_TZ || name == SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE;
    }

    public static RelDataType nullable(RelDataTypeFactory typeFactory, SqlTypeName name)
    {
        return typeFactory.createTypeWithNullability(typeFactory.createSqlType(name), true);
    }

    /**
     * The type as Trino names it, e.g. {@code varchar}, {@code timestamp(3)}, {@code map(varchar, varchar)},
     * {@code row(arn varchar, type varchar)}.
     */
    public static String trinoName(RelDataType type)
    {
        if (isJson(type)) {
            return "json";
        }
        SqlTypeName name = type.getSqlTypeName();
        return switch (name) {
            case BOOLEAN -> "boolean";
            case TINYINT -> "tinyint";
            case SMALLINT -> "smallint";
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            case REAL, FLOAT -> "real";
            case DOUBLE -> "double";
            case DECIMAL -> "decimal(" + type.getPrecision() + "," + type.getScale() + ")";
            case CHAR, VARCHAR -> type.getPrecision() > 0 && type.getPrecision() < Integer.MAX_VALUE && name == SqlTypeName.CHAR
                    ? "varchar(" + type.getPrecision() + ")"
                    : "varchar";
            case BINARY, VARBINARY -> "varbinary";
            case DATE -> "date";
            case TIME -> "time(" + Math.max(type.getPrecision(), 0) + ")";
            case TIMESTAMP -> "timestamp(" + Math.max(type.getPrecision(), 0) + ")";
            case TIMESTAMP_TZ, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> "timestamp(" + Math.max(type.getPrecision(), 0) + ") with time zone";
            case INTERVAL_YEAR, INTERVAL_YEAR_MONTH, INTERVAL_MONTH -> "interval year to month";
            case INTERVAL_DAY, INTERVAL_DAY_HOUR, INTERVAL_DAY_MINUTE, INTERVAL_DAY_SECOND, INTERVAL_HOUR, INTERVAL_HOUR_MINUTE,
                    INTERVAL_HOUR_SECOND, INTERVAL_MINUTE, INTERVAL_MINUTE_SECOND, INTERVAL_SECOND -> "interval day to second";
            case ARRAY -> "array(" + trinoName(type.getComponentType()) + ")";
            case MAP -> "map(" + trinoName(type.getKeyType()) + ", " + trinoName(type.getValueType()) + ")";
            case ROW -> type.getFieldList().stream()
                    .map(field -> isAnonymousField(field.getName()) ? trinoName(field.getType()) : quoteFieldName(field) + " " + trinoName(field.getType()))
                    .collect(Collectors.joining(", ", "row(", ")"));
            case NULL -> "unknown";
            case UUID -> "uuid";
            default -> name.getName().toLowerCase(Locale.ROOT);
        };
    }

    /**
     * The name Tarn gives a field of a row type written without field names ({@code row(integer, varchar)},
     * {@code ROW(1, 'a')}); it is Calcite's name for unnamed expressions, so Calcite's rows share it.
     */
    public static String anonymousFieldName(int index)
    {
        return "EXPR$" + index;
    }

    public static boolean isAnonymousField(String name)
    {
        return name.startsWith("EXPR$") && name.length() > 5 && name.substring(5).chars().allMatch(Character::isDigit);
    }

    private static String quoteFieldName(RelDataTypeField field)
    {
        String name = field.getName();
        if (name.matches("[a-z_][a-z0-9_]*")) {
            return name;
        }
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
