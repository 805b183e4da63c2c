package io.tarn.engine.catalog;

import com.google.common.collect.ImmutableList;
import io.tarn.engine.type.TarnTypes;
import io.tarn.storage.EventDataStore;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.sql.type.SqlTypeName;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * The tables and schemas one statement can see, built from the lake's catalog when the statement starts:
 * catalog {@code tarn} with schema {@code default} (every store by name, id and ARN) and
 * {@code information_schema}, plus whatever extra schemas the caller adds (the server adds {@code system}).
 */
public final class CatalogSnapshot
{
    public static final String CATALOG = "tarn";
    public static final String DEFAULT_SCHEMA = "default";
    public static final String INFORMATION_SCHEMA = "information_schema";

    private final CalciteSchema root;
    private final Map<String, EngineTable> storeTables;
    private final List<EventDataStore> stores;

    private CatalogSnapshot(CalciteSchema root, Map<String, EngineTable> storeTables, List<EventDataStore> stores)
    {
        this.root = requireNonNull(root, "root is null");
        this.storeTables = requireNonNull(storeTables, "storeTables is null");
        this.stores = ImmutableList.copyOf(stores);
    }

    public static CatalogSnapshot create(List<EventDataStore> stores, Map<String, EngineTable> extraDefaultTables)
    {
        CalciteSchema root = CalciteSchema.createRootSchema(false, false);
        root.add("json", typeFactory -> TarnTypes.json(typeFactory, true));
        root.add("JSON", typeFactory -> TarnTypes.json(typeFactory, true));
        CalciteSchema catalog = root.add(CATALOG, new AbstractSchema());
        CalciteSchema defaultSchema = catalog.add(DEFAULT_SCHEMA, new AbstractSchema());
        Map<String, EngineTable> tables = new LinkedHashMap<>();
        for (EventDataStore store : stores) {
            StoreTable table = new StoreTable(store);
            tables.put(store.name(), table);
            tables.put(store.id(), table);
            tables.put(store.arn(), table);
        }
        tables.putAll(extraDefaultTables);
        tables.forEach(defaultSchema::add);
        CalciteSchema informationSchema = catalog.add(INFORMATION_SCHEMA, new AbstractSchema());
        CatalogSnapshot snapshot = new CatalogSnapshot(root, tables, stores);
        informationSchema.add("tables", new VirtualTable("tables", snapshot::tablesRowType, snapshot::tablesRows));
        informationSchema.add("columns", new VirtualTable("columns", snapshot::columnsRowType, snapshot::columnsRows));
        informationSchema.add("schemata", new VirtualTable("schemata", snapshot::schemataRowType, snapshot::schemataRows));
        snapshot.addSchema(SystemTables.CATALOG, SystemTables.create(snapshot));
        return snapshot;
    }

    public CalciteSchema root()
    {
        return root;
    }

    public List<EventDataStore> stores()
    {
        return stores;
    }

    /**
     * Tables of {@code tarn.default} by every name they answer to (store name, id and ARN).
     */
    public Map<String, EngineTable> defaultTables()
    {
        return storeTables;
    }

    /**
     * The names {@code information_schema.tables} lists for the default schema: each store by name and by id.
     */
    public List<String> visibleTableNames()
    {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, EngineTable> entry : storeTables.entrySet()) {
            EngineTable table = entry.getValue();
            if (table instanceof StoreTable storeTable && entry.getKey().equals(storeTable.store().arn())) {
                continue;
            }
            names.add(entry.getKey());
        }
        return names;
    }

    private RelDataType tablesRowType(RelDataTypeFactory typeFactory)
    {
        return varcharRow(typeFactory, "table_catalog", "table_schema", "table_name", "table_type");
    }

    private List<List<Object>> tablesRows()
    {
        List<List<Object>> rows = new ArrayList<>();
        for (String name : visibleTableNames()) {
            rows.add(List.of(CATALOG, DEFAULT_SCHEMA, name, "BASE TABLE"));
        }
        for (String name : List.of("columns", "schemata", "tables")) {
            rows.add(List.of(CATALOG, INFORMATION_SCHEMA, name, "BASE TABLE"));
        }
        return rows;
    }

    private RelDataType columnsRowType(RelDataTypeFactory typeFactory)
    {
        return typeFactory.builder()
                .add("table_catalog", nullableVarchar(typeFactory))
                .add("table_schema", nullableVarchar(typeFactory))
                .add("table_name", nullableVarchar(typeFactory))
                .add("column_name", nullableVarchar(typeFactory))
                .add("ordinal_position", typeFactory.createTypeWithNullability(typeFactory.createSqlType(SqlTypeName.BIGINT), true))
                .add("column_default", nullableVarchar(typeFactory))
                .add("is_nullable", nullableVarchar(typeFactory))
                .add("data_type", nullableVarchar(typeFactory))
                .build();
    }

    private List<List<Object>> columnsRows()
    {
        RelDataTypeFactory typeFactory = TarnTypes.newTypeFactory();
        List<List<Object>> rows = new ArrayList<>();
        for (String name : visibleTableNames()) {
            EngineTable table = storeTables.get(name);
            addColumns(rows, DEFAULT_SCHEMA, name, table.getRowType(typeFactory));
        }
        addColumns(rows, INFORMATION_SCHEMA, "columns", columnsRowType(typeFactory));
        addColumns(rows, INFORMATION_SCHEMA, "schemata", schemataRowType(typeFactory));
        addColumns(rows, INFORMATION_SCHEMA, "tables", tablesRowType(typeFactory));
        return rows;
    }

    private static void addColumns(List<List<Object>> rows, String schema, String table, RelDataType rowType)
    {
        for (RelDataTypeField field : rowType.getFieldList()) {
            List<Object> row = new ArrayList<>();
            row.add(CATALOG);
            row.add(schema);
            row.add(table);
            row.add(field.getName().toLowerCase(Locale.ROOT));
            row.add((long) field.getIndex() + 1);
            row.add(null);
            row.add("YES");
            row.add(TarnTypes.trinoName(field.getType()));
            rows.add(row);
        }
    }

    private RelDataType schemataRowType(RelDataTypeFactory typeFactory)
    {
        return varcharRow(typeFactory, "catalog_name", "schema_name");
    }

    private List<List<Object>> schemataRows()
    {
        return List.of(List.of(CATALOG, DEFAULT_SCHEMA), List.of(CATALOG, INFORMATION_SCHEMA));
    }

    public static RelDataType varcharRow(RelDataTypeFactory typeFactory, String... names)
    {
        RelDataTypeFactory.Builder builder = typeFactory.builder();
        for (String name : names) {
            builder.add(name, nullableVarchar(typeFactory));
        }
        return builder.build();
    }

    public static RelDataType nullableVarchar(RelDataTypeFactory typeFactory)
    {
        return typeFactory.createTypeWithNullability(typeFactory.createSqlType(SqlTypeName.VARCHAR), true);
    }

    /**
     * Adds a schema next to {@code tarn}, such as {@code system}, whose tables are virtual.
     */
    public void addSchema(String name, Map<String, Map<String, VirtualTable>> subSchemas)
    {
        CalciteSchema schema = root.add(name, new AbstractSchema());
        subSchemas.forEach((subName, tables) -> {
            CalciteSchema subSchema = schema.add(subName, new AbstractSchema());
            tables.forEach(subSchema::add);
        });
    }
}
