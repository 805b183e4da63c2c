package io.tarn.cli.shell;

import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A pager process ({@code less -FRSX} unless the user names another) that long results are written to. It
 * shares the shell's terminal; when the user quits it before the end, writes fail and
 * {@link #isClosed()} turns true, so the shell stops the query.
 */
final class Pager
        implements AutoCloseable
{
    private final Process process;
    private final PrintWriter writer;

    private Pager(Process process)
    {
        this.process = requireNonNull(process, "process is null");
        this.writer = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), false);
    }

    /**
     * Starts the pager command with the shell ({@code sh -c}), or nothing when its program is not installed or
     * cannot be started.
     */
    static Optional<Pager> start(String command)
    {
        if (!isInstalled(command)) {
            return Optional.empty();
        }
        try {
            Process process = new ProcessBuilder("sh", "-c", command)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            return Optional.of(new Pager(process));
        }
        catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the command's program exists: a path to an executable, or an executable on the {@code PATH}.
     */
    static boolean isInstalled(String command)
    {
        String[] words = command.strip().split("\\s+");
        if (words[0].isEmpty()) {
            return false;
        }
        if (words[0].contains("/")) {
            return Files.isExecutable(Path.of(words[0]));
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
        for (String directory : path.split(File.pathSeparator)) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, words[0]))) {
                return true;
            }
        }
        return false;
    }

    PrintWriter writer()
    {
        return writer;
    }

    /**
     * Whether the pager has stopped reading (the user quit it).
     */
    boolean isClosed()
    {
        return writer.checkError();
    }

    /**
     * Ends the pager's input and waits until the user leaves it.
     */
    @Override
    public void close()
    {
        writer.close();
        boolean interrupted = false;
        while (true) {
            try {
                process.waitFor();
                break;
            }
            catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
