package io.tarn.storage.impl.ingest;

import org.apache.orc.storage.ql.exec.vector.BytesColumnVector;
import org.apache.orc.storage.ql.exec.vector.ColumnVector;
import org.apache.orc.storage.ql.exec.vector.DoubleColumnVector;
import org.apache.orc.storage.ql.exec.vector.ListColumnVector;
import org.apache.orc.storage.ql.exec.vector.LongColumnVector;
import org.apache.orc.storage.ql.exec.vector.MapColumnVector;
import org.apache.orc.storage.ql.exec.vector.MultiValuedColumnVector;
import org.apache.orc.storage.ql.exec.vector.StructColumnVector;
import org.apache.orc.storage.ql.exec.vector.TimestampColumnVector;

/**
 * Copies one row between ORC column vectors of the same type, nested values included. Strings are copied
 * by reference (the target points into the source's buffers, which must outlive the target's use) or by
 * value.
 */
final class RowCopier
{
    private RowCopier() {}

    static void copy(ColumnVector source, int sourceRow, ColumnVector target, int targetRow, boolean byReference)
    {
        int row = source.isRepeating ? 0 : sourceRow;
        if (!source.noNulls && source.isNull[row]) {
            target.isNull[targetRow] = true;
            target.noNulls = false;
            if (target instanceof MultiValuedColumnVector multiValued) {
                multiValued.offsets[targetRow] = multiValued.childCount;
                multiValued.lengths[targetRow] = 0;
            }
            return;
        }
        target.isNull[targetRow] = false;
        if (source instanceof BytesColumnVector bytes) {
            BytesColumnVector targetBytes = (BytesColumnVector) target;
            if (byReference) {
                targetBytes.setRef(targetRow, bytes.vector[row], bytes.start[row], bytes.length[row]);
            }
            else {
                targetBytes.setVal(targetRow, bytes.vector[row], bytes.start[row], bytes.length[row]);
            }
        }
        else if (source instanceof LongColumnVector longs) {
            ((LongColumnVector) target).vector[targetRow] = longs.vector[row];
        }
        else if (source instanceof DoubleColumnVector doubles) {
            ((DoubleColumnVector) target).vector[targetRow] = doubles.vector[row];
        }
        else if (source instanceof TimestampColumnVector timestamps) {
            TimestampColumnVector targetTimestamps = (TimestampColumnVector) target;
            targetTimestamps.time[targetRow] = timestamps.time[row];
            targetTimestamps.nanos[targetRow] = timestamps.nanos[row];
        }
        else if (source instanceof StructColumnVector struct) {
            StructColumnVector targetStruct = (StructColumnVector) target;
            for (int field = 0; field < struct.fields.length; field++) {
                copy(struct.fields[field], row, targetStruct.fields[field], targetRow, byReference);
            }
        }
        else if (source instanceof MapColumnVector map) {
            MapColumnVector targetMap = (MapColumnVector) target;
            int start = targetMap.childCount;
            int length = (int) map.lengths[row];
            ensureChildCapacity(targetMap.keys, start + length);
            ensureChildCapacity(targetMap.values, start + length);
            for (int index = 0; index < length; index++) {
                int child = (int) map.offsets[row] + index;
                copy(map.keys, child, targetMap.keys, start + index, byReference);
                copy(map.values, child, targetMap.values, start + index, byReference);
            }
            targetMap.offsets[targetRow] = start;
            targetMap.lengths[targetRow] = length;
            targetMap.childCount = start + length;
        }
        else if (source instanceof ListColumnVector list) {
            ListColumnVector targetList = (ListColumnVector) target;
            int start = targetList.childCount;
            int length = (int) list.lengths[row];
            ensureChildCapacity(targetList.child, start + length);
            for (int index = 0; index < length; index++) {
                copy(list.child, (int) list.offsets[row] + index, targetList.child, start + index, byReference);
            }
            targetList.offsets[targetRow] = start;
            targetList.lengths[targetRow] = length;
            targetList.childCount = start + length;
        }
        else {
            throw new IllegalArgumentException("unsupported vector: " + source.getClass().getSimpleName());
        }
    }

    private static void ensureChildCapacity(ColumnVector child, int capacity)
    {
        if (capacity > child.isNull.length) {
            child.ensureSize(Math.max(capacity, child.isNull.length * 2), true);
        }
    }
}
