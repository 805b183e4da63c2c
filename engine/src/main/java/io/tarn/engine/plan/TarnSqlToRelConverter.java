package io.tarn.engine.plan;

import io.tarn.engine.StandardErrorCode;
import io.tarn.engine.function.PositionedSqlException;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.prepare.Prepare;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLambdaRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLambda;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.apache.calcite.sql.validate.SqlQualified;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql2rel.SqlRexConvertletTable;
import org.apache.calcite.sql2rel.SqlToRelConverter;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Calcite's conversion to relational algebra, plus lambdas that read columns of the enclosing row or
 * parameters of enclosing lambdas ({@link ClosureLambdaScope}): the body is converted with the parameters,
 * its own and the enclosing lambdas', as lambda references numbered outermost first, and each enclosing
 * table, by its alias, as a range of the enclosing input's columns, so that captured columns become input
 * references, which the executor copies to each element.
 */
final class TarnSqlToRelConverter
        extends SqlToRelConverter
{
    private final SqlValidator validator;

    TarnSqlToRelConverter(SqlValidator validator, Prepare.CatalogReader catalogReader, RelOptCluster cluster, SqlRexConvertletTable convertletTable, Config config)
    {
        super((rowType, queryString, schemaPath, viewPath) -> null, validator, catalogReader, cluster, convertletTable, config);
        this.validator = validator;
    }

    @Override
    protected RexNode convertExtendedExpression(SqlNode node, Blackboard enclosing)
    {
        if (!(node instanceof SqlLambda lambda) || !(validator.getLambdaScope(lambda) instanceof ClosureLambdaScope scope)) {
            return null;
        }
        // Each enclosing table is first a range of placeholder references, numbered apart from the other
        // tables'; after conversion each placeholder becomes the column as the enclosing expression reads
        // it, which in a grouped query is the aggregate's output rather than the table's.
        Map<String, RexNode> names = new HashMap<>();
        List<SqlIdentifier> placeholders = new ArrayList<>();
        for (SqlIdentifier identifier : capturedColumns(lambda, scope)) {
            SqlQualified qualified = scope.queryScope().fullyQualify(identifier);
            if (qualified.prefixLength != 1 || qualified.namespace == null) {
                return null;
            }
            String alias = qualified.identifier.names.get(0);
            if (names.containsKey(alias)) {
                continue;
            }
            RelDataType rowType = qualified.namespace.getRowType();
            names.put(alias, rexBuilder.makeRangeReference(rowType, placeholders.size(), false));
            for (RelDataTypeField field : rowType.getFieldList()) {
                placeholders.add(new SqlIdentifier(List.of(alias, field.getName()), identifier.getParserPosition()));
            }
        }
        // The parameters of all lambdas around this one and its own, numbered in that order so that each
        // has its own lambda reference; an inner parameter hides an outer one of the same name.
        List<RexLambdaRef> parameters = new ArrayList<>();
        int index = 0;
        for (ClosureLambdaScope each : scope.lambdaChain()) {
            for (SqlNode parameterNode : ((SqlLambda) each.getNode()).getParameters()) {
                String name = parameterNode.toString();
                RexLambdaRef parameter = new RexLambdaRef(index++, name, each.getParameterTypes().get(name));
                names.put(name, parameter);
                if (each == scope) {
                    parameters.add(parameter);
                }
            }
        }
        Blackboard body = createBlackboard(scope, names, false);
        RexNode expression = body.convertExpression(lambda.getExpression());
        if (!placeholders.isEmpty()) {
            Map<Integer, RexNode> columns = new HashMap<>();
            expression = expression.accept(new RexShuttle()
            {
                @Override
                public RexNode visitInputRef(RexInputRef reference)
                {
                    return columns.computeIfAbsent(reference.getIndex(), placeholder -> enclosingColumn(enclosing, placeholders.get(placeholder)));
                }
            });
        }
        return rexBuilder.makeLambdaCall(expression, parameters);
    }

    /**
     * A column of the enclosing row as the enclosing expression reads it. A column of an outer query, read
     * from a subquery, is refused: Calcite's decorrelation would rewrite the lambda's body into a column of
     * the outer side and lose the lambda's parameters.
     */
    private static RexNode enclosingColumn(Blackboard enclosing, SqlIdentifier column)
    {
        RexNode converted = enclosing.convertExpression(column);
        if (RexUtil.containsCorrelation(converted)) {
            throw new PositionedSqlException(StandardErrorCode.NOT_SUPPORTED, column.getParserPosition(),
                    "A lambda expression in a subquery cannot read columns of the outer query: " + column.names.get(column.names.size() - 1));
        }
        return converted;
    }

    /**
     * A join whose condition has a lambda that reads columns: Calcite moves the parts of the condition that
     * read one side below the join, and finds the columns a part reads without looking into lambdas
     * (see {@link CapturedColumns}).
     */
    @Override
    protected RelNode createJoin(Blackboard bb, RelNode leftRel, RelNode rightRel, RexNode joinCond, JoinRelType joinType)
    {
        return super.createJoin(bb, leftRel, rightRel, CapturedColumns.wrap(rexBuilder, joinCond), joinType);
    }

    /**
     * The names of a lambda's body, including those of lambdas inside it, that are columns of the
     * enclosing query.
     */
    private List<SqlIdentifier> capturedColumns(SqlLambda lambda, ClosureLambdaScope scope)
    {
        List<SqlIdentifier> captured = new ArrayList<>();
        Deque<ClosureLambdaScope> scopes = new ArrayDeque<>();
        scopes.push(scope);
        lambda.getExpression().accept(new SqlBasicVisitor<Void>()
        {
            @Override
            public Void visit(SqlIdentifier identifier)
            {
                if (scopes.peek().isColumn(identifier)) {
                    captured.add(identifier);
                }
                return null;
            }

            @Override
            public Void visit(SqlCall call)
            {
                if (call.getOperator() instanceof ParameterFieldOperator || call.getKind() == SqlKind.DOT) {
                    // p.field, x.field: the field's name is no column
                    return call.operand(0).accept(this);
                }
                if (call instanceof SqlLambda nested && validator.getLambdaScope(nested) instanceof ClosureLambdaScope nestedScope) {
                    scopes.push(nestedScope);
                    nested.getExpression().accept(this);
                    scopes.pop();
                    return null;
                }
                return super.visit(call);
            }
        });
        return captured;
    }
}
