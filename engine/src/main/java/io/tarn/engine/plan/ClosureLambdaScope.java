package io.tarn.engine.plan;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLambda;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.apache.calcite.sql.validate.SqlLambdaScope;
import org.apache.calcite.sql.validate.SqlQualified;
import org.apache.calcite.sql.validate.SqlValidatorScope;

import java.util.ArrayList;
import java.util.List;

/**
 * A lambda's scope in which names other than the lambda's parameters are the enclosing lambda's, if the
 * lambda is inside another one, and finally the enclosing query's, as in Trino
 * ({@code transform(resources, r -> r.type || eventName)},
 * {@code transform(a, x -> transform(b, y -> x + y))}): Calcite 1.42's lambda scope knows only the
 * parameters. {@link TarnSqlToRelConverter} converts such a lambda, whose body then reads the captured
 * columns as input references of the enclosing row and the enclosing lambdas' parameters as lambda
 * references numbered after theirs (see {@link #lambdaChain()}).
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
        if (isOwnParameter(identifier)) {
            return super.fullyQualify(identifier);
        }
        return parent.fullyQualify(identifier);
    }

    @Override
    public RelDataType resolveColumn(String columnName, SqlNode context)
    {
        if (isOwnParameter(new SqlIdentifier(columnName, context.getParserPosition()))) {
            return super.resolveColumn(columnName, context);
        }
        return parent.resolveColumn(columnName, context);
    }

    /**
     * Whether a name is a parameter of this lambda or of a lambda around it: the aggregate checker asks,
     * and leaves such names alone in a grouped query.
     */
    @Override
    public boolean isParameter(SqlIdentifier identifier)
    {
        SqlIdentifier first = new SqlIdentifier(identifier.names.get(0), identifier.getParserPosition());
        for (ClosureLambdaScope scope = this; scope != null; scope = scope.enclosingLambda()) {
            if (scope.isOwnParameter(first)) {
                return true;
            }
        }
        return false;
    }

    private boolean isOwnParameter(SqlIdentifier identifier)
    {
        return super.isParameter(identifier);
    }

    /**
     * Whether a name of the body, as the validator expanded it, is a column of the enclosing query rather
     * than a parameter of this lambda or of a lambda around it.
     */
    boolean isColumn(SqlIdentifier identifier)
    {
        return !isParameter(identifier);
    }

    /**
     * The scope of the query the lambda is in, outside all lambdas.
     */
    SqlValidatorScope queryScope()
    {
        return parent instanceof ClosureLambdaScope enclosing ? enclosing.queryScope() : parent;
    }

    /**
     * The scope of the lambda this one is inside, or null.
     */
    ClosureLambdaScope enclosingLambda()
    {
        return parent instanceof ClosureLambdaScope enclosing ? enclosing : null;
    }

    /**
     * The scopes of the lambdas around this one and this one's, outermost first.
     */
    List<ClosureLambdaScope> lambdaChain()
    {
        List<ClosureLambdaScope> chain = new ArrayList<>();
        for (ClosureLambdaScope scope = this; scope != null; scope = scope.enclosingLambda()) {
            chain.add(0, scope);
        }
        return chain;
    }

    /**
     * The lambdas directly inside an expression, not those inside them.
     */
    static List<SqlLambda> nestedLambdas(SqlNode expression)
    {
        List<SqlLambda> lambdas = new ArrayList<>();
        expression.accept(new SqlBasicVisitor<Void>()
        {
            @Override
            public Void visit(SqlCall call)
            {
                if (call instanceof SqlLambda lambda) {
                    lambdas.add(lambda);
                    return null;
                }
                return super.visit(call);
            }
        });
        return lambdas;
    }
}
