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
 * Copies rows between ORC column vectors of the same type, nested values included: one row at a time, or
 * many rows of one column at once (each from a vector and row of its own), which decides a vector's type
 * once per column rather than once per value. Strings are copied by reference (the target points into the
 * source's buffers, which must outlive the target's use) or by value.
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

    /**
     * Copies {@code count} values into one target vector: value {@code index} is row {@code rows[index]}
     * of {@code sources[index]} and goes to row {@code targets[index]} of {@code target}. Nested values of
     * a map or list are appended to the target's children in the order of the rows. As ORC's writer does,
     * the fields of a null struct are left as they are.
     */
    static void copyRows(ColumnVector[] sources, int[] rows, int[] targets, int count, ColumnVector target, boolean byReference)
    {
        if (target instanceof BytesColumnVector targetBytes) {
            for (int index = 0; index < count; index++) {
                BytesColumnVector source = (BytesColumnVector) sources[index];
                int row = source.isRepeating ? 0 : rows[index];
                int targetRow = targets[index];
                if (!source.noNulls && source.isNull[row]) {
                    setNull(target, targetRow);
                }
                else {
                    targetBytes.isNull[targetRow] = false;
                    if (byReference) {
                        targetBytes.setRef(targetRow, source.vector[row], source.start[row], source.length[row]);
                    }
                    else {
                        targetBytes.setVal(targetRow, source.vector[row], source.start[row], source.length[row]);
                    }
                }
            }
        }
        else if (target instanceof LongColumnVector targetLongs) {
            for (int index = 0; index < count; index++) {
                LongColumnVector source = (LongColumnVector) sources[index];
                int row = source.isRepeating ? 0 : rows[index];
                int targetRow = targets[index];
                if (!source.noNulls && source.isNull[row]) {
                    setNull(target, targetRow);
                }
                else {
                    targetLongs.isNull[targetRow] = false;
                    targetLongs.vector[targetRow] = source.vector[row];
                }
            }
        }
        else if (target instanceof DoubleColumnVector targetDoubles) {
            for (int index = 0; index < count; index++) {
                DoubleColumnVector source = (DoubleColumnVector) sources[index];
                int row = source.isRepeating ? 0 : rows[index];
                int targetRow = targets[index];
                if (!source.noNulls && source.isNull[row]) {
                    setNull(target, targetRow);
                }
                else {
                    targetDoubles.isNull[targetRow] = false;
                    targetDoubles.vector[targetRow] = source.vector[row];
                }
            }
        }
        else if (target instanceof TimestampColumnVector targetTimestamps) {
            for (int index = 0; index < count; index++) {
                TimestampColumnVector source = (TimestampColumnVector) sources[index];
                int row = source.isRepeating ? 0 : rows[index];
                int targetRow = targets[index];
                if (!source.noNulls && source.isNull[row]) {
                    setNull(target, targetRow);
                }
                else {
                    targetTimestamps.isNull[targetRow] = false;
                    targetTimestamps.time[targetRow] = source.time[row];
                    targetTimestamps.nanos[targetRow] = source.nanos[row];
                }
            }
        }
        else if (target instanceof StructColumnVector targetStruct) {
            copyStructRows(sources, rows, targets, count, targetStruct, byReference);
        }
        else if (target instanceof MapColumnVector || target instanceof ListColumnVector) {
            copyMultiValuedRows(sources, rows, targets, count, (MultiValuedColumnVector) target, byReference);
        }
        else {
            throw new IllegalArgumentException("unsupported vector: " + target.getClass().getSimpleName());
        }
    }

    private static void copyStructRows(ColumnVector[] sources, int[] rows, int[] targets, int count, StructColumnVector target, boolean byReference)
    {
        int[] present = new int[count];
        int[] presentRows = new int[count];
        int[] presentTargets = new int[count];
        int presentCount = 0;
        for (int index = 0; index < count; index++) {
            ColumnVector source = sources[index];
            int row = source.isRepeating ? 0 : rows[index];
            if (!source.noNulls && source.isNull[row]) {
                setNull(target, targets[index]);
            }
            else {
                target.isNull[targets[index]] = false;
                present[presentCount] = index;
                presentRows[presentCount] = row;
                presentTargets[presentCount] = targets[index];
                presentCount++;
            }
        }
        ColumnVector[] fieldSources = new ColumnVector[presentCount];
        for (int field = 0; field < target.fields.length; field++) {
            for (int index = 0; index < presentCount; index++) {
                fieldSources[index] = ((StructColumnVector) sources[present[index]]).fields[field];
            }
            copyRows(fieldSources, presentRows, presentTargets, presentCount, target.fields[field], byReference);
        }
    }

    private static void copyMultiValuedRows(ColumnVector[] sources, int[] rows, int[] targets, int count, MultiValuedColumnVector target, boolean byReference)
    {
        int children = 0;
        for (int index = 0; index < count; index++) {
            MultiValuedColumnVector source = (MultiValuedColumnVector) sources[index];
            int row = source.isRepeating ? 0 : rows[index];
            if (source.noNulls || !source.isNull[row]) {
                children += (int) source.lengths[row];
            }
        }
        int start = target.childCount;
        boolean isMap = target instanceof MapColumnVector;
        ColumnVector[] firstChildren = new ColumnVector[children];
        ColumnVector[] secondChildren = isMap ? new ColumnVector[children] : null;
        int[] childRows = new int[children];
        int[] childTargets = new int[children];
        int child = 0;
        for (int index = 0; index < count; index++) {
            MultiValuedColumnVector source = (MultiValuedColumnVector) sources[index];
            int row = source.isRepeating ? 0 : rows[index];
            int targetRow = targets[index];
            if (!source.noNulls && source.isNull[row]) {
                setNull(target, targetRow);
                continue;
            }
            target.isNull[targetRow] = false;
            int length = (int) source.lengths[row];
            target.offsets[targetRow] = start + child;
            target.lengths[targetRow] = length;
            for (int element = 0; element < length; element++) {
                if (isMap) {
                    firstChildren[child] = ((MapColumnVector) source).keys;
                    secondChildren[child] = ((MapColumnVector) source).values;
                }
                else {
                    firstChildren[child] = ((ListColumnVector) source).child;
                }
                childRows[child] = (int) source.offsets[row] + element;
                childTargets[child] = start + child;
                child++;
            }
        }
        target.childCount = start + children;
        if (isMap) {
            MapColumnVector map = (MapColumnVector) target;
            ensureChildCapacity(map.keys, start + children);
            ensureChildCapacity(map.values, start + children);
            copyRows(firstChildren, childRows, childTargets, children, map.keys, byReference);
            copyRows(secondChildren, childRows, childTargets, children, map.values, byReference);
        }
        else {
            ListColumnVector list = (ListColumnVector) target;
            ensureChildCapacity(list.child, start + children);
            copyRows(firstChildren, childRows, childTargets, children, list.child, byReference);
        }
    }

    private static void setNull(ColumnVector target, int targetRow)
    {
        target.isNull[targetRow] = true;
        target.noNulls = false;
        if (target instanceof MultiValuedColumnVector multiValued) {
            multiValued.offsets[targetRow] = multiValued.childCount;
            multiValued.lengths[targetRow] = 0;
        }
    }

    private static void ensureChildCapacity(ColumnVector child, int capacity)
    {
        if (capacity > child.isNull.length) {
            child.ensureSize(Math.max(capacity, child.isNull.length * 2), true);
        }
    }
}
