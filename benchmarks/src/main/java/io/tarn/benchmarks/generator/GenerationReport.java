package io.tarn.benchmarks.generator;

import java.time.Duration;

import static java.util.Objects.requireNonNull;

/**
 * What a generation wrote.
 */
public record GenerationReport(GeneratorOptions options, long events, int files, long compressedBytes, long uncompressedBytes, Duration elapsed)
{
    public GenerationReport
    {
        requireNonNull(options, "options is null");
        requireNonNull(elapsed, "elapsed is null");
    }

    public double eventsPerSecond()
    {
        return events / Math.max(1e-9, elapsed.toNanos() / 1e9);
    }
}
