package io.tarn.benchmarks.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * Order statistics of repeated timings.
 */
public final class Measurements
{
    private Measurements() {}

    public static double median(List<Double> values)
    {
        List<Double> sorted = sorted(values);
        int size = sorted.size();
        if (size == 0) {
            return Double.NaN;
        }
        return size % 2 == 1 ? sorted.get(size / 2) : (sorted.get(size / 2 - 1) + sorted.get(size / 2)) / 2;
    }

    public static double min(List<Double> values)
    {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    public static double max(List<Double> values)
    {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private static List<Double> sorted(List<Double> values)
    {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        return sorted;
    }
}
