package io.tarn.storage.schema;

import static java.util.Objects.requireNonNull;

/**
 * An array of elements of one type.
 */
public record ArrayType(DataType elementType)
        implements DataType
{
    public ArrayType
    {
        requireNonNull(elementType, "elementType is null");
    }

    @Override
    public String hiveName()
    {
        return "array<" + elementType.hiveName() + ">";
    }
}
