package io.tarn.engine.exec.expression;

import io.tarn.engine.exec.Interval;
import io.tarn.error.TarnException;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import static io.tarn.engine.StandardErrorCode.DIVISION_BY_ZERO;
import static io.tarn.engine.StandardErrorCode.INVALID_FUNCTION_ARGUMENT;
import static io.tarn.engine.StandardErrorCode.NOT_SUPPORTED;
import static io.tarn.engine.StandardErrorCode.NUMERIC_VALUE_OUT_OF_RANGE;

/**
 * Arithmetic on Java values where a vector kernel is not worth it: decimals, dates and timestamps with
 * intervals, intervals with numbers.
 */
final class TemporalArithmetic
{
    private TemporalArithmetic() {}

    static Object apply(Arithmetic.Operator operator, Object left, Object right, int resultScale)
    {
        if (left instanceof Interval || right instanceof Interval) {
            return intervalArithmetic(operator, left, right);
        }
        if (left instanceof BigDecimal || right instanceof BigDecimal) {
            return decimalArithmetic(operator, toDecimal(left), toDecimal(right), resultScale);
        }
        if (left instanceof LocalDateTime first && right instanceof LocalDateTime second && operator == Arithmetic.Operator.SUBTRACT) {
            return new Interval.DayToSecond(java.time.Duration.between(second, first).toMillis());
        }
        if (left instanceof ZonedDateTime first && right instanceof ZonedDateTime second && operator == Arithmetic.Operator.SUBTRACT) {
            return new Interval.DayToSecond(first.toInstant().toEpochMilli() - second.toInstant().toEpochMilli());
        }
        if (left instanceof LocalDate first && right instanceof LocalDate second && operator == Arithmetic.Operator.SUBTRACT) {
            return new Interval.DayToSecond((first.toEpochDay() - second.toEpochDay()) * 86_400_000L);
        }
        throw new TarnException(NOT_SUPPORTED, "Unsupported arithmetic: " + left.getClass().getSimpleName() + " " + operator + " " + right.getClass().getSimpleName());
    }

    private static Object intervalArithmetic(Arithmetic.Operator operator, Object left, Object right)
    {
        boolean add = operator == Arithmetic.Operator.ADD;
        if (operator == Arithmetic.Operator.ADD || operator == Arithmetic.Operator.SUBTRACT) {
            if (left instanceof Interval interval && !(right instanceof Interval)) {
                if (!add) {
                    throw new TarnException(NOT_SUPPORTED, "Cannot subtract a date or time from an interval");
                }
                return shift(right, interval, true);
            }
            if (right instanceof Interval interval && !(left instanceof Interval)) {
                return shift(left, interval, add);
            }
            if (left instanceof Interval.DayToSecond first && right instanceof Interval.DayToSecond second) {
                return new Interval.DayToSecond(add ? Math.addExact(first.millis(), second.millis()) : Math.subtractExact(first.millis(), second.millis()));
            }
            if (left instanceof Interval.YearToMonth first && right instanceof Interval.YearToMonth second) {
                return new Interval.YearToMonth(add ? first.months() + second.months() : first.months() - second.months());
            }
        }
        if (operator == Arithmetic.Operator.MULTIPLY) {
            Interval interval = left instanceof Interval value ? value : (Interval) right;
            Object factor = left instanceof Interval ? right : left;
            double multiplier = ((Number) factor).doubleValue();
            if (interval instanceof Interval.DayToSecond dayToSecond) {
                return new Interval.DayToSecond(Math.round(dayToSecond.millis() * multiplier));
            }
            return new Interval.YearToMonth(Math.round(((Interval.YearToMonth) interval).months() * multiplier));
        }
        if (operator == Arithmetic.Operator.DIVIDE && left instanceof Interval interval && right instanceof Number number) {
            double divisor = number.doubleValue();
            if (divisor == 0) {
                throw new TarnException(DIVISION_BY_ZERO, "Division by zero");
            }
            if (interval instanceof Interval.DayToSecond dayToSecond) {
                return new Interval.DayToSecond(Math.round(dayToSecond.millis() / divisor));
            }
            return new Interval.YearToMonth(Math.round(((Interval.YearToMonth) interval).months() / divisor));
        }
        throw new TarnException(NOT_SUPPORTED, "Unsupported interval arithmetic: " + operator);
    }

    /**
     * A date, time or timestamp moved by an interval; adding months keeps the day of month where it can,
     * as Trino does (January 31 plus one month is February 28 or 29).
     */
    static Object shift(Object value, Interval interval, boolean add)
    {
        int sign = add ? 1 : -1;
        if (interval instanceof Interval.YearToMonth months) {
            long amount = sign * months.months();
            if (value instanceof LocalDateTime timestamp) {
                return timestamp.plusMonths(amount);
            }
            if (value instanceof LocalDate date) {
                return date.plusMonths(amount);
            }
            if (value instanceof ZonedDateTime timestamp) {
                return timestamp.plusMonths(amount);
            }
        }
        long millis = sign * ((Interval.DayToSecond) interval).millis();
        if (value instanceof LocalDateTime timestamp) {
            return timestamp.plusNanos(millis * 1_000_000L);
        }
        if (value instanceof LocalDate date) {
            if (millis % 86_400_000L != 0) {
                throw new TarnException(INVALID_FUNCTION_ARGUMENT, "Cannot add hour, minutes or seconds to a date");
            }
            return date.plusDays(millis / 86_400_000L);
        }
        if (value instanceof ZonedDateTime timestamp) {
            return timestamp.plusNanos(millis * 1_000_000L);
        }
        if (value instanceof LocalTime time) {
            return time.plusNanos(millis * 1_000_000L);
        }
        throw new TarnException(NOT_SUPPORTED, "Cannot add an interval to " + value.getClass().getSimpleName());
    }

    private static BigDecimal toDecimal(Object value)
    {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Long number) {
            return BigDecimal.valueOf(number);
        }
        return new BigDecimal(value.toString());
    }

    private static Object decimalArithmetic(Arithmetic.Operator operator, BigDecimal left, BigDecimal right, int resultScale)
    {
        BigDecimal result = switch (operator) {
            case ADD -> left.add(right);
            case SUBTRACT -> left.subtract(right);
            case MULTIPLY -> left.multiply(right);
            case DIVIDE -> {
                if (right.signum() == 0) {
                    throw new TarnException(DIVISION_BY_ZERO, "Division by zero");
                }
                yield left.divide(right, MathContext.DECIMAL128);
            }
            case MODULUS -> {
                if (right.signum() == 0) {
                    throw new TarnException(DIVISION_BY_ZERO, "Division by zero");
                }
                yield left.remainder(right);
            }
        };
        BigDecimal scaled = result.setScale(resultScale, RoundingMode.HALF_UP);
        if (scaled.precision() > 18) {
            throw new TarnException(NUMERIC_VALUE_OUT_OF_RANGE, "Decimal overflow");
        }
        return scaled;
    }
}
