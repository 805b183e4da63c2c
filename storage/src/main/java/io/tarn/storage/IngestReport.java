package io.tarn.storage;

import com.google.common.collect.ImmutableList;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What an ingestion did. Every event read is accounted for exactly once:
 * {@code eventsRead = eventsStored + eventsFilteredBySelectors + eventsOutsideTimeRange + eventsRejected}.
 * {@code rejections} holds the first rejections; all of them are written to {@code rejectsFile}.
 */
public record IngestReport(
        String ingestId,
        String storeId,
        int filesRead,
        int filesSkipped,
        int filesFailed,
        long eventsRead,
        long eventsStored,
        long eventsFilteredBySelectors,
        long eventsOutsideTimeRange,
        long eventsRejected,
        long bytesIn,
        long bytesOut,
        int dataFilesWritten,
        Duration elapsed,
        List<FileNotice> fileNotices,
        List<Rejection> rejections,
        Optional<String> rejectsFile)
{
    public IngestReport
    {
        requireNonNull(ingestId, "ingestId is null");
        requireNonNull(storeId, "storeId is null");
        requireNonNull(elapsed, "elapsed is null");
        fileNotices = ImmutableList.copyOf(requireNonNull(fileNotices, "fileNotices is null"));
        rejections = ImmutableList.copyOf(requireNonNull(rejections, "rejections is null"));
        requireNonNull(rejectsFile, "rejectsFile is null");
    }

    /**
     * A file that was skipped or could not be read completely.
     */
    public record FileNotice(String source, Kind kind, String detail)
    {
        public enum Kind
        {
            /** A CloudTrail digest file, recognised and skipped. */
            SKIPPED_DIGEST,
            /** Not a CloudTrail log file, or not under the CloudTrail prefix of a trail's layout (trail import). */
            SKIPPED_OTHER,
            /** Could not be opened or decompressed; nothing from it was stored. */
            UNREADABLE,
            /** Ended in the middle of the JSON; the complete records before the damage were kept. */
            TRUNCATED,
            /**
             * A log file of a trail's layout, or a directory of them, whose delivery date (in its name or path)
             * puts all of its events outside the ingestion's time range: the store's retention period and any
             * requested start and end. Not read; a file counts as skipped, a directory does not.
             */
            OUTSIDE_TIME_RANGE,
        }

        public FileNotice
        {
            requireNonNull(source, "source is null");
            requireNonNull(kind, "kind is null");
            requireNonNull(detail, "detail is null");
        }
    }

    /**
     * A record that was not stored, with where it was and why.
     *
     * @param recordNumber 1-based position of the record in its source
     * @param line 1-based line where the record starts
     * @param column 1-based column where the record starts
     */
    public record Rejection(String source, long recordNumber, long line, long column, String reason)
    {
        public Rejection
        {
            requireNonNull(source, "source is null");
            requireNonNull(reason, "reason is null");
        }
    }
}
