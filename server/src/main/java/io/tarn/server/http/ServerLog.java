package io.tarn.server.http;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * The server's log: one line per event, each starting with the UTC time, written whole even when threads
 * log at once. Request lines come from {@link RequestLogger}; failures inside the server are logged with
 * their stack trace here, and never sent to clients.
 */
public final class ServerLog
{
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final PrintStream out;
    private final Clock clock;

    public ServerLog(PrintStream out, Clock clock)
    {
        this.out = requireNonNull(out, "out is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    public void info(String message)
    {
        write(message);
    }

    public void error(String message, Throwable failure)
    {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        write(message + System.lineSeparator() + trace.toString().stripTrailing());
    }

    private void write(String message)
    {
        String line = TIME.format(Instant.now(clock)) + " " + message;
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }
}
