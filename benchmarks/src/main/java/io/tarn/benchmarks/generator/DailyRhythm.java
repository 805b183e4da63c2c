package io.tarn.benchmarks.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * How many events each day and hour gets: weekdays busier than weekends, a slow growth over the span, a
 * little day-to-day noise, and within a day a curve that peaks in the working hours of Europe and the
 * Americas (13:00 to 19:00 UTC) over a floor of round-the-clock machine traffic.
 */
final class DailyRhythm
{
    /**
     * Relative volume of each UTC hour.
     */
    static final double[] HOUR_WEIGHTS = {
            0.55, 0.45, 0.40, 0.35, 0.35, 0.40, 0.55, 0.80, 1.00, 1.10, 1.15, 1.20,
            1.30, 1.60, 1.90, 2.00, 2.00, 1.90, 1.70, 1.50, 1.30, 1.00, 0.80, 0.65,
    };

    private DailyRhythm() {}

    /**
     * Events per day, summing exactly to {@code total}.
     */
    static long[] dayCounts(long total, int days, LocalDate start, long seed)
    {
        SplittableRandom random = new SplittableRandom(Randoms.mix(seed, 0xDA75));
        double[] weights = new double[days];
        for (int day = 0; day < days; day++) {
            DayOfWeek dayOfWeek = start.plusDays(day).getDayOfWeek();
            boolean weekend = dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
            weights[day] = (weekend ? 0.45 : 1.0) * (1 + 0.002 * day) * (0.9 + 0.2 * random.nextDouble());
        }
        return Randoms.allocate(total, weights);
    }

    /**
     * A day's events per UTC hour, summing exactly to {@code dayTotal}.
     */
    static long[] hourCounts(long dayTotal)
    {
        return Randoms.allocate(dayTotal, HOUR_WEIGHTS);
    }
}
