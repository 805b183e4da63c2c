package io.tarn.storage.schema;

/**
 * Scalar types. {@link #TIMESTAMP} is a UTC instant with millisecond precision.
 */
public enum PrimitiveType
        implements DataType
{
    STRING("string"),
    BOOLEAN("boolean"),
    INTEGER("int"),
    BIGINT("bigint"),
    DOUBLE("double"),
    TIMESTAMP("timestamp");

    private final String hiveName;

    PrimitiveType(String hiveName)
    {
        this.hiveName = hiveName;
    }

    @Override
    public String hiveName()
    {
        return hiveName;
    }
}
