package io.tarn.engine.catalog;

import io.tarn.engine.type.TarnTypes;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.type.SqlTypeName;

import java.sql.DatabaseMetaData;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Catalog {@code system}, schema {@code jdbc}: the tables the Trino JDBC driver's {@code DatabaseMetaData}
 * reads, with Trino's columns, so BI tools list stores and columns as they would on Trino.
 */
public final class SystemTables
{
    public static final String CATALOG = "system";

    private SystemTables() {}

    static Map<String, Map<String, VirtualTable>> create(CatalogSnapshot snapshot)
    {
        Map<String, VirtualTable> jdbc = new LinkedHashMap<>();
        jdbc.put("catalogs", table("catalogs", "table_cat:varchar", () -> List.of(List.of(CATALOG), List.of(CatalogSnapshot.CATALOG))));
        jdbc.put("schemas", table("schemas", "table_schem:varchar,table_catalog:varchar", () -> List.of(
                List.of(CatalogSnapshot.DEFAULT_SCHEMA, CatalogSnapshot.CATALOG),
                List.of(CatalogSnapshot.INFORMATION_SCHEMA, CatalogSnapshot.CATALOG),
                List.of("jdbc", CATALOG))));
        jdbc.put("table_types", table("table_types", "table_type:varchar", () -> List.of(List.of("TABLE"), List.of("VIEW"))));
        jdbc.put("tables", table("tables",
                "table_cat:varchar,table_schem:varchar,table_name:varchar,table_type:varchar,remarks:varchar,type_cat:varchar,type_schem:varchar,"
                        + "type_name:varchar,self_referencing_col_name:varchar,ref_generation:varchar",
                () -> tablesRows(snapshot)));
        jdbc.put("columns", table("columns",
                "table_cat:varchar,table_schem:varchar,table_name:varchar,column_name:varchar,data_type:bigint,type_name:varchar,column_size:bigint,"
                        + "buffer_length:bigint,decimal_digits:bigint,num_prec_radix:bigint,nullable:bigint,remarks:varchar,column_def:varchar,"
                        + "sql_data_type:bigint,sql_datetime_sub:bigint,char_octet_length:bigint,ordinal_position:bigint,is_nullable:varchar,"
                        + "scope_catalog:varchar,scope_schema:varchar,scope_table:varchar,source_data_type:bigint,is_autoincrement:varchar,"
                        + "is_generatedcolumn:varchar",
                () -> columnsRows(snapshot)));
        jdbc.put("types", table("types",
                "type_name:varchar,data_type:bigint,precision:bigint,literal_prefix:varchar,literal_suffix:varchar,create_params:varchar,"
                        + "nullable:bigint,case_sensitive:boolean,searchable:bigint,unsigned_attribute:boolean,fixed_prec_scale:boolean,"
                        + "auto_increment:boolean,local_type_name:varchar,minimum_scale:bigint,maximum_scale:bigint,sql_data_type:bigint,"
                        + "sql_datetime_sub:bigint,num_prec_radix:bigint",
                SystemTables::typesRows));
        jdbc.put("procedures", empty("procedures", "procedure_cat:varchar,procedure_schem:varchar,procedure_name:varchar,remarks:varchar,procedure_type:bigint,specific_name:varchar"));
        jdbc.put("procedure_columns", empty("procedure_columns",
                "procedure_cat:varchar,procedure_schem:varchar,procedure_name:varchar,column_name:varchar,column_type:bigint,data_type:bigint,"
                        + "type_name:varchar,precision:bigint,length:bigint,scale:bigint,radix:bigint,nullable:bigint,remarks:varchar,column_def:varchar,"
                        + "sql_data_type:bigint,sql_datetime_sub:bigint,char_octet_length:bigint,ordinal_position:bigint,is_nullable:varchar,specific_name:varchar"));
        jdbc.put("udts", empty("udts", "type_cat:varchar,type_schem:varchar,type_name:varchar,class_name:varchar,data_type:bigint,remarks:varchar,base_type:bigint"));
        jdbc.put("super_types", empty("super_types", "type_cat:varchar,type_schem:varchar,type_name:varchar,supertype_cat:varchar,supertype_schem:varchar,supertype_name:varchar"));
        jdbc.put("super_tables", empty("super_tables", "table_cat:varchar,table_schem:varchar,table_name:varchar,supertable_name:varchar"));
        jdbc.put("attributes", empty("attributes",
                "type_cat:varchar,type_schem:varchar,type_name:varchar,attr_name:varchar,data_type:bigint,attr_type_name:varchar,attr_size:bigint,"
                        + "decimal_digits:bigint,num_prec_radix:bigint,nullable:bigint,remarks:varchar,attr_def:varchar,sql_data_type:bigint,"
                        + "sql_datetime_sub:bigint,char_octet_length:bigint,ordinal_position:bigint,is_nullable:varchar,scope_catalog:varchar,"
                        + "scope_schema:varchar,scope_table:varchar,source_data_type:bigint"));
        jdbc.put("pseudo_columns", empty("pseudo_columns",
                "table_cat:varchar,table_schem:varchar,table_name:varchar,column_name:varchar,data_type:bigint,column_size:bigint,"
                        + "decimal_digits:bigint,num_prec_radix:bigint,column_usage:varchar,remarks:varchar,char_octet_length:bigint,is_nullable:varchar"));
        return Map.of("jdbc", jdbc);
    }

    private static List<List<Object>> tablesRows(CatalogSnapshot snapshot)
    {
        List<List<Object>> rows = new ArrayList<>();
        for (String name : snapshot.visibleTableNames()) {
            rows.add(Arrays.asList(CatalogSnapshot.CATALOG, CatalogSnapshot.DEFAULT_SCHEMA, name, "TABLE", null, null, null, null, null, null));
        }
        for (String name : List.of("columns", "schemata", "tables")) {
            rows.add(Arrays.asList(CatalogSnapshot.CATALOG, CatalogSnapshot.INFORMATION_SCHEMA, name, "TABLE", null, null, null, null, null, null));
        }
        return rows;
    }

    private static List<List<Object>> columnsRows(CatalogSnapshot snapshot)
    {
        RelDataTypeFactory typeFactory = TarnTypes.newTypeFactory();
        List<List<Object>> rows = new ArrayList<>();
        for (String name : snapshot.visibleTableNames()) {
            RelDataType rowType = snapshot.defaultTables().get(name).getRowType(typeFactory);
            for (RelDataTypeField field : rowType.getFieldList()) {
                RelDataType type = field.getType();
                rows.add(Arrays.asList(
                        CatalogSnapshot.CATALOG, CatalogSnapshot.DEFAULT_SCHEMA, name, field.getName(),
                        (long) jdbcType(type), TarnTypes.trinoName(type), columnSize(type), 0L, decimalDigits(type), numberRadix(type),
                        (long) DatabaseMetaData.columnNullableUnknown, null, null, null, null, charOctetLength(type), (long) field.getIndex() + 1, "YES",
                        null, null, null, null, "NO", "NO"));
            }
        }
        return rows;
    }

    private static List<List<Object>> typesRows()
    {
        RelDataTypeFactory typeFactory = TarnTypes.newTypeFactory();
        List<List<Object>> rows = new ArrayList<>();
        for (SqlTypeName name : List.of(SqlTypeName.BOOLEAN, SqlTypeName.TINYINT, SqlTypeName.SMALLINT, SqlTypeName.INTEGER, SqlTypeName.BIGINT,
                SqlTypeName.REAL, SqlTypeName.DOUBLE, SqlTypeName.DECIMAL, SqlTypeName.VARCHAR, SqlTypeName.VARBINARY, SqlTypeName.DATE,
                SqlTypeName.TIMESTAMP, SqlTypeName.TIMESTAMP_TZ)) {
            RelDataType type = typeFactory.createSqlType(name);
            boolean string = name == SqlTypeName.VARCHAR;
            rows.add(Arrays.asList(TarnTypes.trinoName(type).replaceAll("\\(.*", ""), (long) jdbcType(type), columnSize(type),
                    string ? "'" : null, string ? "'" : null, null, (long) DatabaseMetaData.typeNullable, string,
                    string ? (long) DatabaseMetaData.typeSearchable : (long) DatabaseMetaData.typePredBasic, false, false, false,
                    null, 0L, name == SqlTypeName.DECIMAL ? 38L : 0L, null, null, numberRadix(type)));
        }
        return rows;
    }

    /**
     * The {@link java.sql.Types} code Trino reports for a type.
     */
    public static int jdbcType(RelDataType type)
    {
        if (TarnTypes.isJson(type)) {
            return Types.JAVA_OBJECT;
        }
        return switch (type.getSqlTypeName()) {
            case BOOLEAN -> Types.BOOLEAN;
            case TINYINT -> Types.TINYINT;
            case SMALLINT -> Types.SMALLINT;
            case INTEGER -> Types.INTEGER;
            case BIGINT -> Types.BIGINT;
            case REAL, FLOAT -> Types.REAL;
            case DOUBLE -> Types.DOUBLE;
            case DECIMAL -> Types.DECIMAL;
            case CHAR, VARCHAR -> Types.VARCHAR;
            case BINARY, VARBINARY -> Types.VARBINARY;
            case DATE -> Types.DATE;
            case TIME -> Types.TIME;
            case TIMESTAMP -> Types.TIMESTAMP;
            case TIMESTAMP_TZ, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> Types.TIMESTAMP_WITH_TIMEZONE;
            case ARRAY -> Types.ARRAY;
            default -> Types.JAVA_OBJECT;
        };
    }

    private static Long columnSize(RelDataType type)
    {
        return switch (type.getSqlTypeName()) {
            case BOOLEAN -> 1L;
            case TINYINT -> 3L;
            case SMALLINT -> 5L;
            case INTEGER -> 10L;
            case BIGINT -> 19L;
            case REAL -> 24L;
            case DOUBLE -> 53L;
            case DECIMAL -> (long) type.getPrecision();
            case CHAR, VARCHAR, VARBINARY -> (long) Integer.MAX_VALUE;
            case DATE -> 14L;
            case TIMESTAMP -> 23L;
            case TIMESTAMP_TZ -> 40L;
            default -> null;
        };
    }

    private static Long decimalDigits(RelDataType type)
    {
        return switch (type.getSqlTypeName()) {
            case TINYINT, SMALLINT, INTEGER, BIGINT -> 0L;
            case DECIMAL -> (long) type.getScale();
            case TIMESTAMP, TIMESTAMP_TZ -> (long) Math.max(type.getPrecision(), 0);
            default -> null;
        };
    }

    private static Long numberRadix(RelDataType type)
    {
        return switch (type.getSqlTypeName()) {
            case TINYINT, SMALLINT, INTEGER, BIGINT, DECIMAL -> 10L;
            case REAL, DOUBLE -> 2L;
            default -> null;
        };
    }

    private static Long charOctetLength(RelDataType type)
    {
        return TarnTypes.isString(type) || type.getSqlTypeName() == SqlTypeName.VARBINARY ? (long) Integer.MAX_VALUE : null;
    }

    private static VirtualTable empty(String name, String columns)
    {
        return table(name, columns, List::of);
    }

    private static VirtualTable table(String name, String columns, java.util.function.Supplier<List<List<Object>>> rows)
    {
        return new VirtualTable(name, typeFactory -> {
            RelDataTypeFactory.Builder builder = typeFactory.builder();
            for (String column : columns.split(",")) {
                String[] parts = column.split(":");
                SqlTypeName type = switch (parts[1]) {
                    case "bigint" -> SqlTypeName.BIGINT;
                    case "boolean" -> SqlTypeName.BOOLEAN;
                    default -> SqlTypeName.VARCHAR;
                };
                builder.add(parts[0], typeFactory.createTypeWithNullability(typeFactory.createSqlType(type), true));
            }
            return builder.build();
        }, rows);
    }
}
