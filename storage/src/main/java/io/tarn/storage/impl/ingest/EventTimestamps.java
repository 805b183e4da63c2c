package io.tarn.storage.impl.ingest;

/**
 * Parses event timestamps straight from characters, without allocating, into UTC epoch milliseconds.
 *
 * <p>Accepted: ISO-8601 extended form {@code 2023-07-10T11:42:36Z} with {@code T} or a space between date
 * and time, optional seconds, a fraction of 1 to 9 digits (truncated to milliseconds), and a zone of
 * {@code Z}, {@code +hh:mm}, {@code +hhmm}, {@code +hh} or none (UTC, as PutAuditEvents sends
 * {@code yyyy-MM-ddTHH:mm:ss}); and the basic form CloudTrail uses in {@code sessionContext} and file
 * names, {@code 20131102T010628Z}. Anything else, including placeholders such as {@code "eventTime"} or
 * {@code "..."}, is invalid.
 */
public final class EventTimestamps
{
    /**
     * Returned for text that is not a timestamp; no valid timestamp (years 1 to 9999) has this value.
     */
    public static final long INVALID = Long.MIN_VALUE;

    private static final long MILLIS_PER_DAY = 86_400_000L;

    private EventTimestamps() {}

    public static long parse(CharSequence text)
    {
        char[] characters = new char[text.length()];
        for (int index = 0; index < characters.length; index++) {
            characters[index] = text.charAt(index);
        }
        return parse(characters, 0, characters.length);
    }

    public static long parse(char[] text, int offset, int length)
    {
        int end = offset + length;
        int position = offset;
        int year = digits(text, position, 4, end);
        if (year < 1) {
            return INVALID;
        }
        position += 4;
        boolean extended = position < end && text[position] == '-';
        if (extended) {
            position++;
        }
        int month = digits(text, position, 2, end);
        position += 2;
        if (extended) {
            if (position >= end || text[position] != '-') {
                return INVALID;
            }
            position++;
        }
        int day = digits(text, position, 2, end);
        position += 2;
        if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
            return INVALID;
        }
        if (position >= end || !(text[position] == 'T' || text[position] == 't' || (extended && text[position] == ' '))) {
            return INVALID;
        }
        position++;
        int hour = digits(text, position, 2, end);
        position += 2;
        if (extended) {
            if (position >= end || text[position] != ':') {
                return INVALID;
            }
            position++;
        }
        int minute = digits(text, position, 2, end);
        position += 2;
        int second = 0;
        boolean hasSeconds = extended ? position < end && text[position] == ':' : position < end && isDigit(text[position]);
        if (hasSeconds) {
            if (extended) {
                position++;
            }
            second = digits(text, position, 2, end);
            position += 2;
        }
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return INVALID;
        }
        int millis = 0;
        if (hasSeconds && position < end && (text[position] == '.' || text[position] == ',')) {
            position++;
            int fractionDigits = 0;
            while (position < end && isDigit(text[position])) {
                if (fractionDigits < 3) {
                    millis = millis * 10 + (text[position] - '0');
                }
                fractionDigits++;
                position++;
            }
            if (fractionDigits == 0 || fractionDigits > 9) {
                return INVALID;
            }
            for (int scale = fractionDigits; scale < 3; scale++) {
                millis *= 10;
            }
        }
        int offsetSeconds = 0;
        if (position < end) {
            char zone = text[position];
            if (zone == 'Z' || zone == 'z') {
                position++;
            }
            else if (zone == '+' || zone == '-') {
                position++;
                int offsetHours = digits(text, position, 2, end);
                position += 2;
                int offsetMinutes = 0;
                if (position < end && text[position] == ':') {
                    position++;
                    offsetMinutes = digits(text, position, 2, end);
                    position += 2;
                }
                else if (position < end) {
                    offsetMinutes = digits(text, position, 2, end);
                    position += 2;
                }
                if (offsetHours < 0 || offsetHours > 18 || offsetMinutes < 0 || offsetMinutes > 59) {
                    return INVALID;
                }
                offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (zone == '-' ? -1 : 1);
            }
            else {
                return INVALID;
            }
        }
        if (position != end) {
            return INVALID;
        }
        long epochDay = epochDay(year, month, day);
        return epochDay * MILLIS_PER_DAY + (hour * 3600L + minute * 60L + second - offsetSeconds) * 1000L + millis;
    }

    /**
     * Days since 1970-01-01 of a proleptic Gregorian date (the "days from civil" algorithm).
     */
    static long epochDay(int year, int month, int day)
    {
        long adjustedYear = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(adjustedYear, 400);
        long yearOfEra = adjustedYear - era * 400;
        long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    private static int daysInMonth(int year, int month)
    {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static int digits(char[] text, int position, int count, int end)
    {
        if (position + count > end) {
            return -1;
        }
        int value = 0;
        for (int index = position; index < position + count; index++) {
            char character = text[index];
            if (!isDigit(character)) {
                return -1;
            }
            value = value * 10 + (character - '0');
        }
        return value;
    }

    private static boolean isDigit(char character)
    {
        return character >= '0' && character <= '9';
    }
}
