package io.tarn.engine.plan;

import io.tarn.engine.function.JsonCastOperator;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql2rel.SqlRexContext;
import org.apache.calcite.sql2rel.SqlRexConvertlet;
import org.apache.calcite.sql2rel.SqlRexConvertletTable;
import org.apache.calcite.sql2rel.StandardConvertletTable;

import java.util.List;

/**
 * Calcite's conversion of SQL calls to row expressions, except casts to or from json, which Calcite's cast
 * conversion cannot type (it walks source and target types in parallel): they become calls of
 * {@link JsonCastOperator}, which the executor runs as casts.
 */
final class JsonCastConvertletTable
        implements SqlRexConvertletTable
{
    static final JsonCastConvertletTable INSTANCE = new JsonCastConvertletTable();

    private JsonCastConvertletTable() {}

    @Override
    public SqlRexConvertlet get(SqlCall call)
    {
        if ((call.getKind() == SqlKind.CAST || call.getKind() == SqlKind.SAFE_CAST) && call.operandCount() == 2) {
            return (context, cast) -> {
                RelDataType from = context.getValidator().getValidatedNodeType(cast.operand(0));
                RelDataType to = context.getValidator().getValidatedNodeType(cast);
                if (!JsonAwareCastFunction.containsJson(from) && !JsonAwareCastFunction.containsJson(to)) {
                    return StandardConvertletTable.INSTANCE.get(cast).convertCall(context, cast);
                }
                RexNode operand = context.convertExpression(cast.operand(0));
                JsonCastOperator operator = cast.getKind() == SqlKind.SAFE_CAST ? JsonCastOperator.TRY_CAST : JsonCastOperator.CAST;
                return context.getRexBuilder().makeCall(to, operator, List.of(operand));
            };
        }
        return StandardConvertletTable.INSTANCE.get(call);
    }
}
