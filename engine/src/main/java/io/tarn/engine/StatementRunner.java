package io.tarn.engine;

import io.tarn.engine.catalog.CatalogSnapshot;
import io.tarn.engine.catalog.EngineTable;
import io.tarn.engine.catalog.StoreTable;
import io.tarn.engine.catalog.SystemTables;
import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.ExecutionPlanner;
import io.tarn.engine.exec.QueryStatistics;
import io.tarn.engine.exec.expression.ExpressionCompiler;
import io.tarn.engine.exec.operator.Operator;
import io.tarn.engine.exec.operator.ValuesOperator;
import io.tarn.engine.function.FunctionDefinition;
import io.tarn.engine.function.TarnOperatorTable;
import io.tarn.engine.plan.PlannedQuery;
import io.tarn.engine.plan.PlanningContext;
import io.tarn.engine.sql.Statement;
import io.tarn.engine.sql.StatementParser;
import io.tarn.engine.type.TarnTypes;
import io.tarn.error.TarnException;
import io.tarn.storage.StorageErrorCode;
import io.tarn.storage.EventDataStoreStatus;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.type.SqlTypeName;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static io.tarn.engine.StandardErrorCode.CATALOG_NOT_FOUND;
import static io.tarn.engine.StandardErrorCode.INVALID_PARAMETER_USAGE;
import static io.tarn.engine.StandardErrorCode.INVALID_SESSION_PROPERTY;
import static io.tarn.engine.StandardErrorCode.NOT_FOUND;
import static io.tarn.engine.StandardErrorCode.QUERY_TEXT_TOO_LARGE;
import static io.tarn.engine.StandardErrorCode.SCHEMA_NOT_FOUND;
import static io.tarn.engine.StandardErrorCode.TABLE_NOT_FOUND;
import static java.util.Objects.requireNonNull;

/**
 * Runs one statement for a session: plans and starts queries, and answers SHOW, DESCRIBE, EXPLAIN, USE,
 * PREPARE, EXECUTE and session statements itself.
 */
final class StatementRunner
{
    /**
     * Session properties Tarn understands; others are refused as Trino refuses unknown ones.
     */
    static final Map<String, String> SESSION_PROPERTIES = new LinkedHashMap<>(Map.of(
            "query_max_run_time", "Maximum run time of a query (e.g. 30m, 1h)",
            "query_max_scan_bytes", "Maximum bytes a query may scan (e.g. 10GB); 0 for no limit",
            "time_zone", "Time zone of the session"));
    private static final int MAX_QUERY_LENGTH = 1_000_000;

    private final Engine engine;
    private final Session session;
    private final ExecutionContext context;
    private final QueryStatistics statistics = new QueryStatistics();

    StatementRunner(Engine engine, Session session)
    {
        this.engine = requireNonNull(engine, "engine is null");
        this.session = requireNonNull(session, "session is null");
        this.context = new ExecutionContext(session.timeZone(), engine.clock().instant(), session.user(), session.catalog(), session.schema());
    }

    QueryExecution run(String sql, List<Object> parameters)
    {
        if (sql.length() > MAX_QUERY_LENGTH) {
            throw new TarnException(QUERY_TEXT_TOO_LARGE, "Query text length (" + sql.length() + ") exceeds the maximum length (" + MAX_QUERY_LENGTH + ")");
        }
        Statement statement = StatementParser.parse(stripTrailingSemicolon(sql));
        return run(statement, parameters);
    }

    private static String stripTrailingSemicolon(String sql)
    {
        String trimmed = sql.stripTrailing();
        while (trimmed.endsWith(";")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).stripTrailing();
        }
        return trimmed;
    }

    private QueryExecution run(Statement statement, List<Object> parameters)
    {
        if (statement instanceof Statement.Query query) {
            return query(query.sql(), parameters);
        }
        if (statement instanceof Statement.Explain explain) {
            return explain(explain, parameters);
        }
        if (statement instanceof Statement.ShowTables show && isSystemJdbc(show.schema())) {
            List<List<Object>> names = new ArrayList<>();
            engine.catalogSnapshot().root().getSubSchema(SystemTables.CATALOG, false).getSubSchema("jdbc", false).getTableNames().stream()
                    .sorted()
                    .forEach(name -> names.add(List.of(name)));
            return rows(List.of(column("Table")), filterLike(names, show.like()));
        }
        if (statement instanceof Statement.ShowTables show) {
            String schema = show.schema().map(name -> name.substring(name.lastIndexOf('.') + 1)).orElse(currentSchema());
            String condition = "table_schema = " + literal(schema) + show.like().map(pattern -> " AND table_name LIKE " + literal(pattern)
                    + show.escape().map(escape -> " ESCAPE " + literal(escape)).orElse("")).orElse("");
            return query("SELECT table_name AS \"Table\" FROM tarn.information_schema.tables WHERE " + condition + " ORDER BY 1", List.of());
        }
        if (statement instanceof Statement.ShowColumns show) {
            return showColumns(show);
        }
        if (statement instanceof Statement.ShowFunctions show) {
            return showFunctions(show);
        }
        if (statement instanceof Statement.ShowCatalogs show) {
            return rows(List.of(column("Catalog")), filterLike(List.of(List.of("system"), List.of(CatalogSnapshot.CATALOG)), show.like()));
        }
        if (statement instanceof Statement.ShowSchemas show && show.catalog().or(session::catalog).orElse("").equals(SystemTables.CATALOG)) {
            return rows(List.of(column("Schema")), filterLike(List.of(List.of("jdbc")), show.like()));
        }
        if (statement instanceof Statement.ShowSchemas show) {
            return rows(List.of(column("Schema")), filterLike(List.of(List.of(CatalogSnapshot.DEFAULT_SCHEMA), List.of(CatalogSnapshot.INFORMATION_SCHEMA)), show.like()));
        }
        if (statement instanceof Statement.ShowSession show) {
            List<List<Object>> rows = new ArrayList<>();
            SESSION_PROPERTIES.forEach((name, description) -> rows.add(List.of(name, session.properties().getOrDefault(name, ""), "", "varchar", description)));
            return rows(List.of(column("Name"), column("Value"), column("Default"), column("Type"), column("Description")), filterLike(rows, show.like()));
        }
        if (statement instanceof Statement.ShowCreateTable show) {
            return showCreateTable(show.table());
        }
        if (statement instanceof Statement.Use use) {
            return use(use);
        }
        if (statement instanceof Statement.SetSession set) {
            checkSessionProperty(set.name());
            return update("SET SESSION", new SessionUpdates(Optional.empty(), Optional.empty(), Map.of(set.name(), set.value()), Set.of(), Map.of(), Set.of()));
        }
        if (statement instanceof Statement.ResetSession reset) {
            checkSessionProperty(reset.name());
            return update("RESET SESSION", new SessionUpdates(Optional.empty(), Optional.empty(), Map.of(), Set.of(reset.name()), Map.of(), Set.of()));
        }
        if (statement instanceof Statement.Prepare prepare) {
            StatementParser.parse(prepare.sql());
            return update("PREPARE", new SessionUpdates(Optional.empty(), Optional.empty(), Map.of(), Set.of(), Map.of(prepare.name(), prepare.sql()), Set.of()));
        }
        if (statement instanceof Statement.Deallocate deallocate) {
            preparedStatement(deallocate.name());
            return update("DEALLOCATE", new SessionUpdates(Optional.empty(), Optional.empty(), Map.of(), Set.of(), Map.of(), Set.of(deallocate.name())));
        }
        if (statement instanceof Statement.Execute execute) {
            String sql = execute.sql().orElseGet(() -> preparedStatement(execute.name().orElseThrow()));
            List<Object> values = evaluateParameters(execute.parameters());
            return run(StatementParser.parse(sql), values);
        }
        if (statement instanceof Statement.DescribeOutput describe) {
            return describeOutput(preparedStatement(describe.name()));
        }
        if (statement instanceof Statement.DescribeInput describe) {
            return describeInput(preparedStatement(describe.name()));
        }
        if (statement instanceof Statement.TransactionControl control) {
            // Trino's update types, from which a protocol server knows to start or end the client's transaction
            String command = control.command().toLowerCase(Locale.ROOT);
            return update(command.equals("start") || command.equals("begin") ? "START TRANSACTION" : command.toUpperCase(Locale.ROOT), SessionUpdates.NONE);
        }
        throw new IllegalStateException("unhandled statement " + statement);
    }

    private QueryExecution query(String sql, List<Object> parameters)
    {
        PlannedQuery planned = plan(sql, parameters);
        checkParameters(planned, parameters);
        ExpressionCompiler compiler = new ExpressionCompiler(engine.functions(), planned.plan().getCluster().getTypeFactory(),
                bindParameters(planned, parameters), Map.of(), context);
        ExecutionPlanner executionPlanner = new ExecutionPlanner(engine.lake().orElse(null), compiler, context, statistics, engine.workers(), Engine.parallelism());
        checkStoresActive(planned);
        Operator root = executionPlanner.plan(planned.plan());
        List<ResultColumn> columns = new ArrayList<>();
        for (int index = 0; index < planned.columnNames().size(); index++) {
            columns.add(new ResultColumn(planned.columnNames().get(index), planned.columnTypes().get(index)));
        }
        return new QueryExecution(columns, root, context, statistics, Optional.empty(), SessionUpdates.NONE);
    }

    private PlannedQuery plan(String sql)
    {
        return plan(sql, List.of());
    }

    /**
     * Plans a query executed with parameter values: a parameter its context does not type takes its value's
     * type.
     */
    private PlannedQuery plan(String sql, List<Object> parameters)
    {
        CatalogSnapshot catalog = engine.catalogSnapshot();
        List<String> schemaPath = List.of(session.catalog().orElse(CatalogSnapshot.CATALOG), session.schema().orElse(CatalogSnapshot.DEFAULT_SCHEMA));
        RelDataTypeFactory typeFactory = TarnTypes.newTypeFactory();
        List<RelDataType> valueTypes = new ArrayList<>();
        for (Object value : parameters) {
            RelDataType type = value == null ? null : ParameterTypes.typeOf(value, typeFactory);
            valueTypes.add(type);
        }
        return engine.planner().plan(sql, new PlanningContext(catalog, schemaPath, context, valueTypes));
    }

    private void checkStoresActive(PlannedQuery planned)
    {
        RelOptUtil.findAllTables(planned.plan()).forEach(table -> {
            EngineTable engineTable = table.unwrap(EngineTable.class);
            if (engineTable instanceof StoreTable store && store.store().status() == EventDataStoreStatus.PENDING_DELETION) {
                throw new TarnException(StorageErrorCode.INACTIVE_EVENT_DATA_STORE,
                        "Event data store '" + store.store().name() + "' is pending deletion and cannot be queried");
            }
        });
    }

    private void checkParameters(PlannedQuery planned, List<Object> parameters)
    {
        if (planned.parameterTypes().size() != parameters.size()) {
            throw new TarnException(INVALID_PARAMETER_USAGE, "Incorrect number of parameters: expected " + planned.parameterTypes().size() + " but found " + parameters.size());
        }
    }

    private List<Object> bindParameters(PlannedQuery planned, List<Object> parameters)
    {
        List<Object> bound = new ArrayList<>();
        RelDataTypeFactory typeFactory = planned.plan().getCluster().getTypeFactory();
        for (int index = 0; index < parameters.size(); index++) {
            Object value = parameters.get(index);
            RelDataType target = planned.parameterTypes().get(index);
            bound.add(io.tarn.engine.exec.Casts.cast(value, ParameterTypes.typeOf(value, typeFactory), target, context));
        }
        return bound;
    }

    private List<Object> evaluateParameters(List<String> expressions)
    {
        if (expressions.isEmpty()) {
            return List.of();
        }
        try (QueryExecution values = query("SELECT " + String.join(", ", expressions), List.of())) {
            List<List<Object>> rows = values.remainingRows();
            return new ArrayList<>(rows.get(0));
        }
    }

    private QueryExecution explain(Statement.Explain explain, List<Object> parameters)
    {
        if (!(explain.statement() instanceof Statement.Query query)) {
            return rows(List.of(column("Query Plan")), List.of(List.of(explain.statement().getClass().getSimpleName())));
        }
        PlannedQuery planned = plan(query.sql());
        String text;
        if (explain.type().equals("IO")) {
            ExpressionCompiler compiler = new ExpressionCompiler(engine.functions(), planned.plan().getCluster().getTypeFactory(), parametersOrNulls(planned, parameters), Map.of());
            ExecutionPlanner executionPlanner = new ExecutionPlanner(engine.lake().orElse(null), compiler, context, statistics);
            executionPlanner.plan(planned.plan()).close();
            text = ExplainFormatter.io(executionPlanner.scanPlans());
        }
        else if (explain.analyze()) {
            try (QueryExecution execution = query(query.sql(), parameters)) {
                execution.remainingRows();
                QueryStatistics.Snapshot snapshot = execution.statistics();
                text = RelOptUtil.toString(planned.plan()) + "\n" + ExplainFormatter.statistics(snapshot, execution.elapsedMillis());
            }
        }
        else {
            text = RelOptUtil.toString(planned.plan());
        }
        return rows(List.of(column("Query Plan")), List.of(List.of(text.stripTrailing())));
    }

    private List<Object> parametersOrNulls(PlannedQuery planned, List<Object> parameters)
    {
        if (parameters.size() == planned.parameterTypes().size()) {
            return bindParameters(planned, parameters);
        }
        List<Object> nulls = new ArrayList<>();
        planned.parameterTypes().forEach(type -> nulls.add(null));
        return nulls;
    }

    private QueryExecution showColumns(Statement.ShowColumns show)
    {
        EngineTable table = resolveTable(show.table());
        RelDataType rowType = table.getRowType(TarnTypes.newTypeFactory());
        List<List<Object>> rows = new ArrayList<>();
        for (RelDataTypeField field : rowType.getFieldList()) {
            rows.add(List.of(field.getName(), TarnTypes.trinoName(field.getType()), "", ""));
        }
        return rows(List.of(column("Column"), column("Type"), column("Extra"), column("Comment")), filterLike(rows, show.like()));
    }

    private QueryExecution showCreateTable(String name)
    {
        EngineTable table = resolveTable(name);
        RelDataType rowType = table.getRowType(TarnTypes.newTypeFactory());
        StringBuilder text = new StringBuilder("CREATE TABLE tarn.default.\"" + table.name() + "\" (\n");
        List<RelDataTypeField> fields = rowType.getFieldList();
        for (int index = 0; index < fields.size(); index++) {
            text.append("   ").append(fields.get(index).getName()).append(' ').append(TarnTypes.trinoName(fields.get(index).getType()))
                    .append(index + 1 < fields.size() ? ",\n" : "\n");
        }
        text.append(")");
        return rows(List.of(column("Create Table")), List.of(List.of(text.toString())));
    }

    private EngineTable resolveTable(String name)
    {
        String simple = name;
        for (String prefix : List.of(CatalogSnapshot.CATALOG + "." + CatalogSnapshot.DEFAULT_SCHEMA + ".", CatalogSnapshot.DEFAULT_SCHEMA + ".")) {
            if (simple.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                simple = simple.substring(prefix.length());
            }
        }
        String unquoted = simple.startsWith("\"") && simple.endsWith("\"") ? simple.substring(1, simple.length() - 1) : simple;
        Map<String, EngineTable> tables = engine.catalogSnapshot().defaultTables();
        EngineTable exact = tables.get(unquoted);
        if (exact != null) {
            return exact;
        }
        return tables.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(unquoted))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new TarnException(TABLE_NOT_FOUND, "Table '" + CatalogSnapshot.CATALOG + "." + CatalogSnapshot.DEFAULT_SCHEMA + "." + unquoted + "' does not exist"));
    }

    private QueryExecution showFunctions(Statement.ShowFunctions show)
    {
        List<List<Object>> rows = new ArrayList<>();
        for (FunctionDefinition definition : engine.functions().all()) {
            String arguments = definition.signature().arguments().stream().map(Object::toString).reduce((left, right) -> left + ", " + right).orElse("");
            rows.add(List.of(definition.name(), definition.signature().returnType().toString(), arguments + (definition.signature().variadic() ? "..." : ""),
                    definition.kind().name().toLowerCase(Locale.ROOT), definition.deterministic(), definition.description()));
        }
        for (String name : TarnOperatorTable.STANDARD_FUNCTIONS) {
            if (!name.startsWith("$")) {
                rows.add(List.of(name, "", "", StandardFunctionKinds.kind(name), true, StandardFunctionKinds.description(name)));
            }
        }
        rows.sort(Comparator.comparing((List<Object> row) -> (String) row.get(0)).thenComparing(row -> (String) row.get(2)));
        List<ResultColumn> columns = List.of(column("Function"), column("Return Type"), column("Argument Types"), column("Function Type"),
                new ResultColumn("Deterministic", TarnTypes.nullable(TarnTypes.newTypeFactory(), SqlTypeName.BOOLEAN)), column("Description"));
        return rows(columns, filterLike(rows, show.like()));
    }

    private QueryExecution use(Statement.Use use)
    {
        String catalog = use.catalog().orElse(session.catalog().orElse(CatalogSnapshot.CATALOG));
        if (!catalog.equals(CatalogSnapshot.CATALOG) && !catalog.equals("system")) {
            throw new TarnException(CATALOG_NOT_FOUND, "Catalog '" + catalog + "' does not exist");
        }
        Set<String> schemas = catalog.equals("system") ? Set.of("jdbc", "runtime", "information_schema")
                : Set.of(CatalogSnapshot.DEFAULT_SCHEMA, CatalogSnapshot.INFORMATION_SCHEMA);
        if (!schemas.contains(use.schema())) {
            throw new TarnException(SCHEMA_NOT_FOUND, "Schema does not exist: " + catalog + "." + use.schema());
        }
        return update("USE", new SessionUpdates(Optional.of(catalog), Optional.of(use.schema()), Map.of(), Set.of(), Map.of(), Set.of()));
    }

    private QueryExecution describeOutput(String sql)
    {
        Statement statement = StatementParser.parse(sql);
        List<List<Object>> rows = new ArrayList<>();
        if (statement instanceof Statement.Query query) {
            PlannedQuery planned = plan(query.sql());
            for (int index = 0; index < planned.columnNames().size(); index++) {
                RelDataType type = planned.columnTypes().get(index);
                rows.add(java.util.Arrays.asList(planned.columnNames().get(index), "", "", "", TarnTypes.trinoName(type), typeSize(type), false));
            }
        }
        RelDataTypeFactory typeFactory = TarnTypes.newTypeFactory();
        List<ResultColumn> columns = List.of(column("Column Name"), column("Catalog"), column("Schema"), column("Table"), column("Type"),
                new ResultColumn("Type Size", TarnTypes.nullable(typeFactory, SqlTypeName.BIGINT)),
                new ResultColumn("Aliased", TarnTypes.nullable(typeFactory, SqlTypeName.BOOLEAN)));
        return rows(columns, rows);
    }

    private static Long typeSize(RelDataType type)
    {
        return switch (type.getSqlTypeName()) {
            case BOOLEAN, TINYINT -> 1L;
            case SMALLINT -> 2L;
            case INTEGER, REAL, DATE -> 4L;
            case BIGINT, DOUBLE, TIMESTAMP, TIMESTAMP_TZ -> 8L;
            default -> 0L;
        };
    }

    private QueryExecution describeInput(String sql)
    {
        Statement statement = StatementParser.parse(sql);
        List<List<Object>> rows = new ArrayList<>();
        if (statement instanceof Statement.Query query) {
            PlannedQuery planned = plan(query.sql());
            for (int index = 0; index < planned.parameterTypes().size(); index++) {
                rows.add(List.of((long) index, TarnTypes.trinoName(planned.parameterTypes().get(index))));
            }
        }
        RelDataTypeFactory typeFactory = TarnTypes.newTypeFactory();
        return rows(List.of(new ResultColumn("Position", TarnTypes.nullable(typeFactory, SqlTypeName.BIGINT)), column("Type")), rows);
    }

    private String preparedStatement(String name)
    {
        String sql = session.preparedStatements().get(name);
        if (sql == null) {
            throw new TarnException(NOT_FOUND, "Prepared statement not found: " + name);
        }
        return sql;
    }

    private void checkSessionProperty(String name)
    {
        if (!SESSION_PROPERTIES.containsKey(name)) {
            throw new TarnException(INVALID_SESSION_PROPERTY, "Session property '" + name + "' does not exist");
        }
    }

    /**
     * Whether {@code SHOW TABLES [FROM schema]} lists {@code system.jdbc}.
     */
    private boolean isSystemJdbc(Optional<String> schema)
    {
        if (schema.isPresent() && schema.get().contains(".")) {
            return schema.get().equals(SystemTables.CATALOG + ".jdbc");
        }
        return session.catalog().orElse("").equals(SystemTables.CATALOG) && schema.orElse(currentSchema()).equals("jdbc");
    }

    private String currentSchema()
    {
        return session.schema().orElse(CatalogSnapshot.DEFAULT_SCHEMA);
    }

    private QueryExecution update(String type, SessionUpdates updates)
    {
        return new QueryExecution(List.of(), new ValuesOperator(List.of(), List.of()), context, statistics, Optional.of(type), updates);
    }

    private QueryExecution rows(List<ResultColumn> columns, List<List<Object>> rows)
    {
        List<RelDataType> types = columns.stream().map(ResultColumn::type).toList();
        return new QueryExecution(columns, new ValuesOperator(types, rows), context, statistics, Optional.empty(), SessionUpdates.NONE);
    }

    private static ResultColumn column(String name)
    {
        return new ResultColumn(name, TarnTypes.nullable(TarnTypes.newTypeFactory(), SqlTypeName.VARCHAR));
    }

    private static List<List<Object>> filterLike(List<List<Object>> rows, Optional<String> like)
    {
        if (like.isEmpty()) {
            return rows;
        }
        Pattern pattern = Pattern.compile(like.get().replace("\\", "\\\\").replace(".", "\\.").replace("%", ".*").replace("_", "."), Pattern.CASE_INSENSITIVE);
        return rows.stream().filter(row -> pattern.matcher(String.valueOf(row.get(0))).matches()).toList();
    }

    private static String literal(String value)
    {
        return "'" + value.replace("'", "''") + "'";
    }
}
