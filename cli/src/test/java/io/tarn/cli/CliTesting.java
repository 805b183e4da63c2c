package io.tarn.cli;

import io.tarn.cli.TarnRunner.Result;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@code tarn} in-process on one lake: {@link #run} returns what happened, {@link #tarn} asserts success
 * and returns the output.
 */
public final class CliTesting
{
    private final Path lake;
    private final Clock clock;

    public CliTesting(Path lake, Clock clock)
    {
        this.lake = requireNonNull(lake, "lake is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    public String tarn(String... args)
    {
        Result result = run(args);
        assertThat(result.status()).as("tarn %s: %s", Arrays.toString(args), result.err()).isZero();
        return result.out();
    }

    public Result run(String... args)
    {
        List<String> arguments = new ArrayList<>(List.of("--lake", lake.toString()));
        arguments.addAll(List.of(args));
        return new TarnRunner(Map.of(), clock).run(arguments.toArray(String[]::new));
    }
}
