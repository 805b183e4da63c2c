package io.tarn.engine.function;

import io.tarn.engine.exec.Batches;
import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.engine.exec.expression.RowwiseExpression;
import io.tarn.storage.vector.BooleanVector;
import io.tarn.storage.vector.BytesVector;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.LongVector;
import org.apache.calcite.rel.type.RelDataType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

import static java.util.Objects.requireNonNull;

/**
 * Ways to write scalar functions. {@link #rowwise} takes a function of Java values (see
 * {@link io.tarn.engine.exec.Values}) and is right for most functions; the typed adapters
 * ({@link #varcharToVarchar}, {@link #varcharToBigint}, ...) skip the generic value conversion for common
 * shapes; hot functions implement {@link ScalarImplementation} with their own vector loop. By default a
 * null argument gives a null result without calling the function.
 */
public final class Scalars
{
    private Scalars() {}

    /**
     * A function of Java argument values (already coerced to the signature's types).
     */
    @FunctionalInterface
    public interface ValueFunction
    {
        Object apply(Object[] arguments, ExecutionContext context);
    }

    public static ScalarImplementation rowwise(ValueFunction function)
    {
        return call -> new RowwiseExpression(call.arguments(), call.returnType(), function::apply, false);
    }

    /**
     * Like {@link #rowwise} but called even when arguments are null ({@code coalesce}-like functions,
     * {@code concat_ws}, ...).
     */
    public static ScalarImplementation rowwiseOnNulls(ValueFunction function)
    {
        return call -> new RowwiseExpression(call.arguments(), call.returnType(), function::apply, true);
    }

    public static ScalarImplementation unary(Function<Object, Object> function)
    {
        return rowwise((arguments, context) -> function.apply(arguments[0]));
    }

    public static ScalarImplementation binary(BiFunction<Object, Object, Object> function)
    {
        return rowwise((arguments, context) -> function.apply(arguments[0], arguments[1]));
    }

    public static ScalarImplementation varcharToVarchar(UnaryOperator<String> function)
    {
        requireNonNull(function, "function is null");
        return call -> new VarcharKernel<>(call.argument(0), call.returnType(), new BytesVector(1024))
        {
            @Override
            void store(BytesVector result, int position, String value)
            {
                String output = function.apply(value);
                if (output == null) {
                    result.setNull(position);
                    return;
                }
                byte[] bytes = output.getBytes(StandardCharsets.UTF_8);
                result.setReference(position, bytes, 0, bytes.length);
            }
        };
    }

    public static ScalarImplementation varcharToBigint(ToLongFunction<String> function)
    {
        requireNonNull(function, "function is null");
        return call -> new VarcharKernel<>(call.argument(0), call.returnType(), new LongVector(1024))
        {
            @Override
            void store(LongVector result, int position, String value)
            {
                result.values[position] = function.applyAsLong(value);
            }
        };
    }

    public static ScalarImplementation varcharToBoolean(Predicate<String> function)
    {
        requireNonNull(function, "function is null");
        return call -> new VarcharKernel<>(call.argument(0), call.returnType(), new BooleanVector(1024))
        {
            @Override
            void store(BooleanVector result, int position, String value)
            {
                result.values[position] = function.test(value);
            }
        };
    }

    /**
     * The loop shared by the typed adapters: decodes each non-null varchar once and lets the subclass
     * store the function's result, so the adapters differ only in the result vector they fill.
     */
    private abstract static class VarcharKernel<V extends ColumnVector>
            implements VectorExpression
    {
        private final VectorExpression argument;
        private final RelDataType type;
        private final V result;

        VarcharKernel(VectorExpression argument, RelDataType type, V result)
        {
            this.argument = requireNonNull(argument, "argument is null");
            this.type = requireNonNull(type, "type is null");
            this.result = requireNonNull(result, "result is null");
        }

        abstract void store(V result, int position, String value);

        @Override
        public RelDataType type()
        {
            return type;
        }

        @Override
        public ColumnVector evaluate(ColumnBatch batch, ExecutionContext context)
        {
            BytesVector input = (BytesVector) argument.evaluate(batch, context);
            Batches.prepare(result, batch);
            for (int row = 0; row < batch.size(); row++) {
                int position = batch.position(row);
                if (input.isNull(position)) {
                    result.setNull(position);
                    continue;
                }
                store(result, position, input.getString(position));
            }
            return result;
        }
    }

    /**
     * The arguments of a call as a list, for implementations that build their own expression.
     */
    public static List<VectorExpression> arguments(ScalarCall call)
    {
        return call.arguments();
    }
}
