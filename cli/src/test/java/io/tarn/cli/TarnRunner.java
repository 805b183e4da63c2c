package io.tarn.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Runs {@code tarn} in-process with captured output.
 */
public final class TarnRunner
{
    private final Map<String, String> environment;
    private final Clock clock;

    public TarnRunner(Map<String, String> environment, Clock clock)
    {
        this.environment = Map.copyOf(requireNonNull(environment, "environment is null"));
        this.clock = requireNonNull(clock, "clock is null");
    }

    public Result run(String... args)
    {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status;
        try (PrintWriter outWriter = new PrintWriter(out); PrintWriter errWriter = new PrintWriter(err)) {
            status = new TarnCli(environment, clock).execute(args, outWriter, errWriter);
        }
        return new Result(status, out.toString(), err.toString());
    }

    /**
     * What a run printed and its exit status.
     */
    public record Result(int status, String out, String err)
    {
        public Result
        {
            requireNonNull(out, "out is null");
            requireNonNull(err, "err is null");
        }
    }
}
