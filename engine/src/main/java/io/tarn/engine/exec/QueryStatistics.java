package io.tarn.engine.exec;

import io.tarn.storage.ScanStatistics;

import java.util.concurrent.atomic.LongAdder;

/**
 * The numbers Lake reports and bills by, counted while a query runs and readable at any time:
 * {@code BytesScanned} and {@code EventsScanned} from the storage scans, {@code EventsMatched} from the
 * filters right above them.
 */
public final class QueryStatistics
{
    private final ScanStatistics scans = new ScanStatistics();
    private final LongAdder eventsMatched = new LongAdder();
    private final LongAdder unfilteredScannedEvents = new LongAdder();

    public ScanStatistics scans()
    {
        return scans;
    }

    /**
     * Counts events that satisfied the filters on a store.
     */
    public LongAdder eventsMatchedCounter()
    {
        return eventsMatched;
    }

    /**
     * Counts events returned by store scans that have no filter above them (all of them match).
     */
    public LongAdder unfilteredScannedEventsCounter()
    {
        return unfilteredScannedEvents;
    }

    public Snapshot snapshot()
    {
        ScanStatistics.Snapshot scan = scans.snapshot();
        return new Snapshot(scan.bytesRead(), scan.eventsRead(), eventsMatched.sum() + unfilteredScannedEvents.sum(), scan);
    }

    /**
     * The statistics at one moment.
     */
    public record Snapshot(long bytesScanned, long eventsScanned, long eventsMatched, ScanStatistics.Snapshot scan) {}
}
