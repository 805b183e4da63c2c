package io.tarn.engine.function.library;

import io.tarn.engine.exec.Batches;
import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.PhysicalType;
import io.tarn.engine.exec.Values;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.engine.exec.expression.LambdaExpression;
import io.tarn.engine.function.FunctionRegistry;
import io.tarn.engine.function.ScalarCall;
import io.tarn.engine.function.Scalars;
import io.tarn.error.TarnException;
import io.tarn.storage.vector.ArrayVector;
import io.tarn.storage.vector.BooleanVector;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import org.apache.calcite.rel.type.RelDataType;

import java.util.List;

import static io.tarn.engine.StandardErrorCode.INVALID_FUNCTION_ARGUMENT;

/**
 * Array functions. The higher-order ones ({@code transform}, {@code filter}) apply their lambda to every
 * element of a batch in one vectorized evaluation.
 */
final class ArrayFunctions
{
    private ArrayFunctions() {}

    static void register(FunctionRegistry.Builder functions)
    {
        functions.scalar("element_at(array(E), bigint): E", "Element at the 1-based index (negative counts from the end); null when out of bounds",
                Scalars.binary(ArrayFunctions::elementAt));
        functions.scalar("cardinality(array(E)): bigint", "Number of elements", Scalars.unary(array -> (long) ((List<?>) array).size()));
        functions.scalar("contains(array(T), T): boolean", "Whether the array contains the value", Scalars.binary((array, value) -> ((List<?>) array).contains(value)));
        functions.scalar("transform(array(T), function(T,U)): array(U)", "Array of the function applied to each element", call -> new Transform(call));
        functions.scalar("filter(array(T), function(T,boolean)): array(T)", "Elements for which the function returns true", call -> new Filter(call));
    }

    private static Object elementAt(Object array, Object index)
    {
        List<?> elements = (List<?>) array;
        long position = (Long) index;
        if (position == 0) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "SQL array indices start at 1");
        }
        long zeroBased = position > 0 ? position - 1 : elements.size() + position;
        if (zeroBased < 0 || zeroBased >= elements.size()) {
            return null;
        }
        return elements.get((int) zeroBased);
    }

    /**
     * {@code transform}: the result shares the input's offsets and lengths; only the elements are new.
     */
    private static final class Transform
            implements VectorExpression
    {
        private final VectorExpression array;
        private final LambdaExpression function;
        private final RelDataType type;

        Transform(ScalarCall call)
        {
            this.array = call.argument(0);
            this.function = (LambdaExpression) call.argument(1);
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
            ArrayVector arrays = (ArrayVector) array.evaluate(batch, context);
            LambdaElements elements = LambdaElements.of(arrays, batch);
            ColumnVector results = function.apply(new ColumnVector[] {arrays.elements}, elements.positions(), elements.parents(), elements.count(), batch, context);
            ArrayVector result = new ArrayVector(arrays.capacity(), results);
            result.offsets = arrays.offsets;
            result.lengths = arrays.lengths;
            result.elementCount = arrays.elementCount;
            result.isNull = arrays.isNull;
            result.noNulls = arrays.noNulls;
            return result;
        }
    }

    /**
     * {@code filter}: copies the kept elements into a new array vector.
     */
    private static final class Filter
            implements VectorExpression
    {
        private final VectorExpression array;
        private final LambdaExpression predicate;
        private final RelDataType type;

        Filter(ScalarCall call)
        {
            this.array = call.argument(0);
            this.predicate = (LambdaExpression) call.argument(1);
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
            ArrayVector arrays = (ArrayVector) array.evaluate(batch, context);
            LambdaElements elements = LambdaElements.of(arrays, batch);
            BooleanVector keep = (BooleanVector) predicate.apply(new ColumnVector[] {arrays.elements}, elements.positions(), elements.parents(), elements.count(), batch, context);
            ArrayVector result = (ArrayVector) PhysicalType.newVector(type, Batches.positionLimit(batch));
            result.ensureCapacity(Batches.positionLimit(batch));
            for (int row = 0; row < batch.size(); row++) {
                int position = batch.position(row);
                if (arrays.isNull(position)) {
                    Values.write(result, position, type, null);
                    continue;
                }
                int kept = 0;
                for (int element = arrays.offsets[position], end = element + arrays.lengths[position]; element < end; element++) {
                    if (!keep.isNull(element) && keep.values[element]) {
                        kept++;
                    }
                }
                int target = result.startArray(position, kept);
                for (int element = arrays.offsets[position], end = element + arrays.lengths[position]; element < end; element++) {
                    if (!keep.isNull(element) && keep.values[element]) {
                        result.elements.copyFrom(arrays.elements, element, target++);
                    }
                }
            }
            return result;
        }
    }
}
