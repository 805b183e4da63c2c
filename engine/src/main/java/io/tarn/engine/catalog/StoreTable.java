package io.tarn.engine.catalog;

import io.tarn.storage.EventDataStore;
import io.tarn.storage.schema.ArrayType;
import io.tarn.storage.schema.DataType;
import io.tarn.storage.schema.Field;
import io.tarn.storage.schema.MapType;
import io.tarn.storage.schema.PrimitiveType;
import io.tarn.storage.schema.StructType;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.StructKind;
import org.apache.calcite.sql.type.SqlTypeName;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * An event data store as a table. Struct columns let SQL name their fields without a table qualifier
 * ({@code userIdentity.sessionContext.sessionIssuer.arn}), as Lake's queries do.
 */
public final class StoreTable
        extends EngineTable
{
    private final EventDataStore store;

    public StoreTable(EventDataStore store)
    {
        super(store.name(), typeFactory -> rowType(typeFactory, store));
        this.store = requireNonNull(store, "store is null");
    }

    public EventDataStore store()
    {
        return store;
    }

    private static RelDataType rowType(RelDataTypeFactory typeFactory, EventDataStore store)
    {
        List<Field> columns = store.schema().columns();
        return typeFactory.createStructType(
                columns.stream().map(column -> toRelType(typeFactory, column.type())).toList(),
                columns.stream().map(Field::name).toList());
    }

    public static RelDataType toRelType(RelDataTypeFactory typeFactory, DataType type)
    {
        RelDataType result;
        if (type instanceof PrimitiveType primitive) {
            result = switch (primitive) {
                case STRING -> typeFactory.createSqlType(SqlTypeName.VARCHAR);
                case BOOLEAN -> typeFactory.createSqlType(SqlTypeName.BOOLEAN);
                case INTEGER -> typeFactory.createSqlType(SqlTypeName.INTEGER);
                case BIGINT -> typeFactory.createSqlType(SqlTypeName.BIGINT);
                case DOUBLE -> typeFactory.createSqlType(SqlTypeName.DOUBLE);
                case TIMESTAMP -> typeFactory.createSqlType(SqlTypeName.TIMESTAMP, 3);
            };
        }
        else if (type instanceof StructType struct) {
            result = typeFactory.createStructType(
                    StructKind.PEEK_FIELDS_NO_EXPAND,
                    struct.fields().stream().map(field -> toRelType(typeFactory, field.type())).toList(),
                    struct.fields().stream().map(Field::name).toList());
        }
        else if (type instanceof MapType map) {
            result = typeFactory.createMapType(toRelType(typeFactory, map.keyType()), toRelType(typeFactory, map.valueType()));
        }
        else if (type instanceof ArrayType array) {
            result = typeFactory.createArrayType(toRelType(typeFactory, array.elementType()), -1);
        }
        else {
            throw new IllegalArgumentException("unknown type " + type);
        }
        return typeFactory.createTypeWithNullability(result, true);
    }
}
