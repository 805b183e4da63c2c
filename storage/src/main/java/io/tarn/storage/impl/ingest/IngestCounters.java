package io.tarn.storage.impl.ingest;

import io.tarn.storage.IngestReport.FileNotice;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The running counts of one ingestion, updated by its threads. Rejections are counted by the
 * {@link RejectsWriter}. Keeps the first {@value #MAX_NOTICES} file notices; the file counts stay exact.
 */
final class IngestCounters
{
    static final int MAX_NOTICES = 1000;

    final LongAdder eventsRead = new LongAdder();
    final LongAdder eventsStored = new LongAdder();
    final LongAdder eventsFiltered = new LongAdder();
    final LongAdder eventsOutsideTimeRange = new LongAdder();
    final LongAdder bytesIn = new LongAdder();
    final AtomicInteger filesRead = new AtomicInteger();
    final AtomicInteger filesSkipped = new AtomicInteger();
    final AtomicInteger filesFailed = new AtomicInteger();
    private final List<FileNotice> notices = new ArrayList<>();

    void notice(String source, FileNotice.Kind kind, String detail)
    {
        switch (kind) {
            case SKIPPED_DIGEST, SKIPPED_OTHER -> filesSkipped.incrementAndGet();
            case UNREADABLE, TRUNCATED -> filesFailed.incrementAndGet();
            // may name a whole directory: outsideTimeRange counts the files
            case OUTSIDE_TIME_RANGE -> { }
        }
        synchronized (notices) {
            if (notices.size() < MAX_NOTICES) {
                notices.add(new FileNotice(source, kind, detail));
            }
        }
    }

    /**
     * A trail's directory or log file passed over unread because its deliveries miss {@code [start, end)}; a
     * file counts as skipped, a directory does not.
     */
    void outsideTimeRange(String source, boolean directory, long start, long end)
    {
        if (!directory) {
            filesSkipped.incrementAndGet();
        }
        notice(source, FileNotice.Kind.OUTSIDE_TIME_RANGE, TrailLayout.outsideRangeDetail(directory, start, end));
    }

    List<FileNotice> notices()
    {
        synchronized (notices) {
            return List.copyOf(notices);
        }
    }
}
