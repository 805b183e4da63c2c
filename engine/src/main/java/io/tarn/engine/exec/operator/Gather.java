package io.tarn.engine.exec.operator;

import io.tarn.engine.exec.PhysicalType;
import io.tarn.engine.exec.Values;
import io.tarn.storage.vector.BytesVector;
import io.tarn.storage.vector.ColumnVector;
import org.apache.calcite.rel.type.RelDataType;

/**
 * Builds new vectors from chosen positions of existing ones. Byte strings are referenced, not copied, so
 * the result is valid only while the sources are.
 */
final class Gather
{
    private Gather() {}

    /**
     * A vector whose position {@code i} holds {@code source} at {@code positions[i]}, or null where
     * {@code positions[i]} is negative.
     */
    static ColumnVector gather(ColumnVector source, RelDataType type, int[] positions, int count)
    {
        ColumnVector target = PhysicalType.newVector(type, Math.max(count, 1));
        target.ensureCapacity(Math.max(count, 1));
        for (int index = 0; index < count; index++) {
            int position = positions[index];
            if (position < 0) {
                Values.write(target, index, type, null);
                continue;
            }
            if (source instanceof BytesVector bytes && !bytes.isNull(position)) {
                ((BytesVector) target).setReference(index, bytes.vector[position], bytes.start[position], bytes.length[position]);
                continue;
            }
            target.copyFrom(source, position, index);
        }
        return target;
    }
}
