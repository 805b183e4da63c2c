package io.tarn.engine.plan;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLambda;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.validate.SqlLambdaScope;
import org.apache.calcite.sql.validate.SqlQualified;
import org.apache.calcite.sql.validate.SqlValidatorScope;

/**
 * A lambda's scope in which names other than the lambda's parameters are the enclosing query's, as in
 * Trino ({@code transform(resources, r -> r.type || eventName)}): Calcite 1.42's lambda scope knows only
 * the parameters. {@link TarnSqlToRelConverter} converts such a lambda, whose body then reads the
 * captured columns as input references of the enclosing row.
 */
final class ClosureLambdaScope
        extends SqlLambdaScope
{
    ClosureLambdaScope(SqlValidatorScope parent, SqlLambda lambda)
    {
        super(parent, lambda);
    }

    @Override
    public SqlQualified fullyQualify(SqlIdentifier identifier)
    {
        if (isParameter(identifier)) {
            return super.fullyQualify(identifier);
        }
        return parent.fullyQualify(identifier);
    }

    @Override
    public RelDataType resolveColumn(String columnName, SqlNode context)
    {
        if (isParameter(new SqlIdentifier(columnName, context.getParserPosition()))) {
            return super.resolveColumn(columnName, context);
        }
        return parent.resolveColumn(columnName, context);
    }

    /**
     * Whether a name of the body, as the validator expanded it, is the enclosing query's.
     */
    boolean isCaptured(SqlIdentifier identifier)
    {
        return !isParameter(new SqlIdentifier(identifier.names.get(0), identifier.getParserPosition()));
    }

    SqlValidatorScope enclosing()
    {
        return parent;
    }
}
