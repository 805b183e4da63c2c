package io.tarn.engine.catalog;

import io.tarn.engine.plan.TableScanNode;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;

import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * A table SQL can read: an event data store or a virtual table. Its scan becomes a {@link TableScanNode},
 * which carries what is pushed into the scan.
 */
public abstract class EngineTable
        extends AbstractTable
        implements TranslatableTable
{
    private final String name;
    private final Function<RelDataTypeFactory, RelDataType> rowType;

    protected EngineTable(String name, Function<RelDataTypeFactory, RelDataType> rowType)
    {
        this.name = requireNonNull(name, "name is null");
        this.rowType = requireNonNull(rowType, "rowType is null");
    }

    /**
     * The table's canonical name: a store's name, or a virtual table's.
     */
    public String name()
    {
        return name;
    }

    @Override
    public RelDataType getRowType(RelDataTypeFactory typeFactory)
    {
        return rowType.apply(typeFactory);
    }

    @Override
    public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable)
    {
        return TableScanNode.create(context.getCluster(), relOptTable, this);
    }
}
