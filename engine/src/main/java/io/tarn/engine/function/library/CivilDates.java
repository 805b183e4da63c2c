package io.tarn.engine.function.library;

/**
 * Proleptic Gregorian calendar arithmetic on epoch days without allocating (Howard Hinnant's
 * {@code days_from_civil} and {@code civil_from_days}), for the per-row date and time kernels. A civil date
 * is packed as {@code year * 10000 + month * 100 + day}.
 */
final class CivilDates
{
    private CivilDates() {}

    static long epochDay(long year, int month, int day)
    {
        long marchYear = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(marchYear, 400);
        long yearOfEra = marchYear - era * 400;
        long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468;
    }

    static long civil(long epochDay)
    {
        long shifted = epochDay + 719_468;
        long era = Math.floorDiv(shifted, 146_097);
        long dayOfEra = shifted - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long monthIndex = (5 * dayOfYear + 2) / 153;
        long day = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
        long month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        return year * 10_000 + month * 100 + day;
    }

    static long year(long civil)
    {
        return Math.floorDiv(civil, 10_000);
    }

    static int month(long civil)
    {
        return (int) (Math.floorMod(civil, 10_000) / 100);
    }

    static int day(long civil)
    {
        return (int) Math.floorMod(civil, 100);
    }

    static boolean isLeapYear(long year)
    {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    static int daysInMonth(long year, int month)
    {
        return switch (month) {
            case 2 -> isLeapYear(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /**
     * The epoch day a number of months later, the day of month clamped to the new month's length.
     */
    static long plusMonths(long epochDay, long months)
    {
        long civil = civil(epochDay);
        long monthIndex = year(civil) * 12 + month(civil) - 1 + months;
        long year = Math.floorDiv(monthIndex, 12);
        int month = (int) Math.floorMod(monthIndex, 12) + 1;
        return epochDay(year, month, Math.min(day(civil), daysInMonth(year, month)));
    }
}
