package io.tarn.engine.exec;

import io.tarn.engine.catalog.EngineTable;
import io.tarn.engine.catalog.StoreTable;
import io.tarn.engine.catalog.VirtualTable;
import io.tarn.engine.exec.aggregation.OrderedAccumulator;
import io.tarn.engine.exec.aggregation.StandardAggregates;
import io.tarn.engine.exec.expression.ExpressionCompiler;
import io.tarn.engine.exec.expression.InputReference;
import io.tarn.engine.exec.operator.AggregateSpec;
import io.tarn.engine.exec.operator.FilterOperator;
import io.tarn.engine.exec.operator.HashAggregationOperator;
import io.tarn.engine.exec.operator.JoinOperator;
import io.tarn.engine.exec.operator.LimitOperator;
import io.tarn.engine.exec.operator.Operator;
import io.tarn.engine.exec.operator.ParallelAggregationOperator;
import io.tarn.engine.exec.operator.ProjectOperator;
import io.tarn.engine.exec.operator.SortKey;
import io.tarn.engine.exec.operator.SortOperator;
import io.tarn.engine.exec.operator.StoreScanOperator;
import io.tarn.engine.exec.operator.UnionOperator;
import io.tarn.engine.exec.operator.UnnestOperator;
import io.tarn.engine.exec.operator.ValuesOperator;
import io.tarn.engine.exec.operator.WindowFunctionSpec;
import io.tarn.engine.exec.operator.WindowOperator;
import io.tarn.engine.function.GroupedAccumulator;
import io.tarn.engine.plan.TableScanNode;
import io.tarn.error.TarnException;
import io.tarn.storage.Lake;
import io.tarn.storage.ScanPlan;
import io.tarn.storage.ScanRequest;
import io.tarn.storage.schema.EventSchema;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelCollation;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.core.Correlate;
import org.apache.calcite.rel.core.CorrelationId;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.core.JoinInfo;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.core.Uncollect;
import org.apache.calcite.rel.core.Union;
import org.apache.calcite.rel.core.Values;
import org.apache.calcite.rel.core.Window;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexWindowBound;
import org.apache.calcite.sql.SqlAggFunction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

import static io.tarn.engine.StandardErrorCode.NOT_SUPPORTED;
import static java.util.Objects.requireNonNull;

/**
 * Turns an optimized logical plan into a tree of operators.
 */
public final class ExecutionPlanner
{
    private final Lake lake;
    private final ExpressionCompiler compiler;
    private final ExecutionContext context;
    private final QueryStatistics statistics;
    private final ExecutorService executor;
    private final int parallelism;
    private final List<ScanPlan> scanPlans = new ArrayList<>();

    public ExecutionPlanner(Lake lake, ExpressionCompiler compiler, ExecutionContext context, QueryStatistics statistics)
    {
        this(lake, compiler, context, statistics, null, 1);
    }

    /**
     * @param executor runs parallel workers of aggregations over store scans; with {@code parallelism} 1
     *         everything runs on the caller's thread
     */
    public ExecutionPlanner(Lake lake, ExpressionCompiler compiler, ExecutionContext context, QueryStatistics statistics, ExecutorService executor, int parallelism)
    {
        this.lake = lake;
        this.compiler = requireNonNull(compiler, "compiler is null");
        this.context = requireNonNull(context, "context is null");
        this.statistics = requireNonNull(statistics, "statistics is null");
        this.executor = executor;
        this.parallelism = parallelism;
    }

    /**
     * The storage scan plans made so far, for EXPLAIN (TYPE IO) and progress reporting.
     */
    public List<ScanPlan> scanPlans()
    {
        return List.copyOf(scanPlans);
    }

    public Operator plan(RelNode node)
    {
        if (node instanceof TableScanNode scan) {
            return scan(scan, true);
        }
        if (node instanceof Filter filter) {
            return filter(filter);
        }
        if (node instanceof Project project) {
            List<VectorExpression> projections = new ArrayList<>();
            List<RelDataType> inputTypes = types(project.getInput());
            for (RexNode expression : project.getProjects()) {
                projections.add(compiler.compile(expression, inputTypes));
            }
            return new ProjectOperator(plan(project.getInput()), projections, context);
        }
        if (node instanceof Aggregate aggregate) {
            return aggregate(aggregate);
        }
        if (node instanceof Sort sort) {
            return sort(sort);
        }
        if (node instanceof Join join) {
            return join(join);
        }
        if (node instanceof Correlate correlate) {
            return correlate(correlate);
        }
        if (node instanceof Uncollect uncollect) {
            return uncollect(uncollect, plan(uncollect.getInput()), List.of(), Map.of());
        }
        if (node instanceof Union union) {
            return union(union);
        }
        if (node instanceof Values values) {
            List<List<Object>> rows = new ArrayList<>();
            for (List<RexLiteral> tuple : values.getTuples()) {
                List<Object> row = new ArrayList<>();
                for (int column = 0; column < tuple.size(); column++) {
                    RexLiteral literal = tuple.get(column);
                    RelDataType columnType = values.getRowType().getFieldList().get(column).getType();
                    row.add(Casts.cast(ExpressionCompiler.literalValue(literal), literal.getType(), columnType, context));
                }
                rows.add(row);
            }
            return new ValuesOperator(types(values), rows);
        }
        if (node instanceof Window window) {
            return window(window);
        }
        throw new TarnException(NOT_SUPPORTED, "Unsupported plan node: " + node.getRelTypeName());
    }

    private Operator scan(TableScanNode scan, boolean countUnfiltered)
    {
        EngineTable table = scan.engineTable();
        if (table instanceof VirtualTable virtual) {
            List<List<Object>> rows = new ArrayList<>();
            for (List<Object> row : virtual.rows()) {
                List<Object> projected = new ArrayList<>();
                for (int column : scan.columns()) {
                    projected.add(row.get(column));
                }
                rows.add(projected);
            }
            return new ValuesOperator(types(scan), rows);
        }
        StoreTable store = (StoreTable) table;
        if (lake == null) {
            throw new IllegalStateException("no lake to scan store " + store.name());
        }
        // A count(*) reads the narrowest column (eventtime) and returns none: outputColumns is 0.
        int outputColumns = scan.columns().size();
        ScanPlan scanPlan = storePlan(scan);
        return new StoreScanOperator(lake.scanner(), scanPlan, new StoreScanOperator.SplitQueue(scanPlan.splits()), outputColumns,
                statistics.scans(), countUnfiltered ? statistics.unfilteredScannedEventsCounter() : null, context);
    }

    private Operator filter(Filter filter)
    {
        RelNode input = filter.getInput();
        boolean aboveStore = input instanceof TableScanNode scan && scan.engineTable() instanceof StoreTable;
        Operator source = aboveStore ? scan((TableScanNode) input, false) : plan(input);
        List<RelDataType> inputTypes = types(input);
        List<VectorExpression> conjuncts = new ArrayList<>();
        for (RexNode conjunct : RelOptUtil.conjunctions(filter.getCondition())) {
            conjuncts.add(compiler.compile(conjunct, inputTypes));
        }
        return new FilterOperator(source, conjuncts, context, aboveStore ? statistics.eventsMatchedCounter() : null);
    }

    private Operator aggregate(Aggregate aggregate)
    {
        if (aggregate.getGroupType() != Aggregate.Group.SIMPLE) {
            throw new TarnException(NOT_SUPPORTED, "GROUPING SETS, ROLLUP and CUBE are not supported");
        }
        List<RelDataType> inputTypes = types(aggregate.getInput());
        int[] groupChannels = aggregate.getGroupSet().toArray();
        List<RelDataType> groupTypes = new ArrayList<>();
        for (int channel : groupChannels) {
            groupTypes.add(inputTypes.get(channel));
        }
        List<AggregateSpec> specs = aggregateSpecs(aggregate, inputTypes);
        boolean mergeable = aggregate.getAggCallList().stream().noneMatch(AggregateCall::isDistinct);
        Optional<TableScanNode> storeScan = storeScanBelow(aggregate.getInput());
        if (storeScan.isEmpty()) {
            return new HashAggregationOperator(plan(aggregate.getInput()), groupChannels, groupTypes, specs, context);
        }
        ScanPlan scanPlan = storePlan(storeScan.get());
        StoreScanOperator.SplitQueue splits = new StoreScanOperator.SplitQueue(scanPlan.splits());
        int workerCount = mergeable && executor != null ? Math.max(1, Math.min(parallelism, scanPlan.splits().size())) : 1;
        if (workerCount == 1) {
            return new HashAggregationOperator(planChain(aggregate.getInput(), scanPlan, splits), groupChannels, groupTypes, specs, context);
        }
        List<HashAggregationOperator> workers = new ArrayList<>();
        for (int worker = 0; worker < workerCount; worker++) {
            // Each worker compiles its own expressions and accumulators: both keep per-batch state.
            List<AggregateSpec> workerSpecs = worker == 0 ? specs : aggregateSpecs(aggregate, inputTypes);
            workers.add(new HashAggregationOperator(planChain(aggregate.getInput(), scanPlan, splits), groupChannels, groupTypes, workerSpecs, context));
        }
        return new ParallelAggregationOperator(workers, executor, context);
    }

    private List<AggregateSpec> aggregateSpecs(Aggregate aggregate, List<RelDataType> inputTypes)
    {
        List<AggregateSpec> specs = new ArrayList<>();
        for (AggregateCall call : aggregate.getAggCallList()) {
            int[] arguments = call.getArgList().stream().mapToInt(Integer::intValue).toArray();
            List<RelDataType> argumentTypes = new ArrayList<>();
            for (int argument : arguments) {
                argumentTypes.add(inputTypes.get(argument));
            }
            SqlAggFunction function = call.getAggregation();
            GroupedAccumulator.Factory factory = StandardAggregates.factory(function, argumentTypes, call.getType(), call.isDistinct(), compiler.typeFactory());
            List<RelFieldCollation> order = call.getCollation().getFieldCollations();
            if (!order.isEmpty()) {
                // ORDER BY inside the aggregate: its keys follow the arguments.
                List<OrderedAccumulator.Key> keys = new ArrayList<>();
                int[] channels = Arrays.copyOf(arguments, arguments.length + order.size());
                for (int index = 0; index < order.size(); index++) {
                    RelFieldCollation field = order.get(index);
                    channels[arguments.length + index] = field.getFieldIndex();
                    keys.add(new OrderedAccumulator.Key(inputTypes.get(field.getFieldIndex()), field.getDirection().isDescending(),
                            field.nullDirection == RelFieldCollation.NullDirection.FIRST));
                }
                GroupedAccumulator.Factory unordered = factory;
                factory = () -> new OrderedAccumulator(unordered, argumentTypes, keys);
                arguments = channels;
            }
            specs.add(new AggregateSpec(factory, arguments, call.filterArg, call.getType()));
        }
        return specs;
    }

    /**
     * The store scan under a chain of projections and filters, if the input is such a chain.
     */
    private static Optional<TableScanNode> storeScanBelow(RelNode node)
    {
        RelNode current = node;
        while (current instanceof Project || current instanceof Filter) {
            current = current.getInput(0);
        }
        if (current instanceof TableScanNode scan && scan.engineTable() instanceof StoreTable) {
            return Optional.of(scan);
        }
        return Optional.empty();
    }

    /**
     * One worker's copy of a projection/filter chain over a store scan, reading splits from a shared queue.
     */
    private Operator planChain(RelNode node, ScanPlan scanPlan, StoreScanOperator.SplitQueue splits)
    {
        if (node instanceof TableScanNode scan) {
            return new StoreScanOperator(lake.scanner(), scanPlan, splits, scan.columns().size(), statistics.scans(), statistics.unfilteredScannedEventsCounter(), context);
        }
        List<RelDataType> inputTypes = types(node.getInput(0));
        if (node instanceof Filter filter) {
            boolean aboveScan = filter.getInput() instanceof TableScanNode;
            Operator source = aboveScan
                    ? new StoreScanOperator(lake.scanner(), scanPlan, splits, ((TableScanNode) filter.getInput()).columns().size(), statistics.scans(), null, context)
                    : planChain(filter.getInput(), scanPlan, splits);
            List<VectorExpression> conjuncts = new ArrayList<>();
            for (RexNode conjunct : RelOptUtil.conjunctions(filter.getCondition())) {
                conjuncts.add(compiler.compile(conjunct, inputTypes));
            }
            return new FilterOperator(source, conjuncts, context, aboveScan ? statistics.eventsMatchedCounter() : null);
        }
        Project project = (Project) node;
        List<VectorExpression> projections = new ArrayList<>();
        for (RexNode expression : project.getProjects()) {
            projections.add(compiler.compile(expression, inputTypes));
        }
        return new ProjectOperator(planChain(project.getInput(), scanPlan, splits), projections, context);
    }

    private ScanPlan storePlan(TableScanNode scan)
    {
        List<String> columns = new ArrayList<>(scan.columnNames());
        if (columns.isEmpty()) {
            columns.add(EventSchema.EVENT_TIME);
        }
        ScanRequest request = new ScanRequest(((StoreTable) scan.engineTable()).store().id(), columns, scan.nestedFields(), scan.timeRanges(), 4096);
        ScanPlan scanPlan = lake.scanner().plan(request);
        scanPlans.add(scanPlan);
        // Partitions and files pruned by the plan were never opened; the scan counts only what it opens.
        statistics.scans().addPartitionsSkipped(scanPlan.partitionsTotal() - scanPlan.partitionsSelected());
        statistics.scans().addFilesSkipped(scanPlan.filesTotal() - scanPlan.filesSelected());
        return scanPlan;
    }

    private Operator sort(Sort sort)
    {
        long offset = sort.offset == null ? 0 : constantLong(sort.offset);
        long limit = sort.fetch == null ? -1 : constantLong(sort.fetch);
        Operator input = plan(sort.getInput());
        if (sort.getCollation().getFieldCollations().isEmpty()) {
            return new LimitOperator(input, offset, limit);
        }
        return new SortOperator(input, types(sort.getInput()), sortKeys(sort.getCollation(), types(sort.getInput())), offset, limit, context);
    }

    private static List<SortKey> sortKeys(RelCollation collation, List<RelDataType> types)
    {
        List<SortKey> keys = new ArrayList<>();
        for (RelFieldCollation field : collation.getFieldCollations()) {
            boolean descending = field.getDirection().isDescending();
            boolean nullsFirst = field.nullDirection == RelFieldCollation.NullDirection.FIRST;
            keys.add(new SortKey(field.getFieldIndex(), descending, nullsFirst, types.get(field.getFieldIndex())));
        }
        return keys;
    }

    private long constantLong(RexNode node)
    {
        io.tarn.storage.vector.ColumnVector vector = compiler.compile(node, List.of())
                .evaluate(new io.tarn.storage.vector.ColumnBatch(new io.tarn.storage.vector.ColumnVector[0], 1), context);
        Object value = io.tarn.engine.exec.Values.read(vector, 0, node.getType());
        if (!(value instanceof Number number) || number.longValue() < 0) {
            throw new TarnException(io.tarn.engine.StandardErrorCode.INVALID_LIMIT_CLAUSE, "LIMIT and OFFSET must be non-negative integers");
        }
        return number.longValue();
    }

    private Operator join(Join join)
    {
        JoinInfo info = join.analyzeCondition();
        List<RelDataType> leftTypes = types(join.getLeft());
        List<RelDataType> rightTypes = types(join.getRight());
        boolean keysMatch = true;
        for (int key = 0; key < info.leftKeys.size(); key++) {
            RelDataType leftType = leftTypes.get(info.leftKeys.get(key));
            RelDataType rightType = rightTypes.get(info.rightKeys.get(key));
            keysMatch &= PhysicalType.of(leftType) == PhysicalType.of(rightType)
                    && leftType.getSqlTypeName().getFamily() == rightType.getSqlTypeName().getFamily()
                    && leftType.getScale() == rightType.getScale();
        }
        List<RelDataType> joinedTypes = new ArrayList<>(leftTypes);
        joinedTypes.addAll(rightTypes);
        RexBuilder rexBuilder = join.getCluster().getRexBuilder();
        int[] leftKeys;
        int[] rightKeys;
        RexNode residual;
        if (keysMatch && !info.leftKeys.isEmpty()) {
            leftKeys = info.leftKeys.toIntArray();
            rightKeys = info.rightKeys.toIntArray();
            residual = info.getRemaining(rexBuilder);
        }
        else {
            leftKeys = new int[0];
            rightKeys = new int[0];
            residual = join.getCondition();
        }
        VectorExpression condition = residual.isAlwaysTrue() ? null : compiler.compile(residual, joinedTypes);
        JoinRelType type = join.getJoinType();
        if (type == JoinRelType.ASOF || type == JoinRelType.LEFT_ASOF || type == JoinRelType.LEFT_MARK) {
            throw new TarnException(NOT_SUPPORTED, "Join type " + type + " is not supported");
        }
        return new JoinOperator(plan(join.getLeft()), plan(join.getRight()), type, leftKeys, rightKeys, condition, leftTypes, rightTypes, context);
    }

    private Operator correlate(Correlate correlate)
    {
        RelNode right = correlate.getRight();
        Project projectAbove = null;
        if (right instanceof Project project && project.getInput() instanceof Uncollect) {
            projectAbove = project;
            right = project.getInput();
        }
        if (!(right instanceof Uncollect uncollect)) {
            throw new TarnException(NOT_SUPPORTED, "Correlated subqueries of this form are not supported");
        }
        if (correlate.getJoinType() != JoinRelType.INNER && correlate.getJoinType() != JoinRelType.LEFT) {
            throw new TarnException(NOT_SUPPORTED, "UNNEST with join type " + correlate.getJoinType() + " is not supported");
        }
        Operator left = plan(correlate.getLeft());
        List<RelDataType> leftTypes = types(correlate.getLeft());
        Operator unnest = uncollect(uncollect, left, leftTypes, Map.of(correlate.getCorrelationId(), 0), correlate.getJoinType() == JoinRelType.LEFT);
        if (projectAbove == null) {
            return unnest;
        }
        List<RelDataType> unnestTypes = new ArrayList<>(leftTypes);
        unnestTypes.addAll(types(uncollect));
        List<VectorExpression> projections = new ArrayList<>();
        for (int column = 0; column < leftTypes.size(); column++) {
            projections.add(new InputReference(column, leftTypes.get(column)));
        }
        int offset = leftTypes.size();
        for (RexNode expression : projectAbove.getProjects()) {
            RexNode shifted = org.apache.calcite.rex.RexUtil.shift(expression, offset);
            projections.add(compiler.compile(shifted, unnestTypes));
        }
        return new ProjectOperator(unnest, projections, context);
    }

    private Operator uncollect(Uncollect uncollect, Operator input, List<RelDataType> inputTypes, Map<CorrelationId, Integer> correlations)
    {
        return uncollect(uncollect, input, inputTypes, correlations, false);
    }

    private Operator uncollect(Uncollect uncollect, Operator input, List<RelDataType> inputTypes, Map<CorrelationId, Integer> correlations, boolean outer)
    {
        RelNode source = uncollect.getInput();
        List<RexNode> collections;
        List<RelDataType> collectionInputTypes;
        Operator collectionInput = input;
        if (source instanceof Project project && (project.getInput() instanceof Values || !correlations.isEmpty())) {
            collections = project.getProjects();
            collectionInputTypes = inputTypes;
        }
        else {
            collectionInput = plan(source);
            collectionInputTypes = types(source);
            List<RexNode> references = new ArrayList<>();
            for (int column = 0; column < collectionInputTypes.size(); column++) {
                references.add(new RexInputRef(column, collectionInputTypes.get(column)));
            }
            collections = references;
        }
        ExpressionCompiler correlated = compiler.withCorrelations(correlations);
        List<VectorExpression> compiled = new ArrayList<>();
        List<Boolean> expand = new ArrayList<>();
        List<RelDataTypeField> outputFields = uncollect.getRowType().getFieldList();
        int output = 0;
        for (RexNode collection : collections) {
            compiled.add(correlated.compile(collection, collectionInputTypes));
            RelDataType element = collection.getType().getComponentType();
            if (element == null) {
                expand.add(false);
                output += 2;
                continue;
            }
            // Rows are expanded into their fields unless the UNNEST gives the whole row (Lake's single alias).
            boolean wholeRow = element.isStruct() && output < outputFields.size() && outputFields.get(output).getType().isStruct()
                    && outputFields.get(output).getType().getFieldNames().equals(element.getFieldNames());
            boolean expandRow = element.isStruct() && !wholeRow;
            expand.add(expandRow);
            output += expandRow ? element.getFieldCount() : 1;
        }
        List<RelDataType> replicated = correlations.isEmpty() ? List.of() : inputTypes;
        return new UnnestOperator(collectionInput, replicated, compiled, expand, uncollect.withOrdinality, outer, context);
    }

    private Operator union(Union union)
    {
        List<RelDataType> outputTypes = types(union);
        List<Operator> inputs = new ArrayList<>();
        for (RelNode input : union.getInputs()) {
            List<RelDataType> inputTypes = types(input);
            Operator operator = plan(input);
            List<VectorExpression> coerced = new ArrayList<>();
            boolean needsProject = false;
            for (int column = 0; column < inputTypes.size(); column++) {
                VectorExpression reference = new InputReference(column, inputTypes.get(column));
                VectorExpression converted = compiler.coerce(reference, outputTypes.get(column));
                needsProject |= converted != reference;
                coerced.add(converted);
            }
            inputs.add(needsProject ? new ProjectOperator(operator, coerced, context) : operator);
        }
        Operator all = new UnionOperator(inputs);
        if (union.all) {
            return all;
        }
        int[] channels = new int[outputTypes.size()];
        for (int column = 0; column < channels.length; column++) {
            channels[column] = column;
        }
        return new HashAggregationOperator(all, channels, outputTypes, List.of(), context);
    }

    private Operator window(Window window)
    {
        List<RelDataType> inputTypes = new ArrayList<>(types(window.getInput()));
        Operator current = plan(window.getInput());
        if (!window.constants.isEmpty()) {
            List<VectorExpression> projections = new ArrayList<>();
            for (int column = 0; column < inputTypes.size(); column++) {
                projections.add(new InputReference(column, inputTypes.get(column)));
            }
            for (RexLiteral constant : window.constants) {
                projections.add(compiler.compile(constant, List.of()));
                inputTypes.add(constant.getType());
            }
            current = new ProjectOperator(current, projections, context);
        }
        int constantCount = window.constants.size();
        int inputWidth = inputTypes.size() - constantCount;
        List<RelDataType> currentTypes = new ArrayList<>(inputTypes);
        for (Window.Group group : window.groups) {
            List<WindowFunctionSpec> functions = new ArrayList<>();
            for (Window.RexWinAggCall call : group.aggCalls) {
                int[] arguments = call.getOperands().stream().mapToInt(operand -> ((RexInputRef) operand).getIndex()).toArray();
                String kind = call.getOperator().getKind().name();
                boolean ranking = switch (call.getOperator().getKind()) {
                    case ROW_NUMBER, RANK, DENSE_RANK, PERCENT_RANK, CUME_DIST, NTILE, LAG, LEAD, FIRST_VALUE, LAST_VALUE, NTH_VALUE -> true;
                    default -> false;
                };
                List<RelDataType> argumentTypes = new ArrayList<>();
                for (int argument : arguments) {
                    argumentTypes.add(currentTypes.get(argument));
                }
                io.tarn.engine.function.GroupedAccumulator.Factory aggregate = ranking ? null
                        : StandardAggregates.factory((SqlAggFunction) call.getOperator(), argumentTypes, call.getType(), call.distinct, compiler.typeFactory());
                functions.add(new WindowFunctionSpec(ranking ? kind : "AGGREGATE", arguments, aggregate, call.getType(), call.ignoreNulls));
            }
            int[] partition = group.keys.toArray();
            List<SortKey> order = sortKeys(group.orderKeys, currentTypes);
            WindowOperator.Frame frame = new WindowOperator.Frame(group.isRows, boundOffset(group.lowerBound, true), boundOffset(group.upperBound, false));
            current = new WindowOperator(current, currentTypes, partition, order, frame, functions, context);
            for (Window.RexWinAggCall call : group.aggCalls) {
                currentTypes.add(call.getType());
            }
        }
        if (constantCount == 0) {
            return current;
        }
        // Drop the constant columns: the window's output is its input columns, then the functions.
        List<VectorExpression> projections = new ArrayList<>();
        for (int column = 0; column < currentTypes.size(); column++) {
            if (column >= inputWidth && column < inputWidth + constantCount) {
                continue;
            }
            projections.add(new InputReference(column, currentTypes.get(column)));
        }
        return new ProjectOperator(current, projections, context);
    }

    private Long boundOffset(RexWindowBound bound, boolean lower)
    {
        if (bound.isUnbounded()) {
            return null;
        }
        if (bound.isCurrentRow()) {
            return 0L;
        }
        Object value = ExpressionCompiler.literalValue((RexLiteral) bound.getOffset());
        if (value instanceof Number number) {
            return number.longValue();
        }
        throw new TarnException(NOT_SUPPORTED, "Window frames with " + (lower ? "start" : "end") + " " + bound + " are not supported");
    }

    private static List<RelDataType> types(RelNode node)
    {
        return node.getRowType().getFieldList().stream().map(RelDataTypeField::getType).toList();
    }
}
