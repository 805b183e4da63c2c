package io.tarn.cli.shell;

import io.tarn.engine.service.DataSizes;

import java.util.Locale;

/**
 * The shell's one-line texts about a query: the progress line while it runs and the summary after it.
 */
final class Summaries
{
    private Summaries() {}

    /**
     * {@code Running 3.4s: 1,234,567 events scanned, 56.70MB scanned (Ctrl-C cancels)}.
     */
    static String progress(QueryProgress progress)
    {
        return String.format(Locale.ROOT, "Running %s: %,d events scanned, %s scanned (Ctrl-C cancels)",
                duration(progress.elapsedMillis()), progress.eventsScanned(), DataSizes.format(progress.bytesScanned()));
    }

    /**
     * {@code 12 rows in 0.42s: BytesScanned 1,234,567 (1.18MB), EventsScanned 2,900, EventsMatched 12}.
     */
    static String summary(long rows, QueryProgress progress)
    {
        return String.format(Locale.ROOT, "%,d %s in %s: %s", rows, rows == 1 ? "row" : "rows", duration(progress.elapsedMillis()), billed(progress));
    }

    /**
     * {@code BytesScanned 1,234,567 (1.18MB), EventsScanned 2,900, EventsMatched 12}: the numbers Lake bills by.
     */
    static String billed(QueryProgress progress)
    {
        return String.format(Locale.ROOT, "BytesScanned %,d (%s), EventsScanned %,d, EventsMatched %s",
                progress.bytesScanned(), DataSizes.format(progress.bytesScanned()), progress.eventsScanned(), count(progress.eventsMatched()));
    }

    /**
     * {@code 1,234}, or {@code unknown} for {@link QueryProgress#UNKNOWN}.
     */
    static String count(long count)
    {
        return count == QueryProgress.UNKNOWN ? "unknown" : String.format(Locale.ROOT, "%,d", count);
    }

    /**
     * {@code 0.42s}, {@code 12.3s}, {@code 2m 03s}.
     */
    static String duration(long millis)
    {
        if (millis < 10_000) {
            return String.format(Locale.ROOT, "%.2fs", millis / 1000.0);
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1fs", millis / 1000.0);
        }
        long seconds = millis / 1000;
        return String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
    }
}
