package io.tarn.engine.plan;

import org.apache.calcite.config.NullCollation;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.SqlLambda;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorCatalogReader;
import org.apache.calcite.sql.validate.SqlLambdaScope;
import org.apache.calcite.sql.validate.SqlValidatorImpl;
import org.apache.calcite.sql.validate.SqlValidatorNamespace;
import org.apache.calcite.sql.validate.SqlValidatorScope;

/**
 * Calcite's validator configured as Trino behaves: its conformance, nulls sorted last in both directions,
 * identifiers expanded so plans name columns fully.
 */
final class TarnValidator
        extends SqlValidatorImpl
{
    TarnValidator(SqlOperatorTable operatorTable, SqlValidatorCatalogReader catalogReader, RelDataTypeFactory typeFactory)
    {
        super(operatorTable, catalogReader, typeFactory, SqlValidator.Config.DEFAULT
                .withConformance(TrinoConformance.INSTANCE)
                .withIdentifierExpansion(true)
                .withDefaultNullCollation(NullCollation.LAST)
                .withTypeCoercionEnabled(true)
                .withTypeCoercionFactory(TarnTypeCoercion::new)
                .withCallRewrite(true));
    }

    /**
     * Replaces Calcite's scope of each lambda, which the validator has just registered, by one that lets
     * the body read the enclosing query's columns.
     */
    @Override
    protected void registerNamespace(SqlValidatorScope usingScope, String alias, SqlValidatorNamespace namespace, boolean forceNullable)
    {
        if (namespace.getNode() instanceof SqlLambda lambda && scopes.get(lambda) instanceof SqlLambdaScope scope && !(scope instanceof ClosureLambdaScope)) {
            scopes.put(lambda, new ClosureLambdaScope(scope.getParent(), lambda));
        }
        super.registerNamespace(usingScope, alias, namespace, forceNullable);
    }
}
