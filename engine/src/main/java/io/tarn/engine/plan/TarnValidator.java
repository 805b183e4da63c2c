package io.tarn.engine.plan;

import io.tarn.engine.StandardErrorCode;
import io.tarn.engine.function.PositionedSqlException;
import org.apache.calcite.config.NullCollation;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLambda;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.SqlSyntax;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlLambdaScope;
import org.apache.calcite.sql.validate.SqlValidatorCatalogReader;
import org.apache.calcite.sql.validate.SqlValidatorImpl;
import org.apache.calcite.sql.validate.SqlValidatorNamespace;
import org.apache.calcite.sql.validate.SqlValidatorScope;
import org.apache.calcite.util.Litmus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Calcite's validator configured as Trino behaves: its conformance, nulls sorted last in both directions,
 * identifiers expanded so plans name columns fully. When a statement is executed with parameter values, a
 * parameter whose type its context does not determine ({@code ? || 'x'}, {@code SELECT ?}) takes the type of
 * its value, as Trino types a parameter by its value.
 */
final class TarnValidator
        extends SqlValidatorImpl
{
    private final List<RelDataType> parameterValueTypes;
    private final Map<SqlLambda, ClosureLambdaScope> enclosingLambdaScopes = new IdentityHashMap<>();
    private final List<ClosureLambdaScope> lambdaScopes = new ArrayList<>();

    TarnValidator(SqlOperatorTable operatorTable, SqlValidatorCatalogReader catalogReader, RelDataTypeFactory typeFactory, List<RelDataType> parameterValueTypes)
    {
        super(operatorTable, catalogReader, typeFactory, SqlValidator.Config.DEFAULT
                .withConformance(TrinoConformance.INSTANCE)
                .withIdentifierExpansion(true)
                .withDefaultNullCollation(NullCollation.LAST)
                .withTypeCoercionEnabled(true)
                .withTypeCoercionFactory(TarnTypeCoercion::new)
                .withCallRewrite(true));
        // Elements may be null (a NULL value has no type)
        this.parameterValueTypes = Collections.unmodifiableList(new ArrayList<>(requireNonNull(parameterValueTypes, "parameterValueTypes is null")));
    }

    @Override
    protected void inferUnknownTypes(RelDataType inferredType, SqlValidatorScope scope, SqlNode node)
    {
        if (node instanceof SqlDynamicParam parameter && inferredType.equals(unknownType) && parameter.getIndex() < parameterValueTypes.size()) {
            RelDataType valueType = parameterValueTypes.get(parameter.getIndex());
            if (valueType != null) {
                setValidatedNodeType(node, getTypeFactory().createTypeWithNullability(valueType, true));
                return;
            }
        }
        super.inferUnknownTypes(inferredType, scope, node);
    }

    /**
     * Replaces Calcite's scope of each lambda, which the validator has just registered, by one that lets
     * the body read the enclosing query's columns and, in a lambda inside a lambda, the enclosing lambdas'
     * parameters: Calcite registers a nested lambda in the query's scope, so its scope's parent becomes the
     * enclosing lambda's scope, which the validator registered just before.
     */
    @Override
    protected void registerNamespace(SqlValidatorScope usingScope, String alias, SqlValidatorNamespace namespace, boolean forceNullable)
    {
        if (namespace.getNode() instanceof SqlLambda lambda && scopes.get(lambda) instanceof SqlLambdaScope scope && !(scope instanceof ClosureLambdaScope)) {
            ClosureLambdaScope enclosing = enclosingLambdaScopes.get(lambda);
            if (enclosing == null) {
                checkScalar(lambda);
            }
            SqlValidatorScope parent = enclosing == null ? scope.getParent() : enclosing;
            ClosureLambdaScope closure = new ClosureLambdaScope(parent, lambda);
            scopes.put(lambda, closure);
            lambdaScopes.add(closure);
            for (SqlLambda nested : ClosureLambdaScope.nestedLambdas(lambda.getExpression())) {
                enclosingLambdaScopes.put(nested, closure);
            }
        }
        super.registerNamespace(usingScope, alias, namespace, forceNullable);
    }

    /**
     * The scope of a lambda, also of a copy of a validated one: Calcite expands an ORDER BY expression
     * ({@code ORDER BY reduce(a, 0, (s, x) -> s + cardinality(a), s -> s)}) into a copy of it, with copies
     * of its lambdas, which it registers no scope for, when it validates the statement and again when it
     * converts it. A copy keeps its lambda's position and its parameters, which identify the lambda; it gets the lambda's
     * scope and namespace.
     */
    @Override
    public SqlValidatorScope getLambdaScope(SqlLambda node)
    {
        if (scopes.get(node) == null && !node.getParserPosition().equals(SqlParserPos.ZERO)) {
            List<ClosureLambdaScope> candidates = lambdaScopes.stream()
                    .filter(scope -> scope.getNode().getParserPosition().equals(node.getParserPosition())
                            && ((SqlLambda) scope.getNode()).getParameters().equalsDeep(node.getParameters(), Litmus.IGNORE))
                    .toList();
            if (candidates.size() == 1) {
                SqlNode original = candidates.get(0).getNode();
                scopes.put(node, candidates.get(0));
                namespaces.put(node, requireNonNull(getNamespace(original), "namespace is null"));
            }
        }
        return super.getLambdaScope(node);
    }

    /**
     * As Trino: a lambda's body, including the lambdas inside it, has no aggregations, window functions or
     * grouping operations ({@code transform(a, x -> count(*))}).
     */
    private void checkScalar(SqlLambda lambda)
    {
        List<SqlCall> found = new ArrayList<>();
        lambda.getExpression().accept(new SqlBasicVisitor<Void>()
        {
            @Override
            public Void visit(SqlCall call)
            {
                if (isAggregation(call)) {
                    found.add(call);
                    return null;
                }
                return super.visit(call);
            }
        });
        if (!found.isEmpty()) {
            throw new PositionedSqlException(StandardErrorCode.EXPRESSION_NOT_SCALAR, lambda.getExpression().getParserPosition(),
                    "Lambda expression cannot contain aggregations, window functions or grouping operations: " + found);
        }
    }

    private boolean isAggregation(SqlCall call)
    {
        SqlOperator operator = call.getOperator();
        if (operator.isAggregator() || call.getKind() == SqlKind.OVER || SqlKind.GROUPING == call.getKind() || call.getKind() == SqlKind.FILTER || call.getKind() == SqlKind.WITHIN_GROUP) {
            return true;
        }
        if (!(operator instanceof SqlUnresolvedFunction)) {
            return false;
        }
        List<SqlOperator> overloads = new ArrayList<>();
        getOperatorTable().lookupOperatorOverloads(operator.getNameAsId(), SqlFunctionCategory.USER_DEFINED_FUNCTION, SqlSyntax.FUNCTION, overloads, getCatalogReader().nameMatcher());
        return overloads.stream().anyMatch(SqlOperator::isAggregator);
    }
}
