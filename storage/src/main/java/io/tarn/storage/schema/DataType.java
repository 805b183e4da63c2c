package io.tarn.storage.schema;

/**
 * The type of a stored column or nested field.
 */
public sealed interface DataType
        permits PrimitiveType, StructType, MapType, ArrayType
{
    /**
     * The Hive-style spelling used in the spec's schemas, e.g. {@code map<string,string>}.
     */
    String hiveName();
}
