package io.tarn.engine.catalog;

import com.google.common.collect.ImmutableList;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import static java.util.Objects.requireNonNull;

/**
 * A table whose rows are computed when it is read, such as {@code information_schema.columns}. Row values
 * are Java values as {@code io.tarn.engine.exec.Values} describes.
 */
public final class VirtualTable
        extends EngineTable
{
    private final Supplier<List<List<Object>>> rows;

    public VirtualTable(String name, Function<RelDataTypeFactory, RelDataType> rowType, Supplier<List<List<Object>>> rows)
    {
        super(name, rowType);
        this.rows = requireNonNull(rows, "rows is null");
    }

    public List<List<Object>> rows()
    {
        return ImmutableList.copyOf(rows.get());
    }
}
