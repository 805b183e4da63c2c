package io.tarn.engine.plan;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.tarn.engine.catalog.EngineTable;
import io.tarn.storage.TimeRanges;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.tools.RelBuilder;
import org.apache.calcite.util.ImmutableBitSet;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static java.util.Objects.requireNonNull;

/**
 * A scan of one table, carrying what has been pushed into it: the columns read (by index into the
 * table's row type, in output order), the nested fields needed of struct columns, and the event time
 * ranges that bound it.
 */
public final class TableScanNode
        extends TableScan
{
    private final EngineTable engineTable;
    private final List<Integer> columns;
    private final Map<String, Set<String>> nestedFields;
    private final TimeRanges timeRanges;

    private TableScanNode(RelOptCluster cluster, RelTraitSet traits, RelOptTable table, EngineTable engineTable, List<Integer> columns, Map<String, Set<String>> nestedFields, TimeRanges timeRanges)
    {
        super(cluster, traits, ImmutableList.of(), table);
        this.engineTable = requireNonNull(engineTable, "engineTable is null");
        this.columns = ImmutableList.copyOf(columns);
        this.nestedFields = ImmutableMap.copyOf(nestedFields);
        this.timeRanges = requireNonNull(timeRanges, "timeRanges is null");
    }

    public static TableScanNode create(RelOptCluster cluster, RelOptTable table, EngineTable engineTable)
    {
        int columnCount = table.getRowType().getFieldCount();
        return new TableScanNode(cluster, cluster.traitSetOf(Convention.NONE), table, engineTable,
                IntStream.range(0, columnCount).boxed().toList(), Map.of(), TimeRanges.all());
    }

    public EngineTable engineTable()
    {
        return engineTable;
    }

    public List<Integer> columns()
    {
        return columns;
    }

    public List<String> columnNames()
    {
        List<RelDataTypeField> fields = table.getRowType().getFieldList();
        return columns.stream().map(index -> fields.get(index).getName()).toList();
    }

    public Map<String, Set<String>> nestedFields()
    {
        return nestedFields;
    }

    public TimeRanges timeRanges()
    {
        return timeRanges;
    }

    public TableScanNode withColumns(List<Integer> newColumns)
    {
        return new TableScanNode(getCluster(), getTraitSet(), table, engineTable, newColumns, nestedFields, timeRanges);
    }

    public TableScanNode withNestedFields(Map<String, Set<String>> newNestedFields)
    {
        return new TableScanNode(getCluster(), getTraitSet(), table, engineTable, columns, newNestedFields, timeRanges);
    }

    public TableScanNode withTimeRanges(TimeRanges newTimeRanges)
    {
        return new TableScanNode(getCluster(), getTraitSet(), table, engineTable, columns, nestedFields, newTimeRanges);
    }

    @Override
    public RelDataType deriveRowType()
    {
        List<RelDataTypeField> fields = table.getRowType().getFieldList();
        RelDataType tableType = table.getRowType();
        return getCluster().getTypeFactory().createStructType(
                tableType.getStructKind(),
                columns.stream().map(index -> fields.get(index).getType()).toList(),
                columns.stream().map(index -> fields.get(index).getName()).toList());
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs)
    {
        return new TableScanNode(getCluster(), traitSet, table, engineTable, columns, nestedFields, timeRanges);
    }

    /**
     * Column pruning: Calcite's field trimmer asks the scan to produce only the used fields.
     */
    @Override
    public RelNode project(ImmutableBitSet fieldsUsed, Set<RelDataTypeField> extraFields, RelBuilder relBuilder)
    {
        if (!extraFields.isEmpty() || fieldsUsed.cardinality() == columns.size()) {
            return super.project(fieldsUsed, extraFields, relBuilder);
        }
        List<Integer> used = fieldsUsed.asList().stream().map(columns::get).toList();
        return withColumns(used);
    }

    @Override
    public RelWriter explainTerms(RelWriter writer)
    {
        return super.explainTerms(writer)
                .item("columns", columnNames())
                .itemIf("nested", nestedFields, !nestedFields.isEmpty())
                .itemIf("eventTime", timeRanges, !timeRanges.isAll());
    }
}
