package io.tarn.storage.impl.scan;

import io.tarn.storage.schema.ArrayType;
import io.tarn.storage.schema.MapType;
import io.tarn.storage.schema.PrimitiveType;
import io.tarn.storage.schema.StructType;
import io.tarn.storage.vector.ArrayVector;
import io.tarn.storage.vector.BooleanVector;
import io.tarn.storage.vector.BytesVector;
import io.tarn.storage.vector.LongVector;
import io.tarn.storage.vector.MapVector;
import io.tarn.storage.vector.StructVector;
import org.apache.orc.storage.ql.exec.vector.BytesColumnVector;
import org.apache.orc.storage.ql.exec.vector.ListColumnVector;
import org.apache.orc.storage.ql.exec.vector.LongColumnVector;
import org.apache.orc.storage.ql.exec.vector.MapColumnVector;
import org.apache.orc.storage.ql.exec.vector.StructColumnVector;
import org.apache.orc.storage.ql.exec.vector.TimestampColumnVector;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.tarn.storage.schema.PrimitiveType.STRING;
import static org.assertj.core.api.Assertions.assertThat;

final class TestOrcVectorConverter
{
    @Test
    void testLongsShareOrcArrays()
    {
        LongColumnVector source = new LongColumnVector(8);
        source.vector[0] = 5;
        source.vector[1] = -3;
        source.noNulls = false;
        source.isNull[2] = true;
        OrcVectorConverter.LongConverter converter = OrcVectorConverter.LongConverter.integers();

        converter.convert(source, 3);

        LongVector target = converter.target();
        assertThat(target.values).isSameAs(source.vector);
        assertThat(target.isNull).isSameAs(source.isNull);
        assertThat(values(target, PrimitiveType.BIGINT, 3)).containsExactly(5L, -3L, null);
    }

    @Test
    void testRepeatingValuesAreExpanded()
    {
        LongColumnVector longs = new LongColumnVector(8);
        longs.isRepeating = true;
        longs.vector[0] = 42;
        OrcVectorConverter.LongConverter longConverter = OrcVectorConverter.LongConverter.integers();
        longConverter.convert(longs, 4);
        assertThat(values(longConverter.target(), PrimitiveType.BIGINT, 4)).containsExactly(42L, 42L, 42L, 42L);

        BytesColumnVector strings = new BytesColumnVector(8);
        strings.isRepeating = true;
        byte[] dictionary = "xxAssumeRoleyy".getBytes(StandardCharsets.UTF_8);
        strings.setRef(0, dictionary, 2, 10);
        OrcVectorConverter.BytesConverter bytesConverter = new OrcVectorConverter.BytesConverter();
        bytesConverter.convert(strings, 3);
        assertThat(values(bytesConverter.target(), STRING, 3)).containsExactly("AssumeRole", "AssumeRole", "AssumeRole");
        assertThat(bytesConverter.target().vector[2]).isSameAs(dictionary);

        LongColumnVector booleans = new LongColumnVector(8);
        booleans.isRepeating = true;
        booleans.vector[0] = 1;
        OrcVectorConverter.BooleanConverter booleanConverter = new OrcVectorConverter.BooleanConverter(2);
        booleanConverter.convert(booleans, 5);
        assertThat(values(booleanConverter.target(), PrimitiveType.BOOLEAN, 5)).containsExactly(true, true, true, true, true);
    }

    @Test
    void testRepeatingNullMakesEveryPositionNull()
    {
        TimestampColumnVector times = new TimestampColumnVector(8);
        times.isRepeating = true;
        times.noNulls = false;
        times.isNull[0] = true;
        OrcVectorConverter.LongConverter converter = OrcVectorConverter.LongConverter.timestamps();

        converter.convert(times, 4);

        assertThat(values(converter.target(), PrimitiveType.TIMESTAMP, 4)).containsExactly(null, null, null, null);
    }

    @Test
    void testTimestampsAreEpochMillis()
    {
        TimestampColumnVector times = new TimestampColumnVector(8);
        times.time[0] = Instant.parse("2023-07-10T11:42:44.123Z").toEpochMilli();
        times.nanos[0] = 123_456_789;
        times.time[1] = Instant.parse("1969-12-31T23:59:59.999Z").toEpochMilli();
        times.nanos[1] = 999_000_000;
        OrcVectorConverter.LongConverter converter = OrcVectorConverter.LongConverter.timestamps();

        converter.convert(times, 2);

        assertThat(converter.target().values).isSameAs(times.time);
        assertThat(values(converter.target(), PrimitiveType.TIMESTAMP, 2))
                .containsExactly(Instant.parse("2023-07-10T11:42:44.123Z"), Instant.parse("1969-12-31T23:59:59.999Z"));
    }

    @Test
    void testChildrenOfAnAllNullStructAreNull()
    {
        // ORC leaves the children of a struct that is null everywhere undecoded, holding the last batch's values
        LongColumnVector stale = new LongColumnVector(8);
        Arrays.fill(stale.vector, 9);
        StructColumnVector struct = new StructColumnVector(8, stale);
        struct.isRepeating = true;
        struct.noNulls = false;
        struct.isNull[0] = true;
        StructType type = StructType.of(new io.tarn.storage.schema.Field("count", PrimitiveType.BIGINT));
        OrcVectorConverter.StructConverter converter = new OrcVectorConverter.StructConverter(
                new OrcVectorConverter[] {OrcVectorConverter.LongConverter.integers()},
                new int[] {0});

        converter.convert(struct, 3);

        StructVector target = converter.target();
        assertThat(values(target, type, 3)).containsExactly(null, null, null);
        assertThat(values(target.fields[0], PrimitiveType.BIGINT, 3)).containsExactly(null, null, null);
    }

    @Test
    void testArraysOfStructsWithUnreadFields()
    {
        // resources: array<struct<type:string, arn:string>>, reading only arn; row 1 is null with a stale length
        BytesColumnVector types = new BytesColumnVector(2);
        BytesColumnVector arns = new BytesColumnVector(2);
        StructColumnVector elements = new StructColumnVector(2, types, arns);
        ListColumnVector list = new ListColumnVector(4, elements);
        list.noNulls = false;
        list.offsets[0] = 0;
        list.lengths[0] = 2;
        list.isNull[1] = true;
        list.lengths[1] = 1;
        list.offsets[2] = 2;
        list.lengths[2] = 3;
        list.childCount = 5;
        elements.ensureSize(5, false);
        arns.ensureSize(5, false);
        arns.initBuffer();
        for (int element = 0; element < 5; element++) {
            arns.setVal(element, ("arn:" + element).getBytes(StandardCharsets.UTF_8));
        }
        StructType elementType = StructType.of(new io.tarn.storage.schema.Field("type", STRING), new io.tarn.storage.schema.Field("arn", STRING));
        OrcVectorConverter.StructConverter elementConverter = new OrcVectorConverter.StructConverter(
                new OrcVectorConverter[] {new OrcVectorConverter.NullConverter(STRING, 2), new OrcVectorConverter.BytesConverter()},
                new int[] {-1, 1});
        OrcVectorConverter.ArrayConverter converter = new OrcVectorConverter.ArrayConverter(elementConverter, 2);

        converter.convert(list, 3);

        ArrayVector target = converter.target();
        assertThat(target.elementCount).isEqualTo(5);
        assertThat(values(target, new ArrayType(elementType), 3)).containsExactly(
                List.of(Map.of("type", "null", "arn", "arn:0"), Map.of("type", "null", "arn", "arn:1")).stream().map(TestOrcVectorConverter::withNullType).toList(),
                null,
                List.of(Map.of("arn", "arn:2"), Map.of("arn", "arn:3"), Map.of("arn", "arn:4")).stream().map(TestOrcVectorConverter::withNullType).toList());
        assertThat(target.lengths[1]).isZero();
    }

    @Test
    void testMapsKeepEntriesInOrder()
    {
        BytesColumnVector keys = new BytesColumnVector(4);
        BytesColumnVector values = new BytesColumnVector(4);
        MapColumnVector map = new MapColumnVector(4, keys, values);
        map.offsets[0] = 0;
        map.lengths[0] = 2;
        map.offsets[1] = 2;
        map.lengths[1] = 0;
        map.childCount = 2;
        keys.initBuffer();
        values.initBuffer();
        keys.setVal(0, "bucketName".getBytes(StandardCharsets.UTF_8));
        values.setVal(0, "logs".getBytes(StandardCharsets.UTF_8));
        keys.setVal(1, "filter".getBytes(StandardCharsets.UTF_8));
        values.noNulls = false;
        values.isNull[1] = true;
        OrcVectorConverter.MapConverter converter = new OrcVectorConverter.MapConverter(new OrcVectorConverter.BytesConverter(), new OrcVectorConverter.BytesConverter(), 4);

        converter.convert(map, 2);

        MapVector target = converter.target();
        java.util.LinkedHashMap<Object, Object> first = new java.util.LinkedHashMap<>();
        first.put("bucketName", "logs");
        first.put("filter", null);
        assertThat(values(target, MapType.STRING_MAP, 2)).containsExactly(first, Map.of());
    }

    @Test
    void testUnreadFieldsGrowWithTheirParents()
    {
        OrcVectorConverter.NullConverter converter = new OrcVectorConverter.NullConverter(STRING, 4);

        converter.convert(null, 100);

        BytesVector target = (BytesVector) converter.target();
        assertThat(target.capacity()).isGreaterThanOrEqualTo(100);
        assertThat(values(target, STRING, 100)).containsOnlyNulls();
    }

    @Test
    void testBooleansAreCopiedFromLongs()
    {
        LongColumnVector source = new LongColumnVector(4);
        source.vector[0] = 1;
        source.vector[1] = 0;
        source.noNulls = false;
        source.isNull[2] = true;
        OrcVectorConverter.BooleanConverter converter = new OrcVectorConverter.BooleanConverter(4);

        converter.convert(source, 3);

        BooleanVector target = converter.target();
        assertThat(values(target, PrimitiveType.BOOLEAN, 3)).containsExactly(true, false, null);
    }

    private static Map<String, Object> withNullType(Map<String, String> fields)
    {
        java.util.LinkedHashMap<String, Object> result = new java.util.LinkedHashMap<>();
        result.put("type", null);
        result.put("arn", fields.get("arn"));
        return result;
    }

    private static List<Object> values(io.tarn.storage.vector.ColumnVector vector, io.tarn.storage.schema.DataType type, int size)
    {
        List<Object> values = new ArrayList<>();
        for (int position = 0; position < size; position++) {
            values.add(TestingVectors.value(vector, type, position));
        }
        return values;
    }
}
