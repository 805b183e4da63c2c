package io.tarn.engine.exec.expression;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Range;
import io.tarn.engine.exec.Casts;
import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.Interval;
import io.tarn.engine.exec.PhysicalType;
import io.tarn.engine.exec.Values;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.engine.function.FunctionRegistry;
import io.tarn.engine.function.JsonCastOperator;
import io.tarn.engine.function.ScalarCall;
import io.tarn.engine.function.ScalarImplementation;
import io.tarn.engine.function.SignatureBinder;
import io.tarn.engine.function.TarnSqlFunction;
import io.tarn.engine.function.TypeCoercions;
import io.tarn.engine.type.TarnTypes;
import io.tarn.error.TarnException;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.LongVector;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.avatica.util.TimeUnitRange;
import org.apache.calcite.rel.core.CorrelationId;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexCorrelVariable;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexFieldAccess;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLambda;
import org.apache.calcite.rex.RexLambdaRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.rex.RexVisitorImpl;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.fun.SqlLikeOperator;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.NlsString;
import org.apache.calcite.util.Sarg;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.tarn.engine.StandardErrorCode.INVALID_FUNCTION_ARGUMENT;
import static io.tarn.engine.StandardErrorCode.NOT_SUPPORTED;
import static java.util.Objects.requireNonNull;

/**
 * Compiles Calcite row expressions into vectorized expressions over an input of known column types.
 */
public final class ExpressionCompiler
{
    private final FunctionRegistry registry;
    private final RelDataTypeFactory typeFactory;
    private final RexBuilder rexBuilder;
    private final List<Object> parameters;
    private final Map<CorrelationId, Integer> correlations;
    private final ExecutionContext foldingContext;

    public ExpressionCompiler(FunctionRegistry registry, RelDataTypeFactory typeFactory, List<Object> parameters, Map<CorrelationId, Integer> correlations)
    {
        this(registry, typeFactory, parameters, correlations, null);
    }

    /**
     * @param foldingContext when given, constant subexpressions are evaluated once, at compile time, in this
     *         context (the query's), instead of for every batch
     */
    public ExpressionCompiler(FunctionRegistry registry, RelDataTypeFactory typeFactory, List<Object> parameters, Map<CorrelationId, Integer> correlations, ExecutionContext foldingContext)
    {
        this.registry = requireNonNull(registry, "registry is null");
        this.typeFactory = requireNonNull(typeFactory, "typeFactory is null");
        this.rexBuilder = new RexBuilder(typeFactory);
        this.parameters = new ArrayList<>(requireNonNull(parameters, "parameters is null"));
        this.correlations = ImmutableMap.copyOf(correlations);
        this.foldingContext = foldingContext;
    }

    public ExpressionCompiler withCorrelations(Map<CorrelationId, Integer> newCorrelations)
    {
        return new ExpressionCompiler(registry, typeFactory, parameters, newCorrelations, foldingContext);
    }

    public RelDataTypeFactory typeFactory()
    {
        return typeFactory;
    }

    public VectorExpression compile(RexNode node, List<RelDataType> inputTypes)
    {
        return new Compilation(inputTypes, inputTypes.size()).compile(node);
    }

    /**
     * Converts a value to another type's representation, inserting a cast only when the representation or
     * the meaning differs.
     */
    public VectorExpression coerce(VectorExpression expression, RelDataType target)
    {
        if (sameRepresentation(expression.type(), target)) {
            return expression;
        }
        return new CastExpression(expression, target, false);
    }

    static boolean sameRepresentation(RelDataType from, RelDataType to)
    {
        if (TarnTypes.isJson(from) != TarnTypes.isJson(to)) {
            return false;
        }
        SqlTypeName source = from.getSqlTypeName();
        SqlTypeName target = to.getSqlTypeName();
        if (source == SqlTypeName.NULL) {
            return false;
        }
        if (PhysicalType.of(from) != PhysicalType.of(to)) {
            return false;
        }
        return switch (PhysicalType.of(from)) {
            case LONG -> {
                boolean integers = isInteger(source) && isInteger(target);
                boolean timestamps = source == SqlTypeName.TIMESTAMP && target == SqlTypeName.TIMESTAMP && from.getPrecision() <= 3 && to.getPrecision() <= 3;
                boolean decimals = source == SqlTypeName.DECIMAL && target == SqlTypeName.DECIMAL && from.getScale() == to.getScale();
                yield source == target && !timestamps && !decimals && source != SqlTypeName.TIMESTAMP && source != SqlTypeName.DECIMAL
                        || integers || timestamps || decimals
                        || (isIntervalDayToSecond(source) && isIntervalDayToSecond(target))
                        || (source == SqlTypeName.TIMESTAMP_TZ && target == SqlTypeName.TIMESTAMP_TZ);
            }
            case DOUBLE -> source == target;
            case BOOLEAN -> true;
            case BYTES -> (TarnTypes.isString(from) && TarnTypes.isString(to) && (target == SqlTypeName.CHAR || to.getPrecision() == Integer.MAX_VALUE || to.getPrecision() < 0 || to.getPrecision() >= from.getPrecision()))
                    || (TarnTypes.isJson(from) && TarnTypes.isJson(to))
                    || ((source == SqlTypeName.VARBINARY || source == SqlTypeName.BINARY) && (target == SqlTypeName.VARBINARY || target == SqlTypeName.BINARY));
            case STRUCT, ARRAY, MAP -> from.getFullTypeString().replace(" NOT NULL", "").equals(to.getFullTypeString().replace(" NOT NULL", ""))
                    || equivalentNested(from, to);
        };
    }

    private static boolean equivalentNested(RelDataType from, RelDataType to)
    {
        if (from.getSqlTypeName() != to.getSqlTypeName()) {
            return false;
        }
        return switch (from.getSqlTypeName()) {
            case ARRAY -> sameRepresentation(from.getComponentType(), to.getComponentType());
            case MAP -> sameRepresentation(from.getKeyType(), to.getKeyType()) && sameRepresentation(from.getValueType(), to.getValueType());
            case ROW -> {
                if (from.getFieldCount() != to.getFieldCount()) {
                    yield false;
                }
                for (int field = 0; field < from.getFieldCount(); field++) {
                    if (!sameRepresentation(from.getFieldList().get(field).getType(), to.getFieldList().get(field).getType())) {
                        yield false;
                    }
                }
                yield true;
            }
            default -> false;
        };
    }

    private static boolean isInteger(SqlTypeName name)
    {
        return name == SqlTypeName.TINYINT || name == SqlTypeName.SMALLINT || name == SqlTypeName.INTEGER || name == SqlTypeName.BIGINT;
    }

    private static boolean isIntervalDayToSecond(SqlTypeName name)
    {
        return switch (name) {
            case INTERVAL_DAY, INTERVAL_DAY_HOUR, INTERVAL_DAY_MINUTE, INTERVAL_DAY_SECOND, INTERVAL_HOUR, INTERVAL_HOUR_MINUTE,
                    INTERVAL_HOUR_SECOND, INTERVAL_MINUTE, INTERVAL_MINUTE_SECOND, INTERVAL_SECOND -> true;
            default -> false;
        };
    }

    /**
     * The Java value of a literal (see {@link Values}); null for NULL.
     */
    public static Object literalValue(RexLiteral literal)
    {
        if (literal.isNull()) {
            return null;
        }
        RelDataType type = literal.getType();
        if (TarnTypes.isJson(type)) {
            return new io.tarn.engine.exec.Json(literal.getValueAs(String.class));
        }
        SqlTypeName name = type.getSqlTypeName();
        return switch (name) {
            case BOOLEAN -> literal.getValueAs(Boolean.class);
            case TINYINT, SMALLINT, INTEGER, BIGINT -> requireNonNull(literal.getValueAs(BigDecimal.class)).longValueExact();
            case DECIMAL -> requireNonNull(literal.getValueAs(BigDecimal.class)).setScale(type.getScale(), java.math.RoundingMode.HALF_UP);
            case FLOAT, REAL, DOUBLE -> requireNonNull(literal.getValueAs(BigDecimal.class)).doubleValue();
            case CHAR, VARCHAR -> literal.getValue() instanceof NlsString nls ? nls.getValue() : literal.getValueAs(String.class);
            case BINARY, VARBINARY -> requireNonNull(literal.getValueAs(ByteString.class)).getBytes();
            case DATE -> LocalDate.ofEpochDay(requireNonNull(literal.getValueAs(Integer.class)));
            case TIME -> LocalTime.ofNanoOfDay(requireNonNull(literal.getValueAs(Integer.class)) * 1_000_000L);
            case TIMESTAMP -> Values.toLocalDateTime(requireNonNull(literal.getValueAs(Long.class)));
            case TIMESTAMP_WITH_LOCAL_TIME_ZONE, TIMESTAMP_TZ -> ZonedDateTime.ofInstant(java.time.Instant.ofEpochMilli(requireNonNull(literal.getValueAs(Long.class))), ZoneOffset.UTC);
            case INTERVAL_YEAR, INTERVAL_YEAR_MONTH, INTERVAL_MONTH -> new Interval.YearToMonth(requireNonNull(literal.getValueAs(BigDecimal.class)).longValue());
            case INTERVAL_DAY, INTERVAL_DAY_HOUR, INTERVAL_DAY_MINUTE, INTERVAL_DAY_SECOND, INTERVAL_HOUR, INTERVAL_HOUR_MINUTE,
                    INTERVAL_HOUR_SECOND, INTERVAL_MINUTE, INTERVAL_MINUTE_SECOND, INTERVAL_SECOND -> new Interval.DayToSecond(requireNonNull(literal.getValueAs(BigDecimal.class)).longValue());
            case NULL -> null;
            case SYMBOL -> literal.getValue();
            default -> literal.getValue();
        };
    }

    /**
     * The expression tree for one input.
     */
    private final class Compilation
    {
        private final List<RelDataType> inputTypes;
        private final int lambdaBase;

        Compilation(List<RelDataType> inputTypes, int lambdaBase)
        {
            this.inputTypes = ImmutableList.copyOf(inputTypes);
            this.lambdaBase = lambdaBase;
        }

        VectorExpression compile(RexNode node)
        {
            if (node instanceof RexInputRef reference) {
                return new InputReference(reference.getIndex(), inputTypes.get(reference.getIndex()));
            }
            if (node instanceof RexLambdaRef reference) {
                return new InputReference(lambdaBase + reference.getIndex(), reference.getType());
            }
            if (node instanceof RexLiteral literal) {
                return new Constant(literalValue(literal), literal.getType());
            }
            if (node instanceof RexDynamicParam parameter) {
                if (parameter.getIndex() >= parameters.size()) {
                    throw new TarnException(io.tarn.engine.StandardErrorCode.INVALID_PARAMETER_USAGE, "No value given for parameter " + (parameter.getIndex() + 1));
                }
                return new Constant(parameters.get(parameter.getIndex()), parameter.getType());
            }
            if (node instanceof RexFieldAccess access) {
                RexNode reference = access.getReferenceExpr();
                if (reference instanceof RexCorrelVariable variable) {
                    Integer offset = correlations.get(variable.id);
                    if (offset == null) {
                        throw new IllegalStateException("unbound correlation " + variable.id);
                    }
                    int channel = offset + access.getField().getIndex();
                    return new InputReference(channel, inputTypes.get(channel));
                }
                return new FieldReference(compile(reference), access.getField().getIndex(), access.getType());
            }
            if (node instanceof RexLambda lambda) {
                return compileLambda(lambda);
            }
            if (node instanceof RexCall call) {
                VectorExpression compiled = compileCall(call);
                return foldingContext != null && ConstantExpressions.isConstant(call) ? fold(compiled) : compiled;
            }
            throw new TarnException(NOT_SUPPORTED, "Unsupported expression: " + node);
        }

        /**
         * The value of a constant expression, computed now; a failure is left to happen (or not) at run time,
         * where the expression may never be evaluated ({@code CASE WHEN false THEN 1 / 0 END}).
         */
        private VectorExpression fold(VectorExpression expression)
        {
            if (expression instanceof Constant) {
                return expression;
            }
            try {
                ColumnVector vector = expression.evaluate(new io.tarn.storage.vector.ColumnBatch(new ColumnVector[0], 1), foldingContext);
                return new Constant(Values.read(vector, 0, expression.type()), expression.type());
            }
            catch (TarnException | ArithmeticException e) {
                return expression;
            }
        }

        /**
         * A lambda's body is compiled over the channels of this expression (the row's columns, then the
         * parameters of the lambdas around this one) followed by its own parameters: the planner numbers
         * each lambda's parameters after those of the lambdas around it, from channel {@code lambdaBase}.
         */
        private VectorExpression compileLambda(RexLambda lambda)
        {
            List<RelDataType> types = new ArrayList<>(inputTypes);
            lambda.getParameters().forEach(parameter -> types.add(parameter.getType()));
            Compilation body = new Compilation(types, lambdaBase);
            VectorExpression compiled = body.compile(lambda.getExpression());
            Set<Integer> captured = new TreeSet<>();
            lambda.getExpression().accept(new RexVisitorImpl<Void>(true)
            {
                @Override
                public Void visitInputRef(RexInputRef reference)
                {
                    captured.add(reference.getIndex());
                    return null;
                }

                @Override
                public Void visitLambdaRef(RexLambdaRef reference)
                {
                    int channel = lambdaBase + reference.getIndex();
                    if (channel < inputTypes.size()) {
                        captured.add(channel);
                    }
                    return null;
                }

                @Override
                public Void visitLambda(RexLambda nested)
                {
                    return nested.getExpression().accept(this);
                }
            });
            return new LambdaExpression(compiled, inputTypes.size(), List.copyOf(captured), inputTypes, lambda.getType());
        }

        private VectorExpression compileCall(RexCall call)
        {
            if (call.getOperator() instanceof TarnSqlFunction) {
                return compileLibraryCall(call);
            }
            if (call.getOperator() instanceof JsonCastOperator cast) {
                return new CastExpression(compile(call.getOperands().get(0)), call.getType(), cast.safe());
            }
            RelDataType type = call.getType();
            SqlKind kind = call.getKind();
            switch (kind) {
                case AND:
                    return new Logical(true, compileAll(call.getOperands()), type);
                case OR:
                    return new Logical(false, compileAll(call.getOperands()), type);
                case NOT:
                    return new Not(compile(call.getOperands().get(0)));
                case IS_NULL:
                    return new NullTest(NullTest.Kind.IS_NULL, compile(call.getOperands().get(0)), type);
                case IS_NOT_NULL:
                    return new NullTest(NullTest.Kind.IS_NOT_NULL, compile(call.getOperands().get(0)), type);
                case IS_TRUE:
                    return new NullTest(NullTest.Kind.IS_TRUE, compile(call.getOperands().get(0)), type);
                case IS_NOT_TRUE:
                    return new NullTest(NullTest.Kind.IS_NOT_TRUE, compile(call.getOperands().get(0)), type);
                case IS_FALSE:
                    return new NullTest(NullTest.Kind.IS_FALSE, compile(call.getOperands().get(0)), type);
                case IS_NOT_FALSE:
                    return new NullTest(NullTest.Kind.IS_NOT_FALSE, compile(call.getOperands().get(0)), type);
                case EQUALS:
                    return comparison(Comparison.Operator.EQUAL, call);
                case NOT_EQUALS:
                    return comparison(Comparison.Operator.NOT_EQUAL, call);
                case LESS_THAN:
                    return comparison(Comparison.Operator.LESS_THAN, call);
                case LESS_THAN_OR_EQUAL:
                    return comparison(Comparison.Operator.LESS_THAN_OR_EQUAL, call);
                case GREATER_THAN:
                    return comparison(Comparison.Operator.GREATER_THAN, call);
                case GREATER_THAN_OR_EQUAL:
                    return comparison(Comparison.Operator.GREATER_THAN_OR_EQUAL, call);
                case IS_DISTINCT_FROM:
                    return comparison(Comparison.Operator.DISTINCT, call);
                case IS_NOT_DISTINCT_FROM:
                    return comparison(Comparison.Operator.NOT_DISTINCT, call);
                case PLUS:
                    return arithmetic(Arithmetic.Operator.ADD, call);
                case MINUS:
                    return arithmetic(Arithmetic.Operator.SUBTRACT, call);
                case TIMES:
                    return arithmetic(Arithmetic.Operator.MULTIPLY, call);
                case DIVIDE:
                    return arithmetic(Arithmetic.Operator.DIVIDE, call);
                case MOD:
                    return arithmetic(Arithmetic.Operator.MODULUS, call);
                case MINUS_PREFIX:
                    return negate(call);
                case PLUS_PREFIX:
                    return compile(call.getOperands().get(0));
                case CAST:
                    return new CastExpression(compile(call.getOperands().get(0)), type, false);
                case SAFE_CAST:
                    return new CastExpression(compile(call.getOperands().get(0)), type, true);
                case CASE:
                    return caseExpression(call);
                case COALESCE:
                    return coalesce(call);
                case SEARCH:
                    return search(call);
                case LIKE:
                    return like(call);
                case ROW:
                    return new RowConstructor(compileAll(call.getOperands()), type);
                case ARRAY_VALUE_CONSTRUCTOR:
                    return rowwise(call, (values, context) -> new ArrayList<>(java.util.Arrays.asList(values)), true, elementType(type));
                case MAP_VALUE_CONSTRUCTOR:
                    return mapConstructor(call);
                case ITEM:
                    return subscript(call);
                case EXTRACT:
                    return extract(call);
                default:
                    break;
            }
            String name = call.getOperator().getName().toLowerCase(Locale.ROOT);
            switch (name) {
                case "current_timestamp", "localtimestamp", "current_date", "current_time", "localtime":
                    return currentTime(name, type);
                default:
                    throw new TarnException(NOT_SUPPORTED, "Unsupported function or operator: " + call.getOperator().getName());
            }
        }

        private List<VectorExpression> compileAll(List<RexNode> nodes)
        {
            List<VectorExpression> compiled = new ArrayList<>(nodes.size());
            for (RexNode node : nodes) {
                compiled.add(compile(node));
            }
            return compiled;
        }

        private VectorExpression compileLibraryCall(RexCall call)
        {
            String name = call.getOperator().getName();
            List<RelDataType> types = new ArrayList<>();
            List<RelDataType> lambdaBodies = new ArrayList<>();
            for (RexNode operand : call.getOperands()) {
                boolean lambda = operand instanceof RexLambda;
                types.add(lambda ? null : operand.getType());
                lambdaBodies.add(lambda ? ((RexLambda) operand).getExpression().getType() : null);
            }
            SignatureBinder.LambdaTyper typer = (index, parameterTypes) -> lambdaBodies.get(index);
            FunctionRegistry.Resolution resolution = registry.resolve(name, types, typeFactory, typer)
                    .orElseThrow(() -> new IllegalStateException("no implementation of " + name + " for " + types));
            List<VectorExpression> arguments = new ArrayList<>();
            for (int index = 0; index < call.getOperands().size(); index++) {
                VectorExpression argument = compile(call.getOperands().get(index));
                if (!(argument instanceof LambdaExpression)) {
                    argument = coerce(argument, resolution.bound().argumentTypes().get(index));
                }
                arguments.add(argument);
            }
            ScalarImplementation implementation = (ScalarImplementation) resolution.definition().implementation();
            return implementation.bind(new ScalarCall(resolution.bound(), arguments, typeFactory));
        }

        private VectorExpression comparison(Comparison.Operator operator, RexCall call)
        {
            VectorExpression left = compile(call.getOperands().get(0));
            VectorExpression right = compile(call.getOperands().get(1));
            RelDataType common = commonType(left.type(), right.type());
            return new Comparison(operator, coerce(left, common), coerce(right, common), call.getType());
        }

        private RelDataType commonType(RelDataType left, RelDataType right)
        {
            if (TarnTypes.isString(left) && isTemporal(right)) {
                return right;
            }
            if (TarnTypes.isString(right) && isTemporal(left)) {
                return left;
            }
            return TypeCoercions.commonSuperType(typeFactory, left, right)
                    .orElseThrow(() -> new TarnException(io.tarn.engine.StandardErrorCode.TYPE_MISMATCH,
                            "Cannot compare " + TarnTypes.trinoName(left) + " with " + TarnTypes.trinoName(right)));
        }

        private boolean isTemporal(RelDataType type)
        {
            SqlTypeName name = type.getSqlTypeName();
            return name == SqlTypeName.TIMESTAMP || name == SqlTypeName.DATE || TarnTypes.isTimestampWithZone(type);
        }

        private VectorExpression arithmetic(Arithmetic.Operator operator, RexCall call)
        {
            VectorExpression left = compile(call.getOperands().get(0));
            VectorExpression right = compile(call.getOperands().get(1));
            RelDataType type = call.getType();
            SqlTypeName name = type.getSqlTypeName();
            if (isInteger(name) && isInteger(left.type().getSqlTypeName()) && isInteger(right.type().getSqlTypeName())) {
                return new Arithmetic(operator, left, right, type, true, TarnTypes.trinoName(type));
            }
            if (name == SqlTypeName.DOUBLE || name == SqlTypeName.REAL || name == SqlTypeName.FLOAT) {
                return new Arithmetic(operator, coerce(left, type), coerce(right, type), type, false, TarnTypes.trinoName(type));
            }
            int scale = name == SqlTypeName.DECIMAL ? type.getScale() : 0;
            RowwiseExpression.RowFunction function = (values, context) -> {
                Object result = TemporalArithmetic.apply(operator, values[0], values[1], scale);
                if (result instanceof BigDecimal decimal && isInteger(name)) {
                    return decimal.longValueExact();
                }
                return result;
            };
            return new RowwiseExpression(List.of(left, right), type, function, false);
        }

        private VectorExpression negate(RexCall call)
        {
            VectorExpression operand = compile(call.getOperands().get(0));
            return new RowwiseExpression(List.of(operand), call.getType(), (values, context) -> {
                Object value = values[0];
                if (value instanceof Long number) {
                    return Math.negateExact(number);
                }
                if (value instanceof Double number) {
                    return -number;
                }
                if (value instanceof BigDecimal number) {
                    return number.negate();
                }
                if (value instanceof Interval.DayToSecond interval) {
                    return new Interval.DayToSecond(-interval.millis());
                }
                if (value instanceof Interval.YearToMonth interval) {
                    return new Interval.YearToMonth(-interval.months());
                }
                throw new TarnException(NOT_SUPPORTED, "Cannot negate " + value);
            }, false);
        }

        private VectorExpression caseExpression(RexCall call)
        {
            List<RexNode> operands = call.getOperands();
            List<VectorExpression> conditions = new ArrayList<>();
            List<VectorExpression> values = new ArrayList<>();
            for (int index = 0; index + 1 < operands.size(); index += 2) {
                conditions.add(compile(operands.get(index)));
                values.add(coerce(compile(operands.get(index + 1)), call.getType()));
            }
            VectorExpression otherwise = coerce(compile(operands.get(operands.size() - 1)), call.getType());
            return new CaseExpression(conditions, values, otherwise, call.getType());
        }

        private VectorExpression coalesce(RexCall call)
        {
            List<VectorExpression> conditions = new ArrayList<>();
            List<VectorExpression> values = new ArrayList<>();
            List<RexNode> operands = call.getOperands();
            for (int index = 0; index + 1 < operands.size(); index++) {
                VectorExpression value = coerce(compile(operands.get(index)), call.getType());
                conditions.add(new NullTest(NullTest.Kind.IS_NOT_NULL, value, typeFactory.createSqlType(SqlTypeName.BOOLEAN)));
                values.add(value);
            }
            return new CaseExpression(conditions, values, coerce(compile(operands.get(operands.size() - 1)), call.getType()), call.getType());
        }

        private VectorExpression search(RexCall call)
        {
            RexLiteral literal = (RexLiteral) call.getOperands().get(1);
            Sarg<?> sarg = literal.getValueAs(Sarg.class);
            if (sarg != null && sarg.isPoints() && !sarg.isComplementedPoints()) {
                VectorExpression value = compile(call.getOperands().get(0));
                RelDataType pointType = literal.getType();
                Set<Object> keys = new HashSet<>();
                for (Range<?> range : sarg.rangeSet.asRanges()) {
                    Object point = range.lowerEndpoint();
                    RexLiteral pointLiteral = (RexLiteral) rexBuilder.makeLiteral(point, pointType, true, true);
                    keys.add(physicalKey(literalValue(pointLiteral), value.type(), pointLiteral.getType()));
                }
                VectorExpression in = new InExpression(value, keys, false, call.getType());
                return switch (sarg.nullAs) {
                    case TRUE -> new Logical(false, List.of(new NullTest(NullTest.Kind.IS_NULL, value, call.getType()), in), call.getType());
                    case FALSE -> new Logical(true, List.of(new NullTest(NullTest.Kind.IS_NOT_NULL, value, call.getType()), in), call.getType());
                    case UNKNOWN -> in;
                };
            }
            return compile(RexUtil.expandSearch(rexBuilder, null, call));
        }

        /**
         * The form values of {@code valueType} take when read for an IN lookup: raw longs for long-backed
         * types, Java values otherwise.
         */
        private Object physicalKey(Object value, RelDataType valueType, RelDataType literalType)
        {
            Object converted = Casts.cast(value, literalType, valueType, new ExecutionContext(ZoneOffset.UTC, java.time.Instant.EPOCH));
            if (PhysicalType.of(valueType) == PhysicalType.LONG) {
                LongVector vector = new LongVector(1);
                Values.write(vector, 0, valueType, converted);
                return vector.values[0];
            }
            return converted;
        }

        private VectorExpression like(RexCall call)
        {
            boolean negated = call.getOperator() instanceof SqlLikeOperator like && like.isNegated();
            RexNode pattern = call.getOperands().get(1);
            if (!(pattern instanceof RexLiteral patternLiteral)) {
                VectorExpression value = compile(call.getOperands().get(0));
                List<VectorExpression> arguments = new ArrayList<>(List.of(value, compile(pattern)));
                if (call.getOperands().size() > 2) {
                    arguments.add(compile(call.getOperands().get(2)));
                }
                return new RowwiseExpression(arguments, call.getType(), (values, context) -> {
                    Character escape = values.length > 2 ? ((String) values[2]).charAt(0) : null;
                    LikeExpression matcher = new LikeExpression(new Constant(values[0], value.type()), (String) values[1], escape, negated, call.getType());
                    ColumnVector result = matcher.evaluate(new io.tarn.storage.vector.ColumnBatch(new ColumnVector[0], 1), context);
                    return result.isNull(0) ? null : ((io.tarn.storage.vector.BooleanVector) result).values[0];
                }, false);
            }
            Character escape = null;
            if (call.getOperands().size() > 2) {
                String escapeText = (String) literalValue((RexLiteral) call.getOperands().get(2));
                if (escapeText == null || escapeText.length() != 1) {
                    throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Escape string must be a single character");
                }
                escape = escapeText.charAt(0);
            }
            String text = (String) literalValue(patternLiteral);
            if (text == null) {
                return new Constant(null, call.getType());
            }
            return new LikeExpression(compile(call.getOperands().get(0)), text, escape, negated, call.getType());
        }

        private VectorExpression mapConstructor(RexCall call)
        {
            return rowwise(call, (values, context) -> {
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int index = 0; index + 1 < values.length; index += 2) {
                    if (values[index] == null) {
                        throw new TarnException(INVALID_FUNCTION_ARGUMENT, "map key cannot be null");
                    }
                    map.put(values[index], values[index + 1]);
                }
                return map;
            }, true, null);
        }

        private VectorExpression subscript(RexCall call)
        {
            VectorExpression container = compile(call.getOperands().get(0));
            VectorExpression index = compile(call.getOperands().get(1));
            RelDataType containerType = container.type();
            if (containerType.getSqlTypeName() == SqlTypeName.MAP) {
                index = coerce(index, containerType.getKeyType());
                return new RowwiseExpression(List.of(container, index), call.getType(), (values, context) -> {
                    Map<?, ?> map = (Map<?, ?>) values[0];
                    if (!map.containsKey(values[1])) {
                        throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Key not present in map: " + values[1]);
                    }
                    return map.get(values[1]);
                }, false);
            }
            if (containerType.getSqlTypeName() == SqlTypeName.ROW) {
                int field = ((Number) literalValue((RexLiteral) call.getOperands().get(1))).intValue() - 1;
                return new FieldReference(container, field, call.getType());
            }
            return new RowwiseExpression(List.of(container, coerce(index, typeFactory.createTypeWithNullability(typeFactory.createSqlType(SqlTypeName.BIGINT), true))), call.getType(), (values, context) -> {
                List<?> array = (List<?>) values[0];
                long position = (Long) values[1];
                if (position == 0) {
                    throw new TarnException(INVALID_FUNCTION_ARGUMENT, "SQL array indices start at 1");
                }
                if (position < 0) {
                    throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Array subscript is negative: " + position);
                }
                if (position > array.size()) {
                    throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Array subscript must be less than or equal to array length: " + position + " > " + array.size());
                }
                return array.get((int) position - 1);
            }, false);
        }

        private VectorExpression extract(RexCall call)
        {
            TimeUnitRange unit = (TimeUnitRange) literalValue((RexLiteral) call.getOperands().get(0));
            VectorExpression value = compile(call.getOperands().get(1));
            return new RowwiseExpression(List.of(value), call.getType(), (values, context) -> DateTimeFields.extract(requireNonNull(unit), values[0]), false);
        }

        private VectorExpression currentTime(String name, RelDataType type)
        {
            return new RowwiseExpression(List.of(), type, (values, context) -> switch (name) {
                case "current_date" -> LocalDate.ofInstant(context.start(), context.timeZone());
                case "localtimestamp" -> LocalDateTime.ofInstant(context.start(), context.timeZone());
                case "current_time", "localtime" -> LocalTime.ofInstant(context.start(), context.timeZone());
                default -> context.start().atZone(context.timeZone());
            }, true);
        }

        private VectorExpression rowwise(RexCall call, RowwiseExpression.RowFunction function, boolean calledOnNullInput, RelDataType elementType)
        {
            List<VectorExpression> arguments = compileAll(call.getOperands());
            if (elementType != null) {
                arguments = arguments.stream().map(argument -> coerce(argument, elementType)).toList();
            }
            return new RowwiseExpression(arguments, call.getType(), function, calledOnNullInput);
        }

        private RelDataType elementType(RelDataType arrayType)
        {
            return arrayType.getComponentType();
        }
    }
}
