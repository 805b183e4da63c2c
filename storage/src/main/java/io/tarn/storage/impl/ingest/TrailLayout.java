package io.tarn.storage.impl.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the path of a trail's files says (spec 13.2, 14): keys look like
 * {@code AWSLogs/[o-<org-id>/]<account>/CloudTrail/<region>/YYYY/MM/DD/<account>_CloudTrail_<region>_YYYYMMDDTHHmmZ_<unique>.json.gz},
 * digests live under {@code CloudTrail-Digest} and are named {@code ..._CloudTrail-Digest_...}.
 *
 * <p>A log file is delivered at the minute in its name and holds events from before that moment, so it
 * can be skipped unread when that minute ends before the wanted range starts. Files delivered after the
 * range ends may still hold late events of the range; they are skipped only when delivered more than
 * {@link #DELIVERY_SLACK_MILLIS} after its end (Lake itself copies only files whose names fall inside the
 * range).
 *
 * <p>Public so that a client uploading a directory to a server ({@code tarn ingest --server}) skips what a
 * local walk skips.
 */
public final class TrailLayout
{
    static final long DELIVERY_SLACK_MILLIS = 60 * 60 * 1000L;
    static final String DIGEST_PREFIX = "CloudTrail-Digest";
    public static final String LOG_PREFIX = "CloudTrail";

    private static final long MINUTE_MILLIS = 60_000L;
    private static final long DAY_MILLIS = 86_400_000L;
    // <account>_CloudTrail[-Insight|-Digest]_<region>_..._YYYYMMDDTHHmm[ss]Z...: only CloudTrail's own names
    private static final Pattern DELIVERY_TIME = Pattern.compile("^\\d{12}_CloudTrail(?:-[A-Za-z]+)?_.*?_(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(?:\\d{2})?Z");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private TrailLayout() {}

    public static boolean isDigest(List<String> segments, String name)
    {
        return name.contains("_" + DIGEST_PREFIX + "_") || segments.contains(DIGEST_PREFIX);
    }

    /**
     * The prefix directory of a path inside {@code AWSLogs/[org/]<account>/<prefix>/...}, such as
     * {@code CloudTrail} or {@code CloudTrail-Insight}; empty outside that layout.
     */
    public static Optional<String> prefix(List<String> segments)
    {
        int prefixIndex = prefixIndex(segments);
        return prefixIndex < 0 || prefixIndex >= segments.size() ? Optional.empty() : Optional.of(segments.get(prefixIndex));
    }

    private static int prefixIndex(List<String> segments)
    {
        int awsLogs = segments.lastIndexOf("AWSLogs");
        if (awsLogs < 0) {
            return -1;
        }
        int index = awsLogs + 1;
        if (index < segments.size() && segments.get(index).startsWith("o-")) {
            index++;
        }
        if (index >= segments.size() || !ACCOUNT.matcher(segments.get(index)).matches()) {
            return -1;
        }
        return index + 1;
    }

    /**
     * The detail of the notice for a log file or a directory of them skipped because its deliveries miss
     * {@code [start, end)}: a store of 366 days' retention that silently read nothing of last year's trail
     * would look broken.
     */
    public static String outsideRangeDetail(boolean directory, long start, long end)
    {
        String from = start == Long.MIN_VALUE ? "" : " from " + Instant.ofEpochMilli(start);
        String to = end == Long.MAX_VALUE ? "" : " before " + Instant.ofEpochMilli(end);
        return (directory ? "a directory of log files" : "a log file") + " delivered outside the time range of this ingestion (events" + from + to
                + ": the store's retention period and any requested start and end)";
    }

    /**
     * Whether a directory of the layout can be skipped: a year, month or day directory under a prefix's
     * region whose deliveries all miss {@code [start, end)}.
     */
    public static boolean canSkipDirectory(List<String> segments, long start, long end)
    {
        long[] span = dateSpan(segments);
        return span != null && missesRange(span[0], span[1], start, end);
    }

    /**
     * The first millisecond of the day of a day directory of the layout
     * ({@code .../<prefix>/<region>/YYYY/MM/DD}); empty for other directories.
     */
    static OptionalLong dayDirectoryStart(List<String> segments)
    {
        long[] span = dateSpan(segments);
        if (span == null || dateDepth(segments) != 3) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(span[0]);
    }

    private static int dateDepth(List<String> segments)
    {
        // prefix, region, then year, month, day
        return segments.size() - (prefixIndex(segments) + 2);
    }

    /**
     * The deliveries {@code [first, afterLast)} a year, month or day directory under a prefix's region can
     * hold; null for other directories.
     */
    private static long[] dateSpan(List<String> segments)
    {
        int prefixIndex = prefixIndex(segments);
        if (prefixIndex < 0) {
            return null;
        }
        int dateDepth = dateDepth(segments);
        if (dateDepth < 1 || dateDepth > 3) {
            return null;
        }
        int[] parts = new int[] {0, 1, 1};
        for (int index = 0; index < dateDepth; index++) {
            String segment = segments.get(prefixIndex + 2 + index);
            if (!NUMBER.matcher(segment).matches() || segment.length() > 4) {
                return null;
            }
            parts[index] = Integer.parseInt(segment);
        }
        if (parts[1] < 1 || parts[1] > 12 || parts[2] < 1 || parts[2] > 31) {
            return null;
        }
        long first = EventTimestamps.epochDay(parts[0], parts[1], parts[2]) * DAY_MILLIS;
        long afterLast = switch (dateDepth) {
            case 1 -> EventTimestamps.epochDay(parts[0] + 1, 1, 1) * DAY_MILLIS;
            case 2 -> (parts[1] == 12 ? EventTimestamps.epochDay(parts[0] + 1, 1, 1) : EventTimestamps.epochDay(parts[0], parts[1] + 1, 1)) * DAY_MILLIS;
            default -> first + DAY_MILLIS;
        };
        return new long[] {first, afterLast};
    }

    /**
     * Whether a log file can be skipped by the delivery time in its name; only names of CloudTrail's own
     * form ({@code <account>_CloudTrail_<region>_YYYYMMDDTHHmmZ_...}) are trusted to say when the file was
     * delivered.
     */
    public static boolean canSkipFile(String name, long start, long end)
    {
        OptionalLong delivered = deliveryMinute(name);
        if (delivered.isEmpty()) {
            return false;
        }
        return missesRange(delivered.getAsLong(), delivered.getAsLong() + MINUTE_MILLIS, start, end);
    }

    /**
     * Deliveries in {@code [first, afterLast)} hold only events before {@code afterLast}, so they miss a
     * range starting at or after it; and they are too late for a range ending more than the slack before
     * {@code first}.
     */
    private static boolean missesRange(long first, long afterLast, long start, long end)
    {
        return afterLast <= start || (end != Long.MAX_VALUE && first >= end + DELIVERY_SLACK_MILLIS);
    }

    static OptionalLong deliveryMinute(String name)
    {
        Matcher matcher = DELIVERY_TIME.matcher(name);
        if (!matcher.find()) {
            return OptionalLong.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        int month = Integer.parseInt(matcher.group(2));
        int day = Integer.parseInt(matcher.group(3));
        int hour = Integer.parseInt(matcher.group(4));
        int minute = Integer.parseInt(matcher.group(5));
        if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(EventTimestamps.epochDay(year, month, day) * DAY_MILLIS + (hour * 60L + minute) * MINUTE_MILLIS);
    }
}
