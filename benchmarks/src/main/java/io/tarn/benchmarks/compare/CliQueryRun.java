package io.tarn.benchmarks.compare;

import io.tarn.benchmarks.compare.ComparisonReport.CliQuery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Times the first query as a user meets it: {@code ./tarn --lake LAKE query --format csv SQL}, a new process
 * per run through the repository's launcher (which adds its class-data-sharing archive unless told not to),
 * from launching the process to its exit. The launcher does not build ({@code TARN_SKIP_BUILD=1}); one
 * unmeasured run first lets it record its archive.
 */
final class CliQueryRun
{
    private final Path repository;
    private final Path lake;

    CliQueryRun(Path repository, Path lake)
    {
        this.repository = requireNonNull(repository, "repository is null");
        this.lake = requireNonNull(lake, "lake is null");
    }

    /**
     * Why the launcher cannot run (no launcher, or no built cli jar), if it cannot.
     */
    Optional<String> unavailableReason()
    {
        if (!Files.isExecutable(repository.resolve("tarn"))) {
            return Optional.of("no executable ./tarn in " + repository);
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(repository.resolve("cli/target"), "tarn-cli-*.jar")) {
            if (!jars.iterator().hasNext()) {
                return Optional.of("cli/target/tarn-cli-*.jar is missing (./mvnw -B -q -pl cli -am package -DskipTests)");
            }
        }
        catch (IOException e) {
            return Optional.of("cli/target is missing (./mvnw -B -q -pl cli -am package -DskipTests)");
        }
        return Optional.empty();
    }

    CliQuery measure(String sql, boolean classArchive, int runs)
            throws IOException, InterruptedException
    {
        List<String> command = List.of(repository.resolve("tarn").toString(), "--lake", lake.toString(), "query", "--format", "csv", sql);
        // unmeasured: records the class archive when the build is newer than it
        run(command, classArchive);
        List<Double> wallMillis = new ArrayList<>();
        int rows = 0;
        for (int index = 0; index < runs; index++) {
            long start = System.nanoTime();
            rows = run(command, classArchive);
            wallMillis.add((System.nanoTime() - start) / 1e6);
        }
        return new CliQuery("./tarn --lake LAKE query --format csv SQL" + (classArchive ? "" : " (TARN_CLASS_ARCHIVE=0)"), classArchive, wallMillis,
                Measurements.median(wallMillis), rows);
    }

    /**
     * Runs the command to its end and returns the rows it printed (lines after the CSV header).
     */
    private int run(List<String> command, boolean classArchive)
            throws IOException, InterruptedException
    {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("TARN_SKIP_BUILD", "1");
        builder.environment().put("TARN_CLASS_ARCHIVE", classArchive ? "1" : "0");
        Process process = builder.start();
        Thread reaper = new Thread(process::destroy, "tarn-query-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        Runtime.getRuntime().removeShutdownHook(reaper);
        if (exit != 0) {
            throw new IllegalStateException("./tarn query failed with exit status " + exit + ": " + output);
        }
        return (int) Math.max(0, output.lines().filter(line -> !line.isBlank()).count() - 1);
    }
}
