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
import io.tarn.storage.vector.BooleanVector;
import io.tarn.storage.vector.BytesVector;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.MapVector;
import org.apache.calcite.rel.type.RelDataType;

import io.tarn.error.TarnException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.tarn.engine.StandardErrorCode.INVALID_FUNCTION_ARGUMENT;
import static java.util.Objects.requireNonNull;

/**
 * Map functions. {@code element_at} on {@code map(varchar, ...)} with a constant key is the most used
 * function in Lake's sample queries, so it scans the keys' bytes directly, without decoding.
 */
final class MapFunctions
{
    private MapFunctions() {}

    static void register(FunctionRegistry.Builder functions)
    {
        functions.scalar("map(array(K), array(V)): map(K,V)", "Map from an array of keys and an array of values", Scalars.binary(MapFunctions::fromArrays));
        functions.scalar("element_at(map(K,V), K): V", "Value for the given key, or null if the key is not present", MapFunctions::elementAt);
        functions.scalar("cardinality(map(K,V)): bigint", "Number of entries", Scalars.unary(map -> (long) ((Map<?, ?>) map).size()));
        functions.scalar("map_keys(map(K,V)): array(K)", "Keys of the map", Scalars.unary(map -> new ArrayList<>(((Map<?, ?>) map).keySet())));
        functions.scalar("map_values(map(K,V)): array(V)", "Values of the map", Scalars.unary(map -> new ArrayList<>(((Map<?, ?>) map).values())));
        functions.scalar("map_filter(map(K,V), function(K,V,boolean)): map(K,V)", "Entries for which the function returns true", call -> new MapFilter(call));
        functions.scalar("transform_values(map(K,V), function(K,V,U)): map(K,U)", "Map with the function applied to each entry's value", call -> new TransformValues(call));
    }

    private static Object fromArrays(Object keys, Object values)
    {
        List<?> keyList = (List<?>) keys;
        List<?> valueList = (List<?>) values;
        if (keyList.size() != valueList.size()) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Key and value arrays must be the same length");
        }
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int index = 0; index < keyList.size(); index++) {
            Object key = keyList.get(index);
            if (key == null) {
                throw new TarnException(INVALID_FUNCTION_ARGUMENT, "map key cannot be null");
            }
            if (map.containsKey(key)) {
                throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Duplicate map keys (" + key + ") are not allowed");
            }
            map.put(key, valueList.get(index));
        }
        return map;
    }

    private static VectorExpression elementAt(ScalarCall call)
    {
        RelDataType mapType = call.argumentType(0);
        if (PhysicalType.of(mapType.getKeyType()) == PhysicalType.BYTES && PhysicalType.of(mapType.getValueType()) == PhysicalType.BYTES) {
            return new BytesMapLookup(call.argument(0), call.argument(1), call.returnType());
        }
        return Scalars.binary((map, key) -> ((Map<?, ?>) map).get(key)).bind(call);
    }

    /**
     * {@code element_at} for maps with string keys and values: compares key bytes, returns a reference to
     * the value bytes.
     */
    private static final class BytesMapLookup
            implements VectorExpression
    {
        private final VectorExpression map;
        private final VectorExpression key;
        private final RelDataType type;
        private final BytesVector result = new BytesVector(1024);

        BytesMapLookup(VectorExpression map, VectorExpression key, RelDataType type)
        {
            this.map = requireNonNull(map, "map is null");
            this.key = requireNonNull(key, "key is null");
            this.type = requireNonNull(type, "type is null");
        }

        @Override
        public RelDataType type()
        {
            return type;
        }

        @Override
        public ColumnVector evaluate(ColumnBatch batch, ExecutionContext context)
        {
            MapVector maps = (MapVector) map.evaluate(batch, context);
            BytesVector keys = (BytesVector) key.evaluate(batch, context);
            BytesVector mapKeys = (BytesVector) maps.keys;
            BytesVector mapValues = (BytesVector) maps.values;
            Batches.prepare(result, batch);
            for (int row = 0; row < batch.size(); row++) {
                int position = batch.position(row);
                if (maps.isNull(position) || keys.isNull(position)) {
                    result.setNull(position);
                    continue;
                }
                int found = -1;
                for (int entry = maps.offsets[position], end = entry + maps.lengths[position]; entry < end; entry++) {
                    if (!mapKeys.isNull(entry) && mapKeys.valueEquals(entry, keys, position)) {
                        found = entry;
                        break;
                    }
                }
                if (found < 0 || mapValues.isNull(found)) {
                    result.setNull(position);
                    continue;
                }
                result.setReference(position, mapValues.vector[found], mapValues.start[found], mapValues.length[found]);
            }
            return result;
        }
    }

    /**
     * {@code map_filter}: the lambda runs once over all entries of the batch.
     */
    private static final class MapFilter
            implements VectorExpression
    {
        private final VectorExpression map;
        private final LambdaExpression predicate;
        private final RelDataType type;

        MapFilter(ScalarCall call)
        {
            this.map = call.argument(0);
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
            MapVector maps = (MapVector) map.evaluate(batch, context);
            LambdaElements entries = LambdaElements.of(maps, batch);
            BooleanVector keep = (BooleanVector) predicate.apply(new ColumnVector[] {maps.keys, maps.values}, entries.positions(), entries.parents(), entries.count(), batch, context);
            MapVector result = (MapVector) PhysicalType.newVector(type, Batches.positionLimit(batch));
            result.ensureCapacity(Batches.positionLimit(batch));
            for (int row = 0; row < batch.size(); row++) {
                int position = batch.position(row);
                if (maps.isNull(position)) {
                    Values.write(result, position, type, null);
                    continue;
                }
                List<Integer> kept = new ArrayList<>();
                for (int entry = maps.offsets[position], end = entry + maps.lengths[position]; entry < end; entry++) {
                    if (!keep.isNull(entry) && keep.values[entry]) {
                        kept.add(entry);
                    }
                }
                int first = result.startMap(position, kept.size());
                for (int index = 0; index < kept.size(); index++) {
                    result.keys.copyFrom(maps.keys, kept.get(index), first + index);
                    result.values.copyFrom(maps.values, kept.get(index), first + index);
                }
            }
            return result;
        }
    }

    /**
     * {@code transform_values}: the new values are the lambda's results, the keys stay.
     */
    private static final class TransformValues
            implements VectorExpression
    {
        private final VectorExpression map;
        private final LambdaExpression function;
        private final RelDataType type;

        TransformValues(ScalarCall call)
        {
            this.map = call.argument(0);
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
            MapVector maps = (MapVector) map.evaluate(batch, context);
            LambdaElements entries = LambdaElements.of(maps, batch);
            ColumnVector values = function.apply(new ColumnVector[] {maps.keys, maps.values}, entries.positions(), entries.parents(), entries.count(), batch, context);
            MapVector result = new MapVector(maps.capacity(), maps.keys, values);
            result.offsets = maps.offsets;
            result.lengths = maps.lengths;
            result.entryCount = maps.entryCount;
            result.isNull = maps.isNull;
            result.noNulls = maps.noNulls;
            return result;
        }
    }
}
