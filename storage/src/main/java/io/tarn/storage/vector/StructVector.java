package io.tarn.storage.vector;

import static java.util.Objects.requireNonNull;

/**
 * Rows of named fields; field {@code i} of position {@code p} is {@code fields[i]} at {@code p}. The field
 * names and types are known from the schema, not stored here.
 */
public final class StructVector
        extends ColumnVector
{
    public ColumnVector[] fields;

    public StructVector(int capacity, ColumnVector... fields)
    {
        super(capacity);
        this.fields = requireNonNull(fields, "fields is null");
    }

    @Override
    public void copyFrom(ColumnVector source, int sourcePosition, int targetPosition)
    {
        StructVector struct = (StructVector) source;
        for (int field = 0; field < fields.length; field++) {
            fields[field].ensureCapacity(targetPosition + 1);
            fields[field].copyFrom(struct.fields[field], sourcePosition, targetPosition);
        }
        if (source.isNull(sourcePosition)) {
            setNull(targetPosition);
            return;
        }
        isNull[targetPosition] = false;
    }

    @Override
    public void reset()
    {
        super.reset();
        for (ColumnVector field : fields) {
            field.reset();
        }
    }

    @Override
    protected void growValues(int newCapacity)
    {
        for (ColumnVector field : fields) {
            field.ensureCapacity(newCapacity);
        }
    }

    @Override
    public StructVector newEmpty(int capacity)
    {
        ColumnVector[] children = new ColumnVector[fields.length];
        for (int field = 0; field < fields.length; field++) {
            children[field] = fields[field].newEmpty(capacity);
        }
        return new StructVector(capacity, children);
    }
}
