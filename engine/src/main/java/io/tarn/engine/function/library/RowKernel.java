package io.tarn.engine.function.library;

import com.google.common.collect.ImmutableList;
import io.tarn.engine.exec.Batches;
import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.PhysicalType;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.engine.function.ScalarCall;
import io.tarn.engine.function.ScalarImplementation;
import io.tarn.storage.vector.ArrayVector;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.MapVector;
import org.apache.calcite.rel.type.RelDataType;

import java.util.List;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * A scalar function computed straight from the argument vectors, one live row at a time, without converting
 * values to Java objects: string functions read UTF-8 bytes in place and may answer with a reference into
 * their input. A row with a null argument gives null without a call.
 */
final class RowKernel
        implements VectorExpression
{
    /**
     * Computes the value of one row into the result vector (or sets it null); {@code output} holds bytes of
     * new values until the next batch.
     */
    @FunctionalInterface
    interface Body
    {
        void compute(ColumnVector[] arguments, int position, ColumnVector result, ByteOutput output);
    }

    private final List<VectorExpression> arguments;
    private final RelDataType type;
    private final Body body;
    private final ByteOutput output = new ByteOutput();
    private ColumnVector result;

    RowKernel(List<VectorExpression> arguments, RelDataType type, Body body)
    {
        this.arguments = ImmutableList.copyOf(requireNonNull(arguments, "arguments is null"));
        this.type = requireNonNull(type, "type is null");
        this.body = requireNonNull(body, "body is null");
    }

    static ScalarImplementation of(Body body)
    {
        return call -> new RowKernel(call.arguments(), call.returnType(), body);
    }

    /**
     * A kernel whose body depends on the call, for instance on an argument that is a constant.
     */
    static ScalarImplementation of(Function<ScalarCall, Body> body)
    {
        return call -> new RowKernel(call.arguments(), call.returnType(), body.apply(call));
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
        boolean anyNulls = false;
        for (int index = 0; index < inputs.length; index++) {
            inputs[index] = arguments.get(index).evaluate(batch, context);
            anyNulls |= !inputs[index].noNulls;
        }
        if (result == null) {
            result = PhysicalType.newVector(type, Batches.positionLimit(batch));
        }
        Batches.prepare(result, batch);
        output.reset();
        for (int row = 0; row < batch.size(); row++) {
            int position = batch.position(row);
            if (anyNulls && anyNull(inputs, position)) {
                setNull(result, position);
                continue;
            }
            body.compute(inputs, position, result, output);
        }
        return result;
    }

    /**
     * A null that leaves nested vectors consistent: an empty range at the current end of the elements.
     */
    static void setNull(ColumnVector result, int position)
    {
        result.setNull(position);
        if (result instanceof ArrayVector arrays) {
            arrays.offsets[position] = arrays.elementCount;
            arrays.lengths[position] = 0;
        }
        else if (result instanceof MapVector maps) {
            maps.offsets[position] = maps.entryCount;
            maps.lengths[position] = 0;
        }
    }

    private static boolean anyNull(ColumnVector[] inputs, int position)
    {
        for (ColumnVector input : inputs) {
            if (input.isNull(position)) {
                return true;
            }
        }
        return false;
    }
}
