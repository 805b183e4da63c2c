package io.tarn.engine.function.library;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The allocation-free calendar arithmetic of the date kernels agrees with {@code java.time}.
 */
class TestCivilDates
{
    @Test
    void testEpochDaysRoundTrip()
    {
        for (long epochDay = -800_000; epochDay <= 800_000; epochDay += 37) {
            LocalDate date = LocalDate.ofEpochDay(epochDay);
            long civil = CivilDates.civil(epochDay);
            assertThat(CivilDates.year(civil)).as("year of %s", date).isEqualTo(date.getYear());
            assertThat(CivilDates.month(civil)).as("month of %s", date).isEqualTo(date.getMonthValue());
            assertThat(CivilDates.day(civil)).as("day of %s", date).isEqualTo(date.getDayOfMonth());
            assertThat(CivilDates.epochDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth())).isEqualTo(epochDay);
            assertThat(CivilDates.daysInMonth(date.getYear(), date.getMonthValue())).isEqualTo(date.lengthOfMonth());
        }
    }

    @Test
    void testPlusMonthsClampsTheDay()
    {
        for (long epochDay = -40_000; epochDay <= 40_000; epochDay += 13) {
            LocalDate date = LocalDate.ofEpochDay(epochDay);
            for (long months : new long[] {-25, -1, 1, 12, 13, 48}) {
                assertThat(CivilDates.plusMonths(epochDay, months)).as("%s plus %s months", date, months).isEqualTo(date.plusMonths(months).toEpochDay());
            }
        }
    }
}
