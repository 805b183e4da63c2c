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
        return call -> new StringKernel(call.argument(0), call.returnType(), function);
    }

    public static ScalarImplementation varcharToBigint(ToLongFunction<String> function)
    {
        return call -> new StringToLongKernel(call.argument(0), call.returnType(), function);
    }

    public static ScalarImplementation varcharToBoolean(Predicate<String> function)
    {
        return call -> new StringToBooleanKernel(call.argument(0), call.returnType(), function);
    }

    private static final class StringKernel
            implements VectorExpression
    {
        private final VectorExpression argument;
        private final RelDataType type;
        private final UnaryOperator<String> function;
        private final BytesVector result = new BytesVector(1024);

        StringKernel(VectorExpression argument, RelDataType type, UnaryOperator<String> function)
        {
            this.argument = requireNonNull(argument, "argument is null");
            this.type = requireNonNull(type, "type is null");
            this.function = requireNonNull(function, "function is null");
        }

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
                String value = function.apply(input.getString(position));
                if (value == null) {
                    result.setNull(position);
                    continue;
                }
                byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
                result.setReference(position, bytes, 0, bytes.length);
            }
            return result;
        }
    }

    private static final class StringToLongKernel
            implements VectorExpression
    {
        private final VectorExpression argument;
        private final RelDataType type;
        private final ToLongFunction<String> function;
        private final LongVector result = new LongVector(1024);

        StringToLongKernel(VectorExpression argument, RelDataType type, ToLongFunction<String> function)
        {
            this.argument = requireNonNull(argument, "argument is null");
            this.type = requireNonNull(type, "type is null");
            this.function = requireNonNull(function, "function is null");
        }

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
                result.values[position] = function.applyAsLong(input.getString(position));
            }
            return result;
        }
    }

    private static final class StringToBooleanKernel
            implements VectorExpression
    {
        private final VectorExpression argument;
        private final RelDataType type;
        private final Predicate<String> function;
        private final BooleanVector result = new BooleanVector(1024);

        StringToBooleanKernel(VectorExpression argument, RelDataType type, Predicate<String> function)
        {
            this.argument = requireNonNull(argument, "argument is null");
            this.type = requireNonNull(type, "type is null");
            this.function = requireNonNull(function, "function is null");
        }

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
                result.values[position] = function.test(input.getString(position));
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
