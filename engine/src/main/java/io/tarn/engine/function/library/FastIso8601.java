package io.tarn.engine.function.library;

import io.tarn.engine.exec.TimestampWithZone;

import java.time.ZoneOffset;

/**
 * The fast path of {@code from_iso8601_timestamp}: the form events carry,
 * {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|+hh:mm|-hh:mm)}, read from UTF-8 bytes without allocating.
 * Anything else, including invalid field values, is left to {@link Iso8601}.
 */
final class FastIso8601
{
    static final long NOT_PARSED = Long.MIN_VALUE;

    private FastIso8601() {}

    /**
     * The packed timestamp with time zone, or {@link #NOT_PARSED}.
     */
    static long parse(byte[] bytes, int offset, int length)
    {
        int end = offset + length;
        if (length < 20 || bytes[offset + 4] != '-' || bytes[offset + 7] != '-' || bytes[offset + 10] != 'T'
                || bytes[offset + 13] != ':' || bytes[offset + 16] != ':') {
            return NOT_PARSED;
        }
        int year = digits(bytes, offset, 4);
        int month = digits(bytes, offset + 5, 2);
        int day = digits(bytes, offset + 8, 2);
        int hour = digits(bytes, offset + 11, 2);
        int minute = digits(bytes, offset + 14, 2);
        int second = digits(bytes, offset + 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > CivilDates.daysInMonth(year, month) || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return NOT_PARSED;
        }
        int position = offset + 19;
        long millis = 0;
        if (bytes[position] == '.' || bytes[position] == ',') {
            position++;
            int start = position;
            long scale = 100;
            while (position < end && bytes[position] >= '0' && bytes[position] <= '9') {
                millis += (bytes[position] - '0') * scale;
                scale /= 10;
                position++;
            }
            if (position == start) {
                return NOT_PARSED;
            }
        }
        if (position >= end) {
            return NOT_PARSED;
        }
        int offsetSeconds;
        if (bytes[position] == 'Z' && position + 1 == end) {
            offsetSeconds = 0;
        }
        else if ((bytes[position] == '+' || bytes[position] == '-') && position + 6 == end && bytes[position + 3] == ':') {
            int offsetHours = digits(bytes, position + 1, 2);
            int offsetMinutes = digits(bytes, position + 4, 2);
            if (offsetHours < 0 || offsetHours > 18 || offsetMinutes < 0 || offsetMinutes > 59) {
                return NOT_PARSED;
            }
            offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (bytes[position] == '-' ? -1 : 1);
        }
        else {
            return NOT_PARSED;
        }
        long epochDay = CivilDates.epochDay(year, month, day);
        long epochMillis = ((epochDay * 24 + hour) * 60 + minute) * 60_000L + second * 1000L + millis - offsetSeconds * 1000L;
        return offsetSeconds == 0 ? TimestampWithZone.packUtc(epochMillis) : TimestampWithZone.pack(epochMillis, ZoneOffset.ofTotalSeconds(offsetSeconds));
    }

    private static int digits(byte[] bytes, int offset, int count)
    {
        int value = 0;
        for (int index = offset; index < offset + count; index++) {
            int digit = bytes[index] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

}
