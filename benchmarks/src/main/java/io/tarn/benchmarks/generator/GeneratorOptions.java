package io.tarn.benchmarks.generator;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/**
 * What to generate.
 *
 * @param events how many events in all
 * @param days over how many UTC days, starting at {@code start}
 * @param seed the seed: the same options give the same files, byte for byte
 * @param threads days generated at once (the output does not depend on it)
 * @param compressionLevel the gzip level, 1 to 9 (6 is gzip's default, which CloudTrail's files resemble)
 */
public record GeneratorOptions(long events, int days, LocalDate start, long seed, int threads, int compressionLevel)
{
    public static final LocalDate DEFAULT_START = LocalDate.of(2025, 1, 1);
    public static final long DEFAULT_SEED = 20250101L;

    public GeneratorOptions
    {
        if (events < 0) {
            throw new IllegalArgumentException("events must not be negative");
        }
        if (days < 1) {
            throw new IllegalArgumentException("days must be positive");
        }
        requireNonNull(start, "start is null");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive");
        }
        if (compressionLevel < 1 || compressionLevel > 9) {
            throw new IllegalArgumentException("compressionLevel must be between 1 and 9");
        }
    }

    public static GeneratorOptions of(long events, int days)
    {
        return new GeneratorOptions(events, days, DEFAULT_START, DEFAULT_SEED, Runtime.getRuntime().availableProcessors(), 6);
    }

    public GeneratorOptions withSeed(long value)
    {
        return new GeneratorOptions(events, days, start, value, threads, compressionLevel);
    }

    public GeneratorOptions withStart(LocalDate value)
    {
        return new GeneratorOptions(events, days, value, seed, threads, compressionLevel);
    }

    public GeneratorOptions withThreads(int value)
    {
        return new GeneratorOptions(events, days, start, seed, value, compressionLevel);
    }

    public GeneratorOptions withCompressionLevel(int value)
    {
        return new GeneratorOptions(events, days, start, seed, threads, value);
    }

    /**
     * The first instant after the generated span, in epoch milliseconds.
     */
    public long endMillis()
    {
        return start.plusDays(days).toEpochDay() * Timestamps.MILLIS_PER_DAY;
    }

    public long startMillis()
    {
        return start.toEpochDay() * Timestamps.MILLIS_PER_DAY;
    }
}
