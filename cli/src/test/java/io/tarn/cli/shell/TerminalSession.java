package io.tarn.cli.shell;

import com.pty4j.PtyProcess;
import com.pty4j.PtyProcessBuilder;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * {@code tarn} running in a real pseudo-terminal (pty4j), looked at through {@link TestingScreen}: the test
 * types keys as a person does and reads the lines the screen shows. Ctrl-C typed here reaches the process as
 * SIGINT through the terminal's line discipline, as it does in a terminal window.
 */
final class TerminalSession
        implements AutoCloseable
{
    static final String ENTER = "\r";
    static final String TAB = "\t";
    static final String CTRL_C = "\u0003";
    static final String CTRL_D = "\u0004";
    // What xterm sends for the up arrow in the keypad-transmit mode JLine turns on while it reads a line
    static final String UP = "\u001bOA";
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final PtyProcess process;
    private final OutputStream keys;
    private final TestingScreen screen;
    private final Object changed = new Object();
    private final Thread reader;
    private int mark;

    private TerminalSession(PtyProcess process, int columns, int rows)
    {
        this.process = requireNonNull(process, "process is null");
        this.keys = process.getOutputStream();
        this.screen = new TestingScreen(columns, rows, this::send);
        this.reader = new Thread(this::read, "terminal-session-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code tarn} with the arguments in a terminal of the given size, from the test's class path.
     */
    static TerminalSession start(Path directory, Map<String, String> environment, int columns, int rows, String... arguments)
            throws IOException
    {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Duser.timezone=" + System.getProperty("user.timezone")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.tarn.cli.TarnCli"));
        command.addAll(List.of(arguments));
        Map<String, String> variables = new HashMap<>(System.getenv());
        variables.remove("TARN_LAKE");
        variables.put("TERM", "xterm");
        variables.put("TARN_PAGER", "");
        variables.putAll(environment);
        PtyProcess process = new PtyProcessBuilder(command.toArray(String[]::new))
                .setEnvironment(variables)
                .setDirectory(directory.toString())
                .setInitialColumns(columns)
                .setInitialRows(rows)
                .setRedirectErrorStream(true)
                .start();
        return new TerminalSession(process, columns, rows);
    }

    private void read()
    {
        char[] buffer = new char[8192];
        try (Reader input = new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)) {
            while (true) {
                int read = input.read(buffer);
                if (read < 0) {
                    break;
                }
                screen.write(buffer, read);
                synchronized (changed) {
                    changed.notifyAll();
                }
            }
        }
        catch (IOException e) {
            // The terminal closed
        }
        synchronized (changed) {
            changed.notifyAll();
        }
    }

    /**
     * Types the keys.
     */
    TerminalSession type(String text)
    {
        send(text);
        return this;
    }

    private synchronized void send(String text)
    {
        try {
            keys.write(text.getBytes(StandardCharsets.UTF_8));
            keys.flush();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Types a line and Enter.
     */
    TerminalSession line(String text)
    {
        return type(text + ENTER);
    }

    /**
     * Waits until the screen, from the line the cursor was on at the last wait, shows text matching the
     * pattern, and returns those lines.
     */
    String waitFor(String regex)
    {
        Pattern pattern = Pattern.compile(regex);
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        synchronized (changed) {
            while (true) {
                String shown = shownSince(mark);
                if (pattern.matcher(shown).find()) {
                    mark = screen.cursorLine();
                    return shown;
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0 || !reader.isAlive()) {
                    throw new AssertionError("the terminal did not show /" + regex + "/; it shows:\n" + shownSince(0));
                }
                try {
                    changed.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(remaining)));
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
            }
        }
    }

    /**
     * Waits for the prompt of the next input.
     */
    String prompt()
    {
        return waitFor("(?m)^tarn> ?$");
    }

    private String shownSince(int line)
    {
        List<String> lines = screen.lines();
        return String.join("\n", lines.subList(Math.min(line, lines.size()), lines.size())) + "\n";
    }

    /**
     * Waits for the process to end and returns its exit status.
     */
    int waitForExit()
            throws InterruptedException
    {
        if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("tarn did not end; the terminal shows:\n" + shownSince(0));
        }
        return process.exitValue();
    }

    @Override
    public void close()
    {
        process.destroyForcibly();
    }
}
