package io.tarn.benchmarks.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a main class of this module in a new JVM (same Java, same class path) and returns the JSON of its
 * {@code RESULT} line; its other output goes to this process's standard error.
 */
final class ChildJvm
{
    private ChildJvm() {}

    /**
     * The child's result and how long the process took from launch to exit.
     */
    record Outcome(JsonNode result, double wallMillis) {}

    static Outcome run(List<String> jvmOptions, Class<?> mainClass, List<String> arguments)
            throws IOException, InterruptedException
    {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(arguments);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        // if the harness dies or is stopped, its child goes with it
        Thread reaper = new Thread(process::destroy, "child-jvm-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
        JsonNode result = null;
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                if (line.startsWith("RESULT ")) {
                    result = new ObjectMapper().readTree(line.substring("RESULT ".length()));
                }
                else {
                    System.err.println("  [" + mainClass.getSimpleName() + "] " + line);
                }
            }
        }
        int exit = process.waitFor();
        Runtime.getRuntime().removeShutdownHook(reaper);
        double wallMillis = (System.nanoTime() - start) / 1e6;
        if (exit != 0 || result == null) {
            throw new IllegalStateException(mainClass.getSimpleName() + " failed with exit status " + exit);
        }
        return new Outcome(result, wallMillis);
    }
}
