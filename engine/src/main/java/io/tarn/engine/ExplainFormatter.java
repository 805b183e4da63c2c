package io.tarn.engine;

import io.tarn.engine.exec.QueryStatistics;
import io.tarn.engine.service.DataSizes;
import io.tarn.storage.ScanPlan;
import io.tarn.storage.TimeRange;
import io.tarn.storage.TimeRanges;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Text of EXPLAIN (TYPE IO) and EXPLAIN ANALYZE: what a query will read, or did read.
 */
final class ExplainFormatter
{
    private ExplainFormatter() {}

    /**
     * Per store scan: partitions and files selected by the event time ranges and the estimated bytes,
     * all from the catalog, without reading data.
     */
    static String io(List<ScanPlan> plans)
    {
        StringBuilder text = new StringBuilder();
        long totalBytes = 0;
        for (ScanPlan plan : plans) {
            text.append(String.format(Locale.ROOT, "Scan of event data store %s (%s)%n", plan.store().name(), plan.store().id()));
            text.append(String.format(Locale.ROOT, "    columns: %s%n", String.join(", ", plan.request().columns())));
            text.append(String.format(Locale.ROOT, "    eventTime ranges: %s%n", describe(plan.request().timeRanges())));
            text.append(String.format(Locale.ROOT, "    partitions: %d of %d%n", plan.partitionsSelected(), plan.partitionsTotal()));
            text.append(String.format(Locale.ROOT, "    files: %d of %d%n", plan.filesSelected(), plan.filesTotal()));
            plan.splits().stream().map(split -> split.partition()).distinct().limit(20)
                    .forEach(partition -> text.append("        ").append(partition).append('\n'));
            text.append(String.format(Locale.ROOT, "    estimated BytesScanned: %d (%s)%n", plan.estimatedBytes(), DataSizes.format(plan.estimatedBytes())));
            totalBytes += plan.estimatedBytes();
        }
        text.append(String.format(Locale.ROOT, "Estimated BytesScanned: %d (%s)", totalBytes, DataSizes.format(totalBytes)));
        return text.toString();
    }

    private static String describe(TimeRanges ranges)
    {
        if (ranges.isAll()) {
            return "all";
        }
        if (ranges.isNone()) {
            return "none (the filter admits no event time)";
        }
        return ranges.ranges().stream().map(TimeRange::toString).collect(Collectors.joining(" or "));
    }

    static String statistics(QueryStatistics.Snapshot snapshot, long elapsedMillis)
    {
        return String.format(Locale.ROOT, "BytesScanned: %d, EventsScanned: %d, EventsMatched: %d, ExecutionTimeInMillis: %d",
                snapshot.bytesScanned(), snapshot.eventsScanned(), snapshot.eventsMatched(), elapsedMillis);
    }
}
