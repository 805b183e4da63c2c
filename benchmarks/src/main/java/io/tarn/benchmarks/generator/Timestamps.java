package io.tarn.benchmarks.generator;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Fast UTC formatting of epoch milliseconds in CloudTrail's forms.
 */
final class Timestamps
{
    static final long MILLIS_PER_DAY = 86_400_000L;
    private static final java.time.format.DateTimeFormatter VERBOSE = java.time.format.DateTimeFormatter.ofPattern("MMM d, uuuu, h:mm:ss a", java.util.Locale.US)
            .withZone(ZoneOffset.UTC);

    private Timestamps() {}

    /**
     * {@code 2025-01-31T13:45:07Z}, the form of {@code eventTime} and {@code creationDate}.
     */
    static String iso(long epochMillis)
    {
        char[] text = new char[20];
        writeDate(text, Math.floorDiv(epochMillis, MILLIS_PER_DAY), true);
        text[10] = 'T';
        long secondOfDay = Math.floorMod(epochMillis, MILLIS_PER_DAY) / 1000;
        two(text, 11, (int) (secondOfDay / 3600));
        text[13] = ':';
        two(text, 14, (int) (secondOfDay / 60 % 60));
        text[16] = ':';
        two(text, 17, (int) (secondOfDay % 60));
        text[19] = 'Z';
        return new String(text);
    }

    /**
     * {@code 20250131T1345Z}, the delivery time in a log file's name.
     */
    static String compactMinute(long epochMillis)
    {
        char[] text = new char[14];
        char[] date = new char[8];
        writeDate(date, Math.floorDiv(epochMillis, MILLIS_PER_DAY), false);
        System.arraycopy(date, 0, text, 0, 8);
        text[8] = 'T';
        long minuteOfDay = Math.floorMod(epochMillis, MILLIS_PER_DAY) / 60_000;
        two(text, 9, (int) (minuteOfDay / 60));
        two(text, 11, (int) (minuteOfDay % 60));
        text[13] = 'Z';
        return new String(text);
    }

    /**
     * {@code 2025/01/31}, the date directories of a trail's layout.
     */
    static String datePath(long epochMillis)
    {
        String iso = iso(epochMillis);
        return iso.substring(0, 4) + "/" + iso.substring(5, 7) + "/" + iso.substring(8, 10);
    }

    /**
     * {@code Jan 31, 2025, 1:45:07 PM}, the form some services use in response elements.
     */
    static String verbose(long epochMillis)
    {
        return VERBOSE.format(java.time.Instant.ofEpochMilli(epochMillis));
    }

    private static void writeDate(char[] text, long epochDay, boolean dashes)
    {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        int year = date.getYear();
        text[0] = (char) ('0' + year / 1000);
        text[1] = (char) ('0' + year / 100 % 10);
        text[2] = (char) ('0' + year / 10 % 10);
        text[3] = (char) ('0' + year % 10);
        int position = 4;
        if (dashes) {
            text[position++] = '-';
        }
        two(text, position, date.getMonthValue());
        position += 2;
        if (dashes) {
            text[position++] = '-';
        }
        two(text, position, date.getDayOfMonth());
    }

    private static void two(char[] text, int position, int value)
    {
        text[position] = (char) ('0' + value / 10);
        text[position + 1] = (char) ('0' + value % 10);
    }
}
