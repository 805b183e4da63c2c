package io.tarn.engine.exec;

/**
 * Interval values on the row-at-a-time path.
 */
public sealed interface Interval
{
    /**
     * {@code interval day to second}, in milliseconds.
     */
    record DayToSecond(long millis)
            implements Interval {}

    /**
     * {@code interval year to month}, in months.
     */
    record YearToMonth(long months)
            implements Interval {}
}
