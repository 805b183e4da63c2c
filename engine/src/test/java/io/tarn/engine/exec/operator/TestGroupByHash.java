package io.tarn.engine.exec.operator;

import io.tarn.engine.type.TarnTypes;
import io.tarn.storage.vector.BytesVector;
import io.tarn.storage.vector.ColumnBatch;
import io.tarn.storage.vector.ColumnVector;
import io.tarn.storage.vector.LongVector;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TestGroupByHash
{
    @Test
    void testDictionaryReferencesAndCopiesOfTheSameStringShareAGroup()
    {
        GroupByHash hash = new GroupByHash(List.of(TarnTypes.nullable(TarnTypes.newTypeFactory(), SqlTypeName.VARCHAR)));
        byte[] dictionary = "GetObjectPutObject".getBytes(StandardCharsets.UTF_8);
        BytesVector column = new BytesVector(6);
        column.setReference(0, dictionary, 0, 9);
        column.setReference(1, dictionary, 9, 9);
        column.setReference(2, dictionary, 0, 9);
        column.setString(3, "GetObject");
        column.setNull(4);
        column.setReference(5, dictionary, 0, 3);
        int[] groups = hash.groupIds(new ColumnVector[] {column}, new ColumnBatch(new ColumnVector[] {column}, 6)).clone();
        assertThat(groups[0]).isEqualTo(groups[2]).isEqualTo(groups[3]);
        assertThat(groups[1]).isNotEqualTo(groups[0]);
        assertThat(groups[4]).isNotIn(groups[0], groups[1]);
        assertThat(groups[5]).isNotIn(groups[0], groups[1], groups[4]);
        assertThat(hash.groupCount()).isEqualTo(4);
        assertThat(hash.find(new ColumnVector[] {column}, 3)).isEqualTo(groups[0]);
    }

    @Test
    void testLongKeysAgreeWithTheGenericLookupUsedForMerging()
    {
        GroupByHash hash = new GroupByHash(List.of(TarnTypes.nullable(TarnTypes.newTypeFactory(), SqlTypeName.BIGINT)));
        LongVector column = new LongVector(4);
        column.set(0, 7);
        column.set(1, 8);
        column.set(2, 7);
        column.setNull(3);
        int[] groups = hash.groupIds(new ColumnVector[] {column}, new ColumnBatch(new ColumnVector[] {column}, 4)).clone();
        assertThat(groups[0]).isEqualTo(groups[2]);
        assertThat(hash.groupCount()).isEqualTo(3);
        for (int position = 0; position < 4; position++) {
            assertThat(hash.groupId(new ColumnVector[] {column}, position)).isEqualTo(groups[position]);
        }
        assertThat(hash.groupCount()).isEqualTo(3);
    }
}
