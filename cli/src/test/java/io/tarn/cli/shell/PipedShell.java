package io.tarn.cli.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code tarn} in a new JVM with a script on its standard input, as {@code tarn shell < script.sql} does:
 * no terminal, so the shell prints only results.
 */
final class PipedShell
{
    private PipedShell() {}

    /**
     * The exit status and everything printed, standard error included.
     */
    record Run(int status, String output) {}

    static Run run(Path directory, String input, Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException
    {
        Path script = Files.writeString(Files.createTempFile(directory, "input", ".sql"), input);
        Path output = Files.createTempFile(directory, "output", ".txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Duser.timezone=" + System.getProperty("user.timezone"),
                "-cp", System.getProperty("java.class.path"), "io.tarn.cli.TarnCli"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectInput(script.toFile())
                .redirectOutput(output.toFile())
                .redirectErrorStream(true);
        builder.environment().put("TARN_HISTORY_FILE", directory.resolve("history").toString());
        // the lake comes from the arguments, never from the environment of whoever runs the tests
        builder.environment().remove("TARN_LAKE");
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("tarn shell did not end");
        }
        return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }
}
