package io.tarn.storage.schema;

import static java.util.Objects.requireNonNull;

/**
 * A map; the CloudTrail schemas only use {@code map<string,string>}.
 */
public record MapType(DataType keyType, DataType valueType)
        implements DataType
{
    public static final MapType STRING_MAP = new MapType(PrimitiveType.STRING, PrimitiveType.STRING);

    public MapType
    {
        requireNonNull(keyType, "keyType is null");
        requireNonNull(valueType, "valueType is null");
    }

    @Override
    public String hiveName()
    {
        return "map<" + keyType.hiveName() + "," + valueType.hiveName() + ">";
    }
}
