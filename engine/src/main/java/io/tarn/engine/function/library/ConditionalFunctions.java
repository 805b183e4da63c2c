package io.tarn.engine.function.library;

import io.tarn.engine.exec.Batches;
import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.PhysicalType;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.engine.exec.expression.CaseExpression;
import io.tarn.engine.exec.expression.Constant;
import io.tarn.engine.function.FunctionRegistry;
import io.tarn.engine.function.ScalarCall;
import io.tarn.engine.function.Scalars;
import io.tarn.engine.type.TarnTypes;
import io.tarn.error.TarnException;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static io.tarn.engine.StandardErrorCode.DIVISION_BY_ZERO;
import static io.tarn.engine.StandardErrorCode.FUNCTION_NOT_FOUND;
import static io.tarn.engine.StandardErrorCode.INVALID_CAST_ARGUMENT;
import static io.tarn.engine.StandardErrorCode.INVALID_FUNCTION_ARGUMENT;
import static io.tarn.engine.StandardErrorCode.NOT_SUPPORTED;
import static io.tarn.engine.StandardErrorCode.NUMERIC_VALUE_OUT_OF_RANGE;
import static java.util.Objects.requireNonNull;

/**
 * {@code if} and {@code try}, which need control over how their arguments are evaluated, and {@code greatest}
 * and {@code least}.
 */
final class ConditionalFunctions
{
    /**
     * The errors {@code try} turns into null, as in Trino.
     */
    private static final Set<String> CAUGHT = Set.of(
            INVALID_FUNCTION_ARGUMENT.name(), DIVISION_BY_ZERO.name(), INVALID_CAST_ARGUMENT.name(), NUMERIC_VALUE_OUT_OF_RANGE.name());

    private ConditionalFunctions() {}

    static void register(FunctionRegistry.Builder functions)
    {
        functions.scalar("if(boolean, T): T", "The value if the condition is true, else null", call ->
                new CaseExpression(List.of(call.argument(0)), List.of(call.argument(1)), new Constant(null, call.returnType()), call.returnType()));
        functions.scalar("if(boolean, T, T): T", "The second argument if the condition is true, else the third", call ->
                new CaseExpression(List.of(call.argument(0)), List.of(call.argument(1)), call.argument(2), call.returnType()));
        functions.scalar("try(T): T", "The value, or null if evaluating it fails with a data error", Try::new);
        functions.scalar("greatest(E...): E", "The largest argument", call -> extreme(call, true));
        functions.scalar("least(E...): E", "The smallest argument", call -> extreme(call, false));
    }

    /**
     * {@code greatest} and {@code least}: null if any argument is null; NaN loses to every number; maps are
     * not orderable.
     */
    private static VectorExpression extreme(ScalarCall call, boolean greatest)
    {
        SqlTypeName type = call.returnType().getSqlTypeName();
        if (type == SqlTypeName.MAP || TarnTypes.isJson(call.returnType())) {
            String name = greatest ? "greatest" : "least";
            String types = call.arguments().stream().map(argument -> TarnTypes.trinoName(argument.type())).collect(Collectors.joining(", "));
            throw new TarnException(FUNCTION_NOT_FOUND,
                    "Unexpected parameters (" + types + ") for function " + name + ". Expected: " + name + "(E) E:orderable");
        }
        return Scalars.rowwise((arguments, context) -> {
            Object best = null;
            for (Object value : arguments) {
                if (value instanceof Double number && number.isNaN()) {
                    continue;
                }
                if (value instanceof List<?> list && list.contains(null)) {
                    throw new TarnException(NOT_SUPPORTED, "ARRAY comparison not supported for arrays with null elements");
                }
                if (best == null) {
                    best = value;
                    continue;
                }
                int comparison = Comparisons.compare(value, best);
                if (greatest ? comparison > 0 : comparison < 0) {
                    best = value;
                }
            }
            return best == null ? arguments[0] : best;
        }).bind(call);
    }


    /**
     * Evaluates the whole batch; if that fails with a data error, evaluates row by row and nulls the rows
     * that fail.
     */
    private static final class Try
            implements VectorExpression
    {
        private final VectorExpression argument;
        private final RelDataType type;
        private ColumnVector result;

        Try(ScalarCall call)
        {
            this.argument = requireNonNull(call.argument(0), "argument is null");
            this.type = call.returnType();
        }

        @Override
        public RelDataType type()
        {
            return type;
        }

        @Override
        public ColumnVector evaluate(ColumnBatch batch, ExecutionContext context)
        {
            try {
                return argument.evaluate(batch, context);
            }
            catch (TarnException e) {
                if (!CAUGHT.contains(e.getErrorCode().name())) {
                    throw e;
                }
            }
            if (result == null) {
                result = PhysicalType.newVector(type, Batches.positionLimit(batch));
            }
            Batches.prepare(result, batch);
            for (int row = 0; row < batch.size(); row++) {
                int position = batch.position(row);
                try {
                    ColumnVector value = argument.evaluate(Batches.withSelection(batch, new int[] {position}, 1), context);
                    result.copyFrom(value, position, position);
                }
                catch (TarnException e) {
                    if (!CAUGHT.contains(e.getErrorCode().name())) {
                        throw e;
                    }
                    result.setNull(position);
                }
            }
            return result;
        }
    }
}
