package io.tarn.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static java.util.Objects.requireNonNull;

/**
 * A run of a launcher script ({@code ./tarn}, {@code bin/tarn}) in its own process: its exit status and what it
 * wrote to standard output and standard error.
 */
public record ScriptRun(int status, String out, String err)
{
    public ScriptRun
    {
        requireNonNull(out, "out is null");
        requireNonNull(err, "err is null");
    }

    /**
     * Runs the command in the directory, without {@code TARN_LAKE} and with these variables, for two minutes
     * at most.
     */
    public static ScriptRun run(List<String> command, Path directory, Map<String, String> environment)
            throws IOException, InterruptedException
    {
        ProcessBuilder builder = processBuilder(command, directory, environment);
        Path out = Files.createTempFile(directory, "out", ".txt");
        Path err = Files.createTempFile(directory, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("tarn did not finish: " + command);
        }
        return new ScriptRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /**
     * The command to start in the directory, without {@code TARN_LAKE} and with these variables, for a test
     * that talks to the process while it runs.
     */
    public static ProcessBuilder processBuilder(List<String> command, Path directory, Map<String, String> environment)
    {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().remove(TarnCli.LAKE_VARIABLE);
        builder.environment().putAll(environment);
        return builder;
    }
}
