package io.tarn.engine.function;

import io.tarn.engine.StandardErrorCode;
import io.tarn.engine.type.TarnTypes;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexCallBinding;
import org.apache.calcite.rex.RexLambda;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLambda;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperatorBinding;
import org.apache.calcite.sql.type.FunctionSqlType;
import org.apache.calcite.sql.util.SqlShuttle;
import org.apache.calcite.sql.validate.SqlLambdaScope;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorScope;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Resolves calls of library functions for Calcite: while validating SQL (typing lambda arguments once
 * their parameter types are known) and while building row expressions.
 */
final class CallTyping
{
    private CallTyping() {}

    /**
     * Resolves a call being validated; lambda arguments are (re)validated with the parameter types the
     * signature gives them. Throws a positioned error naming the function and the argument types when no
     * signature fits.
     */
    static FunctionRegistry.Resolution resolve(FunctionRegistry registry, String name, SqlValidator validator, SqlValidatorScope scope, SqlCall call)
    {
        List<SqlNode> operands = call.getOperandList();
        List<RelDataType> types = new ArrayList<>();
        for (SqlNode operand : operands) {
            types.add(operand instanceof SqlLambda ? null : validator.deriveType(scope, operand));
        }
        SignatureBinder.LambdaTyper typer = (index, parameterTypes) -> typeLambda(validator, (SqlLambda) operands.get(index), parameterTypes);
        return registry.resolve(name, types, validator.getTypeFactory(), typer)
                .orElseThrow(() -> lambdaArityError(registry, name, operands)
                        .orElseGet(() -> new PositionedSqlException(StandardErrorCode.FUNCTION_NOT_FOUND, call.getParserPosition(),
                                unexpectedParameters(registry, name, types))));
    }

    /**
     * As Trino: a lambda whose parameter count no signature of the function takes at its position.
     */
    private static Optional<PositionedSqlException> lambdaArityError(FunctionRegistry registry, String name, List<SqlNode> operands)
    {
        for (int index = 0; index < operands.size(); index++) {
            if (!(operands.get(index) instanceof SqlLambda lambda)) {
                continue;
            }
            int argument = index;
            List<Integer> arities = registry.definitions(name).stream()
                    .filter(definition -> definition.signature().acceptsArgumentCount(operands.size()) && definition.signature().argument(argument).isFunction())
                    .map(definition -> definition.signature().argument(argument).parameters().size() - 1)
                    .distinct()
                    .toList();
            int parameters = lambda.getParameters().size();
            if (arities.size() == 1 && arities.get(0) != parameters) {
                return Optional.of(new PositionedSqlException(StandardErrorCode.INVALID_PARAMETER_USAGE, lambda.getParserPosition(),
                        "Expected a lambda that takes " + arities.get(0) + " argument(s) but got " + parameters));
            }
        }
        return Optional.empty();
    }

    /**
     * Resolves a call whose operands are already typed, as when Calcite builds or simplifies row expressions.
     */
    static FunctionRegistry.Resolution resolve(FunctionRegistry registry, String name, SqlOperatorBinding binding)
    {
        List<RelDataType> types = new ArrayList<>();
        List<RelDataType> lambdaBodies = new ArrayList<>();
        for (int index = 0; index < binding.getOperandCount(); index++) {
            RelDataType type = binding.getOperandType(index);
            RelDataType body = lambdaBodyType(binding, index, type);
            lambdaBodies.add(body);
            types.add(body == null ? type : null);
        }
        return registry.resolve(name, types, binding.getTypeFactory(), (index, parameterTypes) -> lambdaBodies.get(index))
                .orElseThrow(() -> new IllegalStateException("call of " + name + " no longer resolves for " + types));
    }

    private static RelDataType lambdaBodyType(SqlOperatorBinding binding, int index, RelDataType type)
    {
        if (binding instanceof RexCallBinding rexBinding) {
            RexNode operand = rexBinding.operands().get(index);
            if (operand instanceof RexLambda lambda) {
                return lambda.getExpression().getType();
            }
            return null;
        }
        if (type instanceof FunctionSqlType function) {
            return function.getReturnType();
        }
        return null;
    }

    private static RelDataType typeLambda(SqlValidator validator, SqlLambda lambda, List<RelDataType> parameterTypes)
    {
        if (lambda.getParameters().size() != parameterTypes.size()) {
            return null;
        }
        SqlLambdaScope scope = (SqlLambdaScope) validator.getLambdaScope(lambda);
        for (int index = 0; index < parameterTypes.size(); index++) {
            scope.getParameterTypes().put(lambda.getParameters().get(index).toString(), parameterTypes.get(index));
        }
        // Forget types derived with the previous parameter types, then validate the body again.
        lambda.getExpression().accept(new SqlShuttle()
        {
            @Override
            public SqlNode visit(SqlIdentifier identifier)
            {
                validator.removeValidatedNodeType(identifier);
                return identifier;
            }

            @Override
            public SqlNode visit(SqlCall call)
            {
                validator.removeValidatedNodeType(call);
                return super.visit(call);
            }
        });
        validator.removeValidatedNodeType(lambda);
        validator.validateLambda(lambda);
        RelDataType type = validator.getValidatedNodeType(lambda);
        return type instanceof FunctionSqlType function ? function.getReturnType() : type;
    }

    static String unexpectedParameters(FunctionRegistry registry, String name, List<RelDataType> types)
    {
        String actual = types.stream().map(type -> type == null ? "function" : TarnTypes.trinoName(type)).collect(Collectors.joining(", "));
        String expected = registry.definitions(name).stream()
                .map(definition -> definition.signature().toString().replaceAll("\\): .*$", ")"))
                .distinct()
                .collect(Collectors.joining(", "));
        return "Unexpected parameters (" + actual + ") for function " + name + ". Expected: " + expected;
    }
}
