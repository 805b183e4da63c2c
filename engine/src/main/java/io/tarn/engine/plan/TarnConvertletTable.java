package io.tarn.engine.plan;

import io.tarn.engine.function.JsonCastOperator;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql2rel.SqlRexContext;
import org.apache.calcite.sql2rel.SqlRexConvertlet;
import org.apache.calcite.sql2rel.SqlRexConvertletTable;
import org.apache.calcite.sql2rel.StandardConvertletTable;

import java.util.List;

/**
 * Calcite's conversion of SQL calls to row expressions, with these exceptions. Casts to or from json, which
 * Calcite's cast conversion cannot type (it walks source and target types in parallel), become calls of
 * {@link JsonCastOperator}, which the executor runs as casts. {@code IS [NOT] DISTINCT FROM} stays one
 * call rather than Calcite's expansion into {@code CASE} and {@code <>}, which is wrong for arrays, maps and
 * rows with nulls inside and slower than the executor's null-safe comparison. And {@code +} and {@code -}
 * keep the date and time types {@link DatetimeArithmeticOperator} gave them. And {@code avg} and the
 * variance functions over a window stay calls rather than Calcite's expansion into sums and counts.
 */
final class TarnConvertletTable
        implements SqlRexConvertletTable
{
    static final TarnConvertletTable INSTANCE = new TarnConvertletTable();

    private TarnConvertletTable() {}

    @Override
    public SqlRexConvertlet get(SqlCall call)
    {
        if ((call.getKind() == SqlKind.CAST || call.getKind() == SqlKind.SAFE_CAST) && call.operandCount() == 2) {
            return (context, cast) -> {
                // A cast the validator's type coercion added (the items of ARRAY['a', 'bc'] made one length) may
                // have no validated type; such a cast is never a json cast
                RelDataType from = context.getValidator().getValidatedNodeTypeIfKnown(cast.operand(0));
                RelDataType to = context.getValidator().getValidatedNodeTypeIfKnown(cast);
                if (from == null || to == null || !JsonAwareCastFunction.containsJson(from) && !JsonAwareCastFunction.containsJson(to)) {
                    return StandardConvertletTable.INSTANCE.get(cast).convertCall(context, cast);
                }
                RexNode operand = context.convertExpression(cast.operand(0));
                JsonCastOperator operator = cast.getKind() == SqlKind.SAFE_CAST ? JsonCastOperator.TRY_CAST : JsonCastOperator.CAST;
                return context.getRexBuilder().makeCall(to, operator, List.of(operand));
            };
        }
        if ((call.getKind() == SqlKind.IS_DISTINCT_FROM || call.getKind() == SqlKind.IS_NOT_DISTINCT_FROM) && call.operandCount() == 2) {
            return (context, comparison) -> {
                RexNode left = context.convertExpression(comparison.operand(0));
                RexNode right = context.convertExpression(comparison.operand(1));
                RelDataType common = context.getTypeFactory().leastRestrictive(List.of(left.getType(), right.getType()));
                if (common == null) {
                    return StandardConvertletTable.INSTANCE.get(comparison).convertCall(context, comparison);
                }
                RexBuilder builder = context.getRexBuilder();
                return builder.makeCall(comparison.getOperator(), builder.ensureType(common, left, true), builder.ensureType(common, right, true));
            };
        }
        if (call.getKind() == SqlKind.AVG || call.getKind() == SqlKind.STDDEV_POP || call.getKind() == SqlKind.STDDEV_SAMP
                || call.getKind() == SqlKind.VAR_POP || call.getKind() == SqlKind.VAR_SAMP) {
            // In a window, stays one call that the window operator's accumulators run: Calcite's expansion
            // into sums and counts cannot be converted (the SUM inside is not an OVER call).
            return StandardConvertletTable.INSTANCE::convertCall;
        }
        if ((call.getKind() == SqlKind.PLUS || call.getKind() == SqlKind.MINUS) && call.operandCount() == 2) {
            return this::convertArithmetic;
        }
        return StandardConvertletTable.INSTANCE.get(call);
    }

    /**
     * Date and time arithmetic typed as {@link DatetimeArithmeticOperator} typed it when validating.
     */
    private RexNode convertArithmetic(SqlRexContext context, SqlCall call)
    {
        RelDataType type = context.getValidator().getValidatedNodeType(call);
        RelDataType left = context.getValidator().getValidatedNodeType(call.operand(0));
        RelDataType right = context.getValidator().getValidatedNodeType(call.operand(1));
        RexBuilder builder = context.getRexBuilder();
        if (DatetimeArithmeticOperator.isDifference(call.getKind(), left, right)) {
            return builder.makeCall(type, SqlStdOperatorTable.MINUS, List.of(context.convertExpression(call.operand(0)), context.convertExpression(call.operand(1))));
        }
        RexNode converted = StandardConvertletTable.INSTANCE.get(call).convertCall(context, call);
        if (converted instanceof RexCall arithmetic && converted.getType().getSqlTypeName() == type.getSqlTypeName() && converted.getType().getPrecision() != type.getPrecision()) {
            return builder.makeCall(type, arithmetic.getOperator(), arithmetic.getOperands());
        }
        return converted;
    }
}
