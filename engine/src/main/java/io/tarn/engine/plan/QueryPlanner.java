package io.tarn.engine.plan;

import io.tarn.engine.function.TarnOperatorTable;
import io.tarn.engine.sql.SqlRewriter;
import io.tarn.engine.type.TarnTypes;
import org.apache.calcite.config.CalciteConnectionConfigImpl;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.plan.Contexts;
import org.apache.calcite.plan.ConventionTraitDef;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.hep.HepMatchOrder;
import org.apache.calcite.plan.hep.HepPlanner;
import org.apache.calcite.plan.hep.HepProgram;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.rel.metadata.DefaultRelMetadataProvider;
import org.apache.calcite.rel.metadata.ProxyingMetadataHandlerProvider;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.rules.CoreRules;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexBuilder;
import io.tarn.engine.exec.expression.ExpressionCompiler;
import java.util.Map;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.parser.babel.SqlBabelParserImpl;
import org.apache.calcite.sql.validate.SqlNameMatchers;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql2rel.RelDecorrelator;
import org.apache.calcite.sql2rel.RelFieldTrimmer;
import org.apache.calcite.sql2rel.SqlToRelConverter;
import org.apache.calcite.tools.RelBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static java.util.Objects.requireNonNull;

/**
 * Plans one query: rewrites Lake's forms, parses with Calcite's Babel parser, binds library functions,
 * validates, converts to relational algebra, removes subqueries, and optimizes with rule programs that push
 * filters and projections toward the scans. Every user mistake comes out as a
 * {@link io.tarn.error.TarnException} with a Trino error code and the position in the user's text.
 */
public final class QueryPlanner
{
    /**
     * Filters down through projections and into joins, merging as they meet: applied before the field trimmer
     * and again after it, whose projections can separate a filter from its join.
     */
    private static final List<RelOptRule> FILTER_PUSH_DOWN = List.of(
            CoreRules.FILTER_PROJECT_TRANSPOSE,
            CoreRules.FILTER_INTO_JOIN,
            CoreRules.JOIN_CONDITION_PUSH,
            CoreRules.FILTER_MERGE,
            CoreRules.PROJECT_MERGE,
            CoreRules.PROJECT_REMOVE);

    private static final SqlParser.Config PARSER_CONFIG = SqlParser.config()
            .withParserFactory(SqlBabelParserImpl.FACTORY)
            .withQuoting(Quoting.DOUBLE_QUOTE)
            .withUnquotedCasing(Casing.TO_LOWER)
            .withQuotedCasing(Casing.UNCHANGED)
            .withCaseSensitive(false)
            .withConformance(TrinoConformance.INSTANCE);

    private static final ProxyingMetadataHandlerProvider METADATA_HANDLERS = new ProxyingMetadataHandlerProvider(DefaultRelMetadataProvider.INSTANCE);

    private final TarnOperatorTable operatorTable;

    public QueryPlanner(TarnOperatorTable operatorTable)
    {
        this.operatorTable = requireNonNull(operatorTable, "operatorTable is null");
    }

    public static SqlParser.Config parserConfig()
    {
        return PARSER_CONFIG;
    }

    public PlannedQuery plan(String sql, PlanningContext context)
    {
        SqlRewriter.RewrittenSql rewritten = SqlRewriter.rewrite(sql);
        PlanningErrors errors = new PlanningErrors(rewritten, context.catalog(), operatorTable);
        try {
            return planParsed(SqlParser.create(rewritten.text(), PARSER_CONFIG).parseQuery(), rewritten, context);
        }
        catch (RuntimeException | org.apache.calcite.sql.parser.SqlParseException e) {
            if (isUnnestAliasMismatch(e, rewritten)) {
                // UNNEST(array of rows) AS t(r): Trino wants an alias per field, Lake takes one alias as the row;
                // then AS t(accountid, type, arn): Lake's guide names some of the fields.
                for (boolean selectFields : new boolean[] {false, true}) {
                    try {
                        return planParsed(RowUnnestRewriter.rewrite(SqlParser.create(rewritten.text(), PARSER_CONFIG).parseQuery(), selectFields), rewritten, context);
                    }
                    catch (RuntimeException | org.apache.calcite.sql.parser.SqlParseException ignored) {
                        // Report the error of Trino's reading.
                    }
                }
            }
            throw errors.translate(e);
        }
    }

    private static boolean isUnnestAliasMismatch(Exception exception, SqlRewriter.RewrittenSql rewritten)
    {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("List of column aliases must have same degree as table")) {
                return rewritten.text().toLowerCase(Locale.ROOT).contains("unnest");
            }
        }
        return false;
    }

    private PlannedQuery planParsed(SqlNode parsed, SqlRewriter.RewrittenSql rewritten, PlanningContext context)
    {
        QueryStatementChecks.checkQuery(parsed, rewritten);
        SqlNode bound = LibraryFunctionBinder.bind(UnnestAliasQualifier.qualify(parsed), operatorTable);
        RelDataTypeFactory typeFactory = TarnTypes.newTypeFactory();
        CalciteCatalogReader catalogReader = catalogReader(context.catalog().root(), context.defaultSchemaPath(), typeFactory);
        SqlValidator validator = new TarnValidator(operatorTable, catalogReader, typeFactory, context.parameterValueTypes());
        SqlNode validated = validator.validate(bound);
        TrinoTypeChecks.check(validated, validator);
        LibraryFunctionBinder.restoreCasts(validated);
        RelDataType parameterRow = validator.getParameterRowType(validated);

        RelOptCluster cluster = newCluster(typeFactory);
        SqlToRelConverter converter = new TarnSqlToRelConverter(
                validator,
                catalogReader,
                cluster,
                TarnConvertletTable.INSTANCE,
                SqlToRelConverter.config().withExpand(false).withTrimUnusedFields(false).withDecorrelationEnabled(true));
        RelRoot root = converter.convertQuery(validated, false, true);
        RelNode plan = root.project();
        ConstantEvaluator constants = new ConstantEvaluator(
                new ExpressionCompiler(operatorTable.registry(), typeFactory, List.of(), Map.of()), context.execution());
        plan = optimize(plan, cluster, new ScanTimeRangeRule(context.execution().timeZone(), constants));

        List<String> names = new ArrayList<>();
        List<RelDataType> types = new ArrayList<>();
        List<RelDataTypeField> fields = root.validatedRowType.getFieldList();
        for (int index = 0; index < fields.size(); index++) {
            RelDataTypeField field = fields.get(index);
            names.add(columnName(field.getName(), index));
            types.add(plan.getRowType().getFieldList().get(index).getType());
        }
        List<RelDataType> parameterTypes = parameterRow.getFieldList().stream().map(RelDataTypeField::getType).toList();
        return new PlannedQuery(plan, names, types, parameterTypes, rewritten);
    }

    /**
     * Trino names an unnamed select expression {@code _colN} by its position.
     */
    static String columnName(String calciteName, int index)
    {
        if (calciteName.matches("EXPR\\$\\d+")) {
            return "_col" + index;
        }
        return calciteName;
    }

    private RelOptCluster newCluster(RelDataTypeFactory typeFactory)
    {
        HepPlanner planner = new HepPlanner(HepProgram.builder().build(), Contexts.empty());
        planner.addRelTraitDef(ConventionTraitDef.INSTANCE);
        planner.setExecutor(IdentityRexExecutor.INSTANCE);
        RelOptCluster cluster = RelOptCluster.create(planner, new RexBuilder(typeFactory));
        cluster.setMetadataProvider(DefaultRelMetadataProvider.INSTANCE);
        // Proxies instead of Calcite's default Janino-generated handlers, which cost seconds in a fresh JVM.
        cluster.setMetadataQuerySupplier(() -> new RelMetadataQuery(METADATA_HANDLERS));
        return cluster;
    }

    private RelNode optimize(RelNode plan, RelOptCluster cluster, ScanTimeRangeRule timeRangeRule)
    {
        RelBuilder relBuilder = RelFactories.LOGICAL_BUILDER.create(cluster, null);
        RelNode result = hep(CapturedColumns.wrapExpressions(plan), HepProgram.builder()
                .addRuleInstance(CoreRules.FILTER_SUB_QUERY_TO_CORRELATE)
                .addRuleInstance(CoreRules.PROJECT_SUB_QUERY_TO_CORRELATE)
                .addRuleInstance(CoreRules.JOIN_SUB_QUERY_TO_CORRELATE)
                .build());
        result = RelDecorrelator.decorrelateQuery(result, relBuilder);
        result = hep(result, HepProgram.builder()
                .addMatchOrder(HepMatchOrder.BOTTOM_UP)
                .addRuleInstance(CoreRules.PROJECT_TO_LOGICAL_PROJECT_AND_WINDOW)
                .addRuleInstance(CoreRules.INTERSECT_TO_DISTINCT)
                .addRuleInstance(CoreRules.MINUS_TO_DISTINCT)
                .build());
        // One collection, applied together until none fires: as separate instructions each rule runs once in
        // turn, and a filter that FILTER_PROJECT_TRANSPOSE brings down onto a join after FILTER_INTO_JOIN ran
        // would stay above it.
        List<RelOptRule> pushRules = new ArrayList<>(FILTER_PUSH_DOWN);
        pushRules.addAll(List.of(
                CoreRules.FILTER_AGGREGATE_TRANSPOSE,
                CoreRules.FILTER_SET_OP_TRANSPOSE,
                CoreRules.AGGREGATE_PROJECT_MERGE,
                CoreRules.UNION_MERGE,
                CoreRules.SORT_PROJECT_TRANSPOSE));
        result = hep(result, HepProgram.builder().addRuleCollection(pushRules).build());
        // The columns that only lambdas read are kept: CapturedColumns names them beside the lambdas
        result = new RelFieldTrimmer(null, relBuilder).trim(result);
        // The trimmer's projections can sit between a filter and the join it belongs in, so filters move down
        // and into joins again before the event-time ranges are taken from the filters right above scans.
        result = hep(result, HepProgram.builder()
                .addRuleCollection(FILTER_PUSH_DOWN)
                .addRuleInstance(timeRangeRule)
                .build());
        return NestedFieldPruning.apply(CapturedColumns.unwrap(result));
    }

    private static RelNode hep(RelNode plan, HepProgram program)
    {
        HepPlanner planner = new HepPlanner(program, Contexts.empty(), true, null, org.apache.calcite.plan.RelOptCostImpl.FACTORY);
        planner.setExecutor(plan.getCluster().getPlanner().getExecutor());
        planner.setRoot(plan);
        return planner.findBestExp();
    }

    /**
     * Resolves names as Trino does: {@code t} in the session's schema, {@code s.t} in the session's catalog,
     * {@code c.s.t} from the root (so {@code information_schema.tables} and {@code system.jdbc.tables} both
     * work from {@code tarn.default}).
     */
    static CalciteCatalogReader catalogReader(CalciteSchema root, List<String> defaultSchemaPath, RelDataTypeFactory typeFactory)
    {
        Properties properties = new Properties();
        properties.setProperty("caseSensitive", "false");
        List<List<String>> schemaPaths = new ArrayList<>();
        for (int length = defaultSchemaPath.size(); length >= 0; length--) {
            schemaPaths.add(List.copyOf(defaultSchemaPath.subList(0, length)));
        }
        return new CalciteCatalogReader(root, SqlNameMatchers.withCaseSensitive(false), schemaPaths, typeFactory, new CalciteConnectionConfigImpl(properties)) {};
    }
}
