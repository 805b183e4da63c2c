package io.tarn.engine.plan;

import io.tarn.engine.StandardErrorCode;
import io.tarn.engine.function.PositionedSqlException;
import io.tarn.engine.function.TarnOperatorTable;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLambda;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.fun.SqlCastFunction;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.fun.SqlTrimFunction;
import org.apache.calcite.sql.util.SqlShuttle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Points calls of library functions at the library's operators before validation, so that the validator
 * types them (and their lambda arguments) through the library's signatures rather than Calcite's generic
 * function lookup. Calcite's parser builds some of Trino's functions as its own special forms; those become
 * the library's functions too:
 * <ul>
 * <li>{@code a || b} is {@code concat(a, b)}, as in Trino;</li>
 * <li>{@code substring(x FROM s FOR n)}, {@code ceil(x)}, {@code floor(x)}, {@code translate(x, a, b)} are
 * the library's functions of those names;</li>
 * <li>{@code trim([BOTH|LEADING|TRAILING] [chars] FROM x)} is {@code trim}, {@code ltrim} or {@code rtrim},
 * with {@code chars} only when the user wrote them (without, whitespace is trimmed);</li>
 * <li>{@code position(a IN b)} is {@code strpos(b, a)};</li>
 * <li>{@code format(f, a, b, ...)} is {@code format(f, ROW(a, b, ...))}, as Trino rewrites it;</li>
 * <li>{@code normalize(x, NFD)} takes its form as a string;</li>
 * <li>{@code array_agg(x ORDER BY y)} is {@code array_agg(x) WITHIN GROUP (ORDER BY y)}.</li>
 * </ul>
 * Some standard operators are swapped for validation only, and {@link #restoreCasts} gives them back: casts
 * get {@link JsonAwareCastFunction}, {@code +} and {@code -} get {@link DatetimeArithmeticOperator}, and
 * {@code p.field} on a lambda parameter gets {@link ParameterFieldOperator}.
 */
final class LibraryFunctionBinder
{
    private static final Set<String> NORMAL_FORMS = Set.of("nfc", "nfd", "nfkc", "nfkd");
    private static final DatetimeArithmeticOperator PLUS = new DatetimeArithmeticOperator(SqlStdOperatorTable.PLUS);
    private static final DatetimeArithmeticOperator MINUS = new DatetimeArithmeticOperator(SqlStdOperatorTable.MINUS);

    private LibraryFunctionBinder() {}

    static SqlNode bind(SqlNode node, TarnOperatorTable operatorTable)
    {
        return node.accept(new SqlShuttle()
        {
            @Override
            public SqlNode visit(SqlCall call)
            {
                if (call instanceof SqlLambda lambda) {
                    lambda.setOperand(1, parameterFields(lambda));
                }
                SqlCall visited = (SqlCall) super.visit(call);
                if (visited == null) {
                    return null;
                }
                SqlOperator operator = visited.getOperator();
                if (operator instanceof SqlUnresolvedFunction unresolved && visited instanceof SqlBasicCall basic) {
                    String name = unresolved.getName().toLowerCase(Locale.ROOT);
                    if (name.equals("format")) {
                        return format(visited, operatorTable);
                    }
                    if (name.equals("normalize")) {
                        normalFormAsString(basic);
                    }
                    Optional<SqlOperator> library = operatorTable.libraryOperator(unresolved.getName());
                    library.ifPresent(basic::setOperator);
                    return visited;
                }
                return special(visited, operatorTable).orElseGet(() -> forValidation(visited));
            }
        });
    }

    private static SqlCall forValidation(SqlCall call)
    {
        if (!(call instanceof SqlBasicCall basic)) {
            return call;
        }
        SqlOperator operator = call.getOperator();
        if (call.getKind() == SqlKind.ARRAY_VALUE_CONSTRUCTOR && call.operandCount() == 0) {
            basic.setOperator(EmptyArrayConstructor.INSTANCE);
        }
        else if (operator == SqlStdOperatorTable.PLUS || operator == SqlStdOperatorTable.MINUS) {
            basic.setOperator(operator == SqlStdOperatorTable.PLUS ? PLUS : MINUS);
        }
        else if (operator instanceof SqlCastFunction cast && !(cast instanceof JsonAwareCastFunction)) {
            basic.setOperator(new JsonAwareCastFunction(cast));
        }
        return call;
    }

    private static Optional<SqlNode> special(SqlCall call, TarnOperatorTable operatorTable)
    {
        SqlOperator operator = call.getOperator();
        List<SqlNode> operands = call.getOperandList();
        if (operator == SqlStdOperatorTable.CONCAT) {
            return libraryCall(operatorTable, "concat", call, operands);
        }
        if (operator == SqlStdOperatorTable.SUBSTRING) {
            return libraryCall(operatorTable, "substring", call, operands);
        }
        if (operator.getName().equals("TRANSLATE3")) {
            return libraryCall(operatorTable, "translate", call, operands);
        }
        if ((call.getKind() == SqlKind.CEIL || call.getKind() == SqlKind.FLOOR) && operands.size() == 1) {
            return libraryCall(operatorTable, call.getKind() == SqlKind.CEIL ? "ceil" : "floor", call, operands);
        }
        if (call.getKind() == SqlKind.POSITION && operands.size() == 2) {
            return libraryCall(operatorTable, "strpos", call, List.of(operands.get(1), operands.get(0)));
        }
        if (call.getKind() == SqlKind.TRIM && operands.size() == 3) {
            return trim(call, operatorTable);
        }
        if (call.getKind() == SqlKind.ARRAY_AGG && !operands.isEmpty()) {
            return arrayAggregation(call, operatorTable);
        }
        return Optional.empty();
    }

    /**
     * Calcite fills in {@code ' '} at the call's own position when no characters are given; Trino's
     * {@code trim} without characters removes all whitespace, not only spaces.
     */
    private static Optional<SqlNode> trim(SqlCall call, TarnOperatorTable operatorTable)
    {
        SqlTrimFunction.Flag flag = ((SqlLiteral) call.operand(0)).getValueAs(SqlTrimFunction.Flag.class);
        String name = switch (flag) {
            case BOTH -> "trim";
            case LEADING -> "ltrim";
            case TRAILING -> "rtrim";
        };
        SqlNode characters = call.operand(1);
        SqlNode value = call.operand(2);
        boolean implicitCharacters = characters instanceof SqlCharStringLiteral literal
                && literal.getParserPosition().equals(call.getParserPosition())
                && " ".equals(literal.getValueAs(String.class));
        List<SqlNode> operands = implicitCharacters ? List.of(value) : List.of(value, characters);
        return libraryCall(operatorTable, name, call, operands);
    }

    /**
     * Calcite parses {@code array_agg(x ORDER BY y)} with the ordering as a last operand; it becomes
     * {@code array_agg(x) WITHIN GROUP (ORDER BY y)}.
     */
    private static Optional<SqlNode> arrayAggregation(SqlCall call, TarnOperatorTable operatorTable)
    {
        List<SqlNode> operands = call.getOperandList();
        SqlNode last = operands.get(operands.size() - 1);
        if (!(last instanceof SqlNodeList order)) {
            return libraryCall(operatorTable, "array_agg", call, operands);
        }
        return libraryCall(operatorTable, "array_agg", call, operands.subList(0, operands.size() - 1))
                .map(aggregate -> SqlStdOperatorTable.WITHIN_GROUP.createCall(call.getParserPosition(), aggregate, order));
    }

    private static SqlNode format(SqlCall call, TarnOperatorTable operatorTable)
    {
        List<SqlNode> operands = call.getOperandList();
        if (operands.size() < 2) {
            throw new PositionedSqlException(StandardErrorCode.SYNTAX_ERROR, call.getParserPosition(), "The 'format' function must have at least two arguments");
        }
        List<SqlNode> values = new ArrayList<>(operands.subList(1, operands.size()));
        SqlNode row = SqlStdOperatorTable.ROW.createCall(operands.get(1).getParserPosition(), values);
        return libraryCall(operatorTable, "format", call, List.of(operands.get(0), row)).orElse(call);
    }

    private static void normalFormAsString(SqlBasicCall call)
    {
        if (call.operandCount() == 2 && call.operand(1) instanceof SqlIdentifier identifier && identifier.isSimple()
                && NORMAL_FORMS.contains(identifier.getSimple().toLowerCase(Locale.ROOT))) {
            call.setOperand(1, SqlLiteral.createCharString(identifier.getSimple().toUpperCase(Locale.ROOT), identifier.getParserPosition()));
        }
    }

    private static Optional<SqlNode> libraryCall(TarnOperatorTable operatorTable, String name, SqlCall call, List<SqlNode> operands)
    {
        return operatorTable.libraryOperator(name)
                .map(operator -> operator.createCall(call.getParserPosition(), operands));
    }

    /**
     * The lambda's body with {@code p.field} written as a field access of parameter {@code p}, which
     * Calcite's lambda scope would look up as a parameter named {@code p.field}.
     */
    private static SqlNode parameterFields(SqlLambda lambda)
    {
        Set<String> parameters = new HashSet<>();
        for (SqlNode parameter : lambda.getParameters()) {
            parameters.add(((SqlIdentifier) parameter).getSimple());
        }
        return lambda.getExpression().accept(new SqlShuttle()
        {
            @Override
            public SqlNode visit(SqlIdentifier identifier)
            {
                if (identifier.names.size() < 2 || !parameters.contains(identifier.names.get(0))) {
                    return identifier;
                }
                SqlNode access = new SqlIdentifier(identifier.names.get(0), identifier.getComponentParserPosition(0));
                for (int index = 1; index < identifier.names.size(); index++) {
                    SqlIdentifier field = new SqlIdentifier(identifier.names.get(index), identifier.getComponentParserPosition(index));
                    access = ParameterFieldOperator.INSTANCE.createCall(identifier.getParserPosition(), access, field);
                }
                return access;
            }
        });
    }

    /**
     * Gives validated casts, field accesses and arithmetic back their standard operators, which the conversion
     * to row expressions knows.
     */
    static void restoreCasts(SqlNode node)
    {
        node.accept(new SqlShuttle()
        {
            @Override
            public SqlNode visit(SqlCall call)
            {
                if (call instanceof SqlBasicCall basic && call.getOperator() instanceof JsonAwareCastFunction cast) {
                    basic.setOperator(cast.standard());
                }
                if (call instanceof SqlBasicCall basic && call.getOperator() == ParameterFieldOperator.INSTANCE) {
                    basic.setOperator(SqlStdOperatorTable.DOT);
                }
                if (call instanceof SqlBasicCall basic && call.getOperator() instanceof DatetimeArithmeticOperator arithmetic) {
                    basic.setOperator(arithmetic.standard());
                }
                return super.visit(call);
            }
        });
    }
}
