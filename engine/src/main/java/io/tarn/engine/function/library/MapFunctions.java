package io.tarn.engine.function.library;

import io.tarn.engine.exec.Batches;
import io.tarn.engine.exec.ExecutionContext;
import io.tarn.engine.exec.PhysicalType;
import io.tarn.engine.exec.Values;
import io.tarn.engine.exec.VectorExpression;
import io.tarn.engine.function.FunctionRegistry;
import io.tarn.engine.function.ScalarCall;
import io.tarn.engine.function.Scalars;
import io.tarn.error.TarnException;
import io.tarn.storage.vector.BooleanVector;
import io.tarn.storage.vector.BytesVector;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.MapVector;
import org.apache.calcite.rel.type.RelDataType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.tarn.engine.StandardErrorCode.INVALID_FUNCTION_ARGUMENT;
import static java.util.Objects.requireNonNull;

/**
 * Map functions. {@code element_at} on {@code map(varchar, ...)} with a constant key is the most used
 * function in Lake's sample queries, so it scans the keys' bytes directly, without decoding. Maps keep their
 * entries in insertion order, as Trino's do.
 */
final class MapFunctions
{
    private MapFunctions() {}

    static void register(FunctionRegistry.Builder functions)
    {
        functions.scalar("map(): map(unknown, unknown)", "Empty map", Scalars.rowwiseOnNulls((arguments, context) -> Map.of()));
        functions.scalar("map(array(K), array(V)): map(K,V)", "Map from an array of keys and an array of values", Scalars.binary(MapFunctions::fromArrays));
        functions.scalar("element_at(map(K,V), K): V", "Value for the given key, or null if the key is not present", MapFunctions::elementAt);
        functions.scalar("cardinality(map(K,V)): bigint", "Number of entries", Scalars.unary(map -> (long) ((Map<?, ?>) map).size()));
        functions.scalar("map_keys(map(K,V)): array(K)", "Keys of the map", Scalars.unary(map -> new ArrayList<>(((Map<?, ?>) map).keySet())));
        functions.scalar("map_values(map(K,V)): array(V)", "Values of the map", Scalars.unary(map -> new ArrayList<>(((Map<?, ?>) map).values())));
        functions.scalar("map_entries(map(K,V)): array(row(K,V))", "Entries of the map as (key, value) rows", Scalars.unary(MapFunctions::entries));
        functions.scalar("map_from_entries(array(row(K,V))): map(K,V)", "Map from an array of (key, value) rows", Scalars.unary(MapFunctions::fromEntries));
        functions.scalar("multimap_from_entries(array(row(K,V))): map(K,array(V))", "Map from (key, value) rows, each key to the array of its values",
                Scalars.unary(MapFunctions::multimapFromEntries));
        functions.scalar("map_concat(map(K,V)...): map(K,V)", "Union of the maps; for a key in several maps the last one's value wins",
                Scalars.rowwise((arguments, context) -> concat(arguments)));
        functions.scalar("map_filter(map(K,V), function(K,V,boolean)): map(K,V)", "Entries for which the function returns true", MapFilter::new);
        functions.scalar("transform_values(map(K,V), function(K,V,U)): map(K,U)", "Map with the function applied to each entry's value", TransformValues::new);
        functions.scalar("transform_keys(map(K,V), function(K,V,U)): map(U,V)", "Map with the function applied to each entry's key", TransformKeys::new);
        functions.scalar("map_zip_with(map(K,V), map(K,U), function(K,V,U,R)): map(K,R)",
                "Map of the keys of both maps to the function of the key and both values (null where a map lacks the key)", ZipWith::new);
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
            putNew(map, keyList.get(index), valueList.get(index));
        }
        return map;
    }

    private static void putNew(Map<Object, Object> map, Object key, Object value)
    {
        checkKey(key);
        if (map.containsKey(key)) {
            throw duplicateKey(key);
        }
        map.put(key, value);
    }

    private static void checkKey(Object key)
    {
        if (key == null) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "map key cannot be null");
        }
    }

    private static TarnException duplicateKey(Object key)
    {
        return new TarnException(INVALID_FUNCTION_ARGUMENT, "Duplicate map keys (" + key + ") are not allowed");
    }

    private static List<Object> entries(Object map)
    {
        List<Object> entries = new ArrayList<>();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) map).entrySet()) {
            entries.add(Arrays.asList(entry.getKey(), entry.getValue()));
        }
        return entries;
    }

    private static Map<Object, Object> fromEntries(Object entries)
    {
        Map<Object, Object> map = new LinkedHashMap<>();
        for (Object entry : (List<?>) entries) {
            List<?> row = entry(entry);
            putNew(map, row.get(0), row.get(1));
        }
        return map;
    }

    private static Map<Object, Object> multimapFromEntries(Object entries)
    {
        Map<Object, Object> map = new LinkedHashMap<>();
        for (Object entry : (List<?>) entries) {
            List<?> row = entry(entry);
            checkKey(row.get(0));
            @SuppressWarnings("unchecked")
            List<Object> values = (List<Object>) map.computeIfAbsent(row.get(0), key -> new ArrayList<>());
            values.add(row.get(1));
        }
        return map;
    }

    private static List<?> entry(Object entry)
    {
        if (entry == null) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "map entry cannot be null");
        }
        return (List<?>) entry;
    }

    /**
     * Trino's order: the last map's entries first, then each earlier map's new keys, from last to first.
     */
    private static Map<Object, Object> concat(Object[] maps)
    {
        Map<Object, Object> result = new LinkedHashMap<>();
        for (int index = maps.length - 1; index >= 0; index--) {
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) maps[index]).entrySet()) {
                result.putIfAbsent(entry.getKey(), entry.getValue());
            }
        }
        return result;
    }

    private static VectorExpression elementAt(ScalarCall call)
    {
        RelDataType mapType = call.argumentType(0);
        if (PhysicalType.of(mapType.getKeyType()) == PhysicalType.BYTES) {
            return new BytesMapLookup(call.argument(0), call.argument(1), call.returnType());
        }
        return Scalars.binary((map, key) -> ((Map<?, ?>) map).get(key)).bind(call);
    }

    /**
     * {@code element_at} for maps with string keys: compares key bytes; string values come back as
     * references to the map's bytes, other values are copied.
     */
    private static final class BytesMapLookup
            implements VectorExpression
    {
        private final VectorExpression map;
        private final VectorExpression key;
        private final RelDataType type;
        private ColumnVector result;

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
            if (result == null) {
                result = PhysicalType.newVector(type, Batches.positionLimit(batch));
            }
            Batches.prepare(result, batch);
            BytesVector bytesValues = maps.values instanceof BytesVector bytes && result instanceof BytesVector ? bytes : null;
            for (int row = 0; row < batch.size(); row++) {
                int position = batch.position(row);
                if (maps.isNull(position) || keys.isNull(position)) {
                    Values.write(result, position, type, null);
                    continue;
                }
                int found = -1;
                for (int entry = maps.offsets[position], end = entry + maps.lengths[position]; entry < end; entry++) {
                    if (!mapKeys.isNull(entry) && mapKeys.valueEquals(entry, keys, position)) {
                        found = entry;
                        break;
                    }
                }
                if (found < 0) {
                    Values.write(result, position, type, null);
                }
                else if (bytesValues != null) {
                    if (bytesValues.isNull(found)) {
                        result.setNull(position);
                    }
                    else {
                        ((BytesVector) result).setReference(position, bytesValues.vector[found], bytesValues.start[found], bytesValues.length[found]);
                    }
                }
                else {
                    result.copyFrom(maps.values, found, position);
                }
            }
            return result;
        }
    }

    /**
     * {@code map_filter}: the lambda runs once over all entries of the batch.
     */
    private static final class MapFilter
            extends CallKernel
    {
        MapFilter(ScalarCall call)
        {
            super(call);
        }

        @Override
        public ColumnVector evaluate(ColumnBatch batch, ExecutionContext context)
        {
            MapVector maps = (MapVector) argument(0).evaluate(batch, context);
            BooleanVector keep = (BooleanVector) LambdaElements.apply(lambda(1), maps, batch, context);
            MapVector result = (MapVector) PhysicalType.newVector(type(), Batches.positionLimit(batch));
            result.ensureCapacity(Batches.positionLimit(batch));
            for (int row = 0; row < batch.size(); row++) {
                int position = batch.position(row);
                if (maps.isNull(position)) {
                    Values.write(result, position, type(), null);
                    continue;
                }
                int first = maps.offsets[position];
                int end = first + maps.lengths[position];
                int target = result.startMap(position, ArrayFunctions.countTrue(keep, first, end));
                for (int entry = first; entry < end; entry++) {
                    if (!keep.isNull(entry) && keep.values[entry]) {
                        result.keys.copyFrom(maps.keys, entry, target);
                        result.values.copyFrom(maps.values, entry, target);
                        target++;
                    }
                }
            }
            return result;
        }
    }

    /**
     * {@code transform_values}: the new values are the lambda's results, the keys stay.
     */
    private static final class TransformValues
            extends CallKernel
    {
        TransformValues(ScalarCall call)
        {
            super(call);
        }

        @Override
        public ColumnVector evaluate(ColumnBatch batch, ExecutionContext context)
        {
            MapVector maps = (MapVector) argument(0).evaluate(batch, context);
            return sameShape(maps, maps.keys, LambdaElements.apply(lambda(1), maps, batch, context));
        }
    }

    /**
     * A map vector with the same rows and entry layout as {@code maps}, with other keys or values.
     */
    private static MapVector sameShape(MapVector maps, ColumnVector keys, ColumnVector values)
    {
        MapVector result = new MapVector(maps.capacity(), keys, values);
        result.offsets = maps.offsets;
        result.lengths = maps.lengths;
        result.entryCount = maps.entryCount;
        result.isNull = maps.isNull;
        result.noNulls = maps.noNulls;
        return result;
    }

    /**
     * {@code transform_keys}: the new keys are the lambda's results, which must be distinct and not null
     * within each map.
     */
    private static final class TransformKeys
            extends CallKernel
    {
        TransformKeys(ScalarCall call)
        {
            super(call);
        }

        @Override
        public ColumnVector evaluate(ColumnBatch batch, ExecutionContext context)
        {
            MapVector maps = (MapVector) argument(0).evaluate(batch, context);
            ColumnVector keys = LambdaElements.apply(lambda(1), maps, batch, context);
            RelDataType keyType = type().getKeyType();
            for (int row = 0; row < batch.size(); row++) {
                int position = batch.position(row);
                if (maps.isNull(position)) {
                    continue;
                }
                Set<Object> seen = new HashSet<>();
                for (int entry = maps.offsets[position], end = entry + maps.lengths[position]; entry < end; entry++) {
                    Object key = Values.read(keys, entry, keyType);
                    checkKey(key);
                    if (!seen.add(key)) {
                        throw duplicateKey(key);
                    }
                }
            }
            return sameShape(maps, keys, maps.values);
        }
    }

    /**
     * {@code map_zip_with}: per row, the first map's keys then the second's new ones, with both maps' values
     * gathered (null where missing) so the lambda runs once over all entries of the batch.
     */
    private static final class ZipWith
            extends CallKernel
    {
        ZipWith(ScalarCall call)
        {
            super(call);
        }

        @Override
        public ColumnVector evaluate(ColumnBatch batch, ExecutionContext context)
        {
            MapVector leftMaps = (MapVector) argument(0).evaluate(batch, context);
            MapVector rightMaps = (MapVector) argument(1).evaluate(batch, context);
            RelDataType keyType = argument(0).type().getKeyType();
            int limit = Batches.positionLimit(batch);
            MapVector zipped = new MapVector(limit, leftMaps.keys.newEmpty(16), leftMaps.values.newEmpty(16));
            ColumnVector rightValues = rightMaps.values.newEmpty(16);
            zipped.ensureCapacity(limit);
            LambdaElements.Builder entries = new LambdaElements.Builder();
            for (int row = 0; row < batch.size(); row++) {
                int position = batch.position(row);
                if (leftMaps.isNull(position) || rightMaps.isNull(position)) {
                    Values.write(zipped, position, type(), null);
                    continue;
                }
                // For each key, in order: its entry in the left map and in the right map, -1 where absent.
                Map<Object, int[]> keys = new LinkedHashMap<>();
                for (int entry = leftMaps.offsets[position], end = entry + leftMaps.lengths[position]; entry < end; entry++) {
                    keys.put(Values.read(leftMaps.keys, entry, keyType), new int[] {entry, -1});
                }
                for (int entry = rightMaps.offsets[position], end = entry + rightMaps.lengths[position]; entry < end; entry++) {
                    keys.computeIfAbsent(Values.read(rightMaps.keys, entry, keyType), key -> new int[] {-1, -1})[1] = entry;
                }
                int target = zipped.startMap(position, keys.size());
                rightValues.ensureCapacity(target + keys.size());
                for (int[] sources : keys.values()) {
                    zipped.keys.copyFrom(sources[0] >= 0 ? leftMaps.keys : rightMaps.keys, sources[0] >= 0 ? sources[0] : sources[1], target);
                    ArrayFunctions.copyOrNull(leftMaps.values, sources[0], zipped.values, target);
                    ArrayFunctions.copyOrNull(rightMaps.values, sources[1], rightValues, target);
                    entries.add(target, position);
                    target++;
                }
            }
            ColumnVector values = entries.build().apply(lambda(2), new ColumnVector[] {zipped.keys, zipped.values, rightValues}, batch, context);
            return sameShape(zipped, zipped.keys, values);
        }
    }
}
