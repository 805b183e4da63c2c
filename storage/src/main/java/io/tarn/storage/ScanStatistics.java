package io.tarn.storage;

import java.util.concurrent.atomic.LongAdder;

/**
 * What scans did, counted as they go; one instance may be shared by the parallel readers of a query and
 * read while they run.
 *
 * <p>{@code bytesRead} counts every byte read from a data file's stream, footers and indexes included,
 * compressed as stored: the figure Lake bills by. {@code eventsRead} counts events decoded from the row
 * groups that survived pruning, before rows outside the time ranges are dropped.
 */
public final class ScanStatistics
{
    private final LongAdder bytesRead = new LongAdder();
    private final LongAdder eventsRead = new LongAdder();
    private final LongAdder partitionsSkipped = new LongAdder();
    private final LongAdder filesRead = new LongAdder();
    private final LongAdder filesSkipped = new LongAdder();
    private final LongAdder stripesRead = new LongAdder();
    private final LongAdder stripesSkipped = new LongAdder();
    private final LongAdder rowGroupsRead = new LongAdder();
    private final LongAdder rowGroupsSkipped = new LongAdder();

    public void addBytesRead(long value)
    {
        bytesRead.add(value);
    }

    public void addEventsRead(long value)
    {
        eventsRead.add(value);
    }

    public void addPartitionsSkipped(long value)
    {
        partitionsSkipped.add(value);
    }

    public void addFilesRead(long value)
    {
        filesRead.add(value);
    }

    public void addFilesSkipped(long value)
    {
        filesSkipped.add(value);
    }

    public void addStripesRead(long value)
    {
        stripesRead.add(value);
    }

    public void addStripesSkipped(long value)
    {
        stripesSkipped.add(value);
    }

    public void addRowGroupsRead(long value)
    {
        rowGroupsRead.add(value);
    }

    public void addRowGroupsSkipped(long value)
    {
        rowGroupsSkipped.add(value);
    }

    public Snapshot snapshot()
    {
        return new Snapshot(
                bytesRead.sum(),
                eventsRead.sum(),
                partitionsSkipped.sum(),
                filesRead.sum(),
                filesSkipped.sum(),
                stripesRead.sum(),
                stripesSkipped.sum(),
                rowGroupsRead.sum(),
                rowGroupsSkipped.sum());
    }

    /**
     * The counters at one moment.
     */
    public record Snapshot(
            long bytesRead,
            long eventsRead,
            long partitionsSkipped,
            long filesRead,
            long filesSkipped,
            long stripesRead,
            long stripesSkipped,
            long rowGroupsRead,
            long rowGroupsSkipped) {}
}
