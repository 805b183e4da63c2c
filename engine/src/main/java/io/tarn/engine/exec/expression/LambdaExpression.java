package io.tarn.engine.exec.expression;

import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.PhysicalType;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import org.apache.calcite.rel.type.RelDataType;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A lambda argument ({@code x -> x.arn}), applied by higher-order functions to many elements at once: the
 * body is evaluated once over all elements of a batch's arrays, with any columns it captures from the
 * enclosing row copied to each element.
 */
public final class LambdaExpression
        implements VectorExpression
{
    private final VectorExpression body;
    private final int outerChannelCount;
    private final List<Integer> capturedChannels;
    private final List<RelDataType> outerTypes;
    private final RelDataType type;
    private final ColumnVector[] gathered;

    /**
     * @param body the body, compiled with outer columns at channels {@code 0..outerChannelCount-1} and the
     *         parameters after them
     * @param capturedChannels the outer channels the body reads
     */
    public LambdaExpression(VectorExpression body, int outerChannelCount, List<Integer> capturedChannels, List<RelDataType> outerTypes, RelDataType type)
    {
        this.body = requireNonNull(body, "body is null");
        this.outerChannelCount = outerChannelCount;
        this.capturedChannels = List.copyOf(capturedChannels);
        this.outerTypes = List.copyOf(outerTypes);
        this.type = requireNonNull(type, "type is null");
        this.gathered = new ColumnVector[outerChannelCount];
    }

    /**
     * The lambda's function type; a lambda is not evaluated as a column of its own.
     */
    @Override
    public RelDataType type()
    {
        return type;
    }

    public RelDataType bodyType()
    {
        return body.type();
    }

    @Override
    public ColumnVector evaluate(ColumnBatch batch, ExecutionContext context)
    {
        throw new IllegalStateException("a lambda is applied by its function, not evaluated");
    }

    /**
     * Evaluates the body for {@code count} elements: element {@code i} is at position
     * {@code elementPositions[i]} of the parameter vectors and belongs to row {@code parentPositions[i]} of
     * the outer batch. Returns a vector indexed by element position.
     */
    public ColumnVector apply(ColumnVector[] parameters, int[] elementPositions, int[] parentPositions, int count, ColumnBatch outer, ExecutionContext context)
    {
        ColumnVector[] columns = new ColumnVector[outerChannelCount + parameters.length];
        int capacity = 1;
        for (ColumnVector parameter : parameters) {
            capacity = Math.max(capacity, parameter.capacity());
        }
        for (int channel : capturedChannels) {
            ColumnVector source = outer.column(channel);
            ColumnVector target = gathered[channel];
            if (target == null || target.capacity() < capacity) {
                target = PhysicalType.newVector(outerTypes.get(channel), capacity);
                target.ensureCapacity(capacity);
                gathered[channel] = target;
            }
            target.reset();
            for (int element = 0; element < count; element++) {
                target.copyFrom(source, parentPositions[element], elementPositions[element]);
            }
            columns[channel] = target;
        }
        System.arraycopy(parameters, 0, columns, outerChannelCount, parameters.length);
        return body.evaluate(new ColumnBatch(columns, count, elementPositions), context);
    }
}
