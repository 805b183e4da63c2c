package io.tarn.engine.plan;

import io.tarn.engine.function.TarnOperatorTable;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLambda;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.fun.SqlCastFunction;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.util.SqlShuttle;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Points calls of library functions at the library's operators before validation, so that the validator
 * types them (and their lambda arguments) through the library's signatures rather than Calcite's generic
 * function lookup. Casts get {@link JsonAwareCastFunction} for validation ({@link #restoreCasts} undoes it).
 */
final class LibraryFunctionBinder
{
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
                if (visited != null && visited.getOperator() instanceof SqlUnresolvedFunction unresolved && visited instanceof SqlBasicCall basic) {
                    Optional<SqlOperator> library = operatorTable.libraryOperator(unresolved.getName());
                    library.ifPresent(basic::setOperator);
                }
                if (visited instanceof SqlBasicCall basic && visited.getKind() == SqlKind.ARRAY_VALUE_CONSTRUCTOR && visited.operandCount() == 0) {
                    basic.setOperator(EmptyArrayConstructor.INSTANCE);
                }
                if (visited instanceof SqlBasicCall basic && (visited.getOperator() == SqlStdOperatorTable.PLUS || visited.getOperator() == SqlStdOperatorTable.MINUS)) {
                    basic.setOperator(visited.getOperator() == SqlStdOperatorTable.PLUS ? PLUS : MINUS);
                }
                if (visited instanceof SqlBasicCall basic && visited.getOperator() == SqlStdOperatorTable.CONCAT) {
                    // As in Trino, a || b is concat(a, b): strings, arrays, and an array with an element.
                    operatorTable.libraryOperator("concat").ifPresent(basic::setOperator);
                }
                if (visited instanceof SqlBasicCall basic && visited.getOperator() instanceof SqlCastFunction cast && !(cast instanceof JsonAwareCastFunction)) {
                    basic.setOperator(new JsonAwareCastFunction(cast));
                }
                return visited;
            }
        });
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
