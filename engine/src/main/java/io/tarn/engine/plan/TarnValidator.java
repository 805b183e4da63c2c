package io.tarn.engine.plan;

import org.apache.calcite.config.NullCollation;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlLambda;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlLambdaScope;
import org.apache.calcite.sql.validate.SqlValidatorCatalogReader;
import org.apache.calcite.sql.validate.SqlValidatorImpl;
import org.apache.calcite.sql.validate.SqlValidatorNamespace;
import org.apache.calcite.sql.validate.SqlValidatorScope;

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
            SqlValidatorScope parent = enclosing == null ? scope.getParent() : enclosing;
            ClosureLambdaScope closure = new ClosureLambdaScope(parent, lambda);
            scopes.put(lambda, closure);
            for (SqlLambda nested : ClosureLambdaScope.nestedLambdas(lambda.getExpression())) {
                enclosingLambdaScopes.put(nested, closure);
            }
        }
        super.registerNamespace(usingScope, alias, namespace, forceNullable);
    }
}
