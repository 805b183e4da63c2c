package io.tarn.benchmarks.generator;

import com.google.common.collect.ImmutableList;

import java.util.List;
import java.util.SplittableRandom;

import static java.util.Objects.requireNonNull;

/**
 * Draws values with fixed relative weights (a cumulative table searched by bisection).
 */
final class WeightedChoice<T>
{
    private final List<T> values;
    private final double[] cumulative;

    WeightedChoice(List<T> values, double[] weights)
    {
        requireNonNull(values, "values is null");
        if (values.isEmpty() || values.size() != weights.length) {
            throw new IllegalArgumentException("need one weight per value and at least one value");
        }
        this.values = ImmutableList.copyOf(values);
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int index = 0; index < weights.length; index++) {
            if (!(weights[index] >= 0)) {
                throw new IllegalArgumentException("weights must not be negative");
            }
            sum += weights[index];
            cumulative[index] = sum;
        }
        for (int index = 0; index < cumulative.length; index++) {
            cumulative[index] /= sum;
        }
    }

    /**
     * Weights {@code 1 / rank^exponent} by position in {@code values}: a Zipf-like skew.
     */
    static <T> WeightedChoice<T> zipf(List<T> values, double exponent)
    {
        double[] weights = new double[values.size()];
        for (int index = 0; index < weights.length; index++) {
            weights[index] = 1 / Math.pow(index + 1, exponent);
        }
        return new WeightedChoice<>(values, weights);
    }

    T next(SplittableRandom random)
    {
        double point = random.nextDouble();
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] > point) {
                high = middle;
            }
            else {
                low = middle + 1;
            }
        }
        return values.get(low);
    }

    List<T> values()
    {
        return values;
    }

    /**
     * The probability of the value at {@code index}.
     */
    double probability(int index)
    {
        return index == 0 ? cumulative[0] : cumulative[index] - cumulative[index - 1];
    }
}
