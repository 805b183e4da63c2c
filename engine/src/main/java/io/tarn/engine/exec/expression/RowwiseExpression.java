package io.tarn.engine.exec.expression;

import com.google.common.collect.ImmutableList;
import io.tarn.engine.exec.Batches;
import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.PhysicalType;
import io.tarn.engine.exec.Values;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import org.apache.calcite.rel.type.RelDataType;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The slow path for functions that are not worth a vector kernel: per live row, reads the arguments as Java
 * values, calls the function, writes the result. By default a null argument gives a null result without a
 * call, as for most SQL functions.
 */
public final class RowwiseExpression
        implements VectorExpression
{
    private final List<VectorExpression> arguments;
    private final List<RelDataType> argumentTypes;
    private final RelDataType type;
    private final RowFunction function;
    private final boolean calledOnNullInput;
    private ColumnVector result;

    /**
     * A function of Java values (see {@link Values} for the Java form of each type).
     */
    @FunctionalInterface
    public interface RowFunction
    {
        Object apply(Object[] arguments, ExecutionContext context);
    }

    public RowwiseExpression(List<VectorExpression> arguments, RelDataType type, RowFunction function, boolean calledOnNullInput)
    {
        this.arguments = ImmutableList.copyOf(requireNonNull(arguments, "arguments is null"));
        this.argumentTypes = this.arguments.stream().map(VectorExpression::type).toList();
        this.type = requireNonNull(type, "type is null");
        this.function = requireNonNull(function, "function is null");
        this.calledOnNullInput = calledOnNullInput;
    }

    @Override
    public RelDataType type()
    {
        return type;
    }

    @Override
    public ColumnVector evaluate(ColumnBatch batch, ExecutionContext context)
    {
        ColumnVector[] inputs = new ColumnVector[arguments.size()];
        for (int index = 0; index < inputs.length; index++) {
            inputs[index] = arguments.get(index).evaluate(batch, context);
        }
        if (result == null) {
            result = PhysicalType.newVector(type, Batches.positionLimit(batch));
        }
        Batches.prepare(result, batch);
        Object[] values = new Object[inputs.length];
        for (int row = 0; row < batch.size(); row++) {
            int position = batch.position(row);
            boolean anyNull = false;
            for (int index = 0; index < inputs.length; index++) {
                values[index] = Values.read(inputs[index], position, argumentTypes.get(index));
                anyNull |= values[index] == null;
            }
            Object value = anyNull && !calledOnNullInput ? null : function.apply(values, context);
            Values.write(result, position, type, value);
        }
        return result;
    }
}
