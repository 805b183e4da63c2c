package io.tarn.engine.function.library;

import io.tarn.error.TarnException;

import java.util.Locale;

import static io.tarn.engine.StandardErrorCode.INVALID_FUNCTION_ARGUMENT;

/**
 * The units of {@code date_trunc}, {@code date_add} and {@code date_diff}, with Trino's (Joda-Time's)
 * arithmetic on wall-clock milliseconds since the epoch: fixed lengths up to weeks, calendar months with the
 * day of month clamped to the month's end, and differences that count whole units.
 */
enum DateTimeUnit
{
    MILLISECOND(1),
    SECOND(1000),
    MINUTE(60_000),
    HOUR(3_600_000),
    DAY(86_400_000),
    WEEK(7 * 86_400_000L),
    MONTH(0),
    QUARTER(0),
    YEAR(0);

    static final long MILLIS_PER_DAY = 86_400_000L;
    // Milliseconds from the start of a leap year to February 29.
    private static final long FEBRUARY_29 = (31 + 28) * MILLIS_PER_DAY;

    private final long millis;

    DateTimeUnit(long millis)
    {
        this.millis = millis;
    }

    /**
     * The unit a name gives, for a value of the named type ({@code TIMESTAMP}, {@code DATE}, ...); dates
     * take only units of a day or more.
     */
    static DateTimeUnit of(String name, boolean date, String typeName)
    {
        DateTimeUnit unit = switch (name.toLowerCase(Locale.ROOT)) {
            case "millisecond" -> MILLISECOND;
            case "second" -> SECOND;
            case "minute" -> MINUTE;
            case "hour" -> HOUR;
            case "day" -> DAY;
            case "week" -> WEEK;
            case "month" -> MONTH;
            case "quarter" -> QUARTER;
            case "year" -> YEAR;
            default -> null;
        };
        if (unit == null || (date && unit.isTimeOfDay())) {
            throw new TarnException(INVALID_FUNCTION_ARGUMENT, "'" + name + "' is not a valid " + typeName + " field");
        }
        return unit;
    }

    boolean isTimeOfDay()
    {
        return this == MILLISECOND || this == SECOND || this == MINUTE || this == HOUR;
    }

    /**
     * Whether the unit has a fixed length (it moves instants, not wall-clock fields, in a time zone).
     */
    boolean isFixed()
    {
        return millis != 0;
    }

    long truncate(long epochMillis)
    {
        return switch (this) {
            case MILLISECOND -> epochMillis;
            case SECOND, MINUTE, HOUR, DAY -> Math.floorDiv(epochMillis, millis) * millis;
            case WEEK -> {
                long day = Math.floorDiv(epochMillis, MILLIS_PER_DAY);
                // 1970-01-01 was a Thursday; weeks start on Monday.
                yield (day - Math.floorMod(day + 3, 7)) * MILLIS_PER_DAY;
            }
            case MONTH, QUARTER, YEAR -> truncateDate(Math.floorDiv(epochMillis, MILLIS_PER_DAY)) * MILLIS_PER_DAY;
        };
    }

    /**
     * Truncates an epoch day; units under a day leave it unchanged.
     */
    long truncateDate(long epochDay)
    {
        return switch (this) {
            case MILLISECOND, SECOND, MINUTE, HOUR, DAY -> epochDay;
            case WEEK -> epochDay - Math.floorMod(epochDay + 3, 7);
            case MONTH -> {
                long civil = CivilDates.civil(epochDay);
                yield CivilDates.epochDay(CivilDates.year(civil), CivilDates.month(civil), 1);
            }
            case QUARTER -> {
                long civil = CivilDates.civil(epochDay);
                yield CivilDates.epochDay(CivilDates.year(civil), (CivilDates.month(civil) - 1) / 3 * 3 + 1, 1);
            }
            case YEAR -> CivilDates.epochDay(CivilDates.year(CivilDates.civil(epochDay)), 1, 1);
        };
    }

    long add(long epochMillis, long amount)
    {
        if (isFixed()) {
            return Math.addExact(epochMillis, Math.multiplyExact(amount, millis));
        }
        long day = Math.floorDiv(epochMillis, MILLIS_PER_DAY);
        long timeOfDay = Math.floorMod(epochMillis, MILLIS_PER_DAY);
        return addDate(day, amount) * MILLIS_PER_DAY + timeOfDay;
    }

    long addDate(long epochDay, long amount)
    {
        return switch (this) {
            case MILLISECOND, SECOND, MINUTE, HOUR, DAY -> epochDay + amount * (millis / MILLIS_PER_DAY);
            case WEEK -> epochDay + amount * 7;
            case MONTH -> CivilDates.plusMonths(epochDay, amount);
            case QUARTER -> CivilDates.plusMonths(epochDay, Math.multiplyExact(amount, 3));
            case YEAR -> CivilDates.plusMonths(epochDay, Math.multiplyExact(amount, 12));
        };
    }

    /**
     * Whole units from {@code start} to {@code end} (negative when end is earlier).
     */
    long difference(long start, long end)
    {
        return switch (this) {
            case MILLISECOND, SECOND, MINUTE, HOUR, DAY, WEEK -> (end - start) / millis;
            case MONTH -> monthDifference(start, end);
            case QUARTER -> monthDifference(start, end) / 3;
            case YEAR -> yearDifference(start, end);
        };
    }

    /**
     * Joda-Time's month difference: months between the year-months, less one if the end's position within
     * its month is before the start's, where a start day past the end of a shorter end month counts as that
     * month's last day.
     */
    private static long monthDifference(long start, long end)
    {
        if (end < start) {
            return -monthDifference(end, start);
        }
        long endDate = CivilDates.civil(Math.floorDiv(end, MILLIS_PER_DAY));
        long startDate = CivilDates.civil(Math.floorDiv(start, MILLIS_PER_DAY));
        int endDay = CivilDates.day(endDate);
        long difference = (CivilDates.year(endDate) - CivilDates.year(startDate)) * 12L + CivilDates.month(endDate) - CivilDates.month(startDate);
        long startDay = CivilDates.day(startDate);
        if (endDay == CivilDates.daysInMonth(CivilDates.year(endDate), CivilDates.month(endDate)) && startDay > endDay) {
            startDay = endDay;
        }
        long endRemainder = (endDay - 1) * MILLIS_PER_DAY + Math.floorMod(end, MILLIS_PER_DAY);
        long startRemainder = (startDay - 1) * MILLIS_PER_DAY + Math.floorMod(start, MILLIS_PER_DAY);
        if (endRemainder < startRemainder) {
            difference--;
        }
        return difference;
    }

    /**
     * Joda-Time's year difference, which lets February 28 of a common year answer February 29 of a leap one.
     */
    private static long yearDifference(long start, long end)
    {
        if (end < start) {
            return -yearDifference(end, start);
        }
        long endDay = Math.floorDiv(end, MILLIS_PER_DAY);
        long startDay = Math.floorDiv(start, MILLIS_PER_DAY);
        long endYear = CivilDates.year(CivilDates.civil(endDay));
        long startYear = CivilDates.year(CivilDates.civil(startDay));
        long endRemainder = end - CivilDates.epochDay(endYear, 1, 1) * MILLIS_PER_DAY;
        long startRemainder = start - CivilDates.epochDay(startYear, 1, 1) * MILLIS_PER_DAY;
        if (startRemainder >= FEBRUARY_29) {
            if (CivilDates.isLeapYear(startYear)) {
                if (!CivilDates.isLeapYear(endYear)) {
                    startRemainder -= MILLIS_PER_DAY;
                }
            }
            else if (endRemainder >= FEBRUARY_29 && CivilDates.isLeapYear(endYear)) {
                endRemainder -= MILLIS_PER_DAY;
            }
        }
        long difference = endYear - startYear;
        if (endRemainder < startRemainder) {
            difference--;
        }
        return difference;
    }
}
