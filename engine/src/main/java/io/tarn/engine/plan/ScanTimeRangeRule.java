package io.tarn.engine.plan;

import io.tarn.engine.catalog.StoreTable;
import io.tarn.storage.TimeRanges;
import io.tarn.storage.schema.EventSchema;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.rel.core.Filter;

import java.time.ZoneId;

import static java.util.Objects.requireNonNull;

/**
 * Pushes the event time ranges a filter implies into the store scan below it. The filter stays: the ranges
 * only let the scan skip partitions, files, stripes and row groups.
 */
public final class ScanTimeRangeRule
        extends RelOptRule
{
    private final ZoneId sessionZone;
    private final ConstantEvaluator constants;

    @SuppressWarnings("deprecation")
    public ScanTimeRangeRule(ZoneId sessionZone, ConstantEvaluator constants)
    {
        super(operand(Filter.class, operand(TableScanNode.class, none())), "ScanTimeRangeRule");
        this.sessionZone = requireNonNull(sessionZone, "sessionZone is null");
        this.constants = requireNonNull(constants, "constants is null");
    }

    @Override
    public void onMatch(RelOptRuleCall call)
    {
        Filter filter = call.rel(0);
        TableScanNode scan = call.rel(1);
        if (!(scan.engineTable() instanceof StoreTable)) {
            return;
        }
        int channel = scan.columnNames().indexOf(EventSchema.EVENT_TIME);
        if (channel < 0) {
            return;
        }
        TimeRanges ranges = new TimeRangeExtractor(channel, sessionZone, constants).extract(filter.getCondition());
        TimeRanges combined = scan.timeRanges().intersect(ranges);
        if (combined.equals(scan.timeRanges())) {
            return;
        }
        call.transformTo(filter.copy(filter.getTraitSet(), scan.withTimeRanges(combined), filter.getCondition()));
    }
}
