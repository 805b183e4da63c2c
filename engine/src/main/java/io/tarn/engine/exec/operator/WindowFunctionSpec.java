package io.tarn.engine.exec.operator;

import io.tarn.engine.function.GroupedAccumulator;
import org.apache.calcite.rel.type.RelDataType;

import static java.util.Objects.requireNonNull;

/**
 * One window function of a window group: a ranking or value function by kind, or an aggregate (with an
 * accumulator factory) over the frame.
 *
 * @param kind {@code ROW_NUMBER}, {@code RANK}, {@code DENSE_RANK}, {@code PERCENT_RANK},
 *         {@code CUME_DIST}, {@code NTILE}, {@code LAG}, {@code LEAD}, {@code FIRST_VALUE},
 *         {@code LAST_VALUE}, {@code NTH_VALUE} or {@code AGGREGATE}
 * @param argumentChannels input columns of the arguments (constants are appended columns)
 */
public record WindowFunctionSpec(String kind, int[] argumentChannels, GroupedAccumulator.Factory aggregate, RelDataType type, boolean ignoreNulls)
{
    public WindowFunctionSpec
    {
        requireNonNull(kind, "kind is null");
        argumentChannels = argumentChannels.clone();
        requireNonNull(type, "type is null");
    }
}
