package io.tarn.cli.shell;

import org.jline.terminal.Terminal;

import java.io.PrintWriter;

import static java.util.Objects.requireNonNull;

/**
 * The line that shows a running query's progress (elapsed time, events and bytes scanned), redrawn in place
 * until the first rows are printed. It appears only after a quarter of a second, so quick queries print
 * their rows without it, and it is erased before anything else is written.
 */
final class ProgressLine
        implements AutoCloseable
{
    private static final long FIRST_DRAW_MILLIS = 250;
    private static final long REDRAW_MILLIS = 100;

    private final Terminal terminal;
    private final ShellQuery query;
    private final Object lock = new Object();
    private final Thread thread;
    private boolean stopped;
    private boolean drawn;

    private ProgressLine(Terminal terminal, ShellQuery query)
    {
        this.terminal = requireNonNull(terminal, "terminal is null");
        this.query = requireNonNull(query, "query is null");
        this.thread = new Thread(this::run, "tarn-shell-progress");
        thread.setDaemon(true);
    }

    /**
     * Starts showing the progress of the query, or nothing at all when {@code enabled} is false (output that
     * is not a terminal).
     */
    static ProgressLine start(Terminal terminal, ShellQuery query, boolean enabled)
    {
        ProgressLine line = new ProgressLine(terminal, query);
        if (enabled) {
            line.thread.start();
        }
        else {
            line.stopped = true;
        }
        return line;
    }

    private void run()
    {
        try {
            Thread.sleep(FIRST_DRAW_MILLIS);
            while (true) {
                synchronized (lock) {
                    if (stopped) {
                        return;
                    }
                    draw();
                }
                Thread.sleep(REDRAW_MILLIS);
            }
        }
        catch (InterruptedException e) {
            // Stopped
        }
    }

    private void draw()
    {
        String text = Summaries.progress(query.progress());
        int width = terminal.getWidth();
        if (width > 1 && text.length() >= width) {
            text = text.substring(0, width - 1);
        }
        PrintWriter writer = terminal.writer();
        writer.print("\r" + text + "\u001b[K");
        writer.flush();
        drawn = true;
    }

    /**
     * Stops redrawing and erases the line.
     */
    @Override
    public void close()
    {
        synchronized (lock) {
            if (stopped) {
                return;
            }
            stopped = true;
            if (drawn) {
                terminal.writer().print("\r\u001b[K");
                terminal.writer().flush();
            }
        }
        thread.interrupt();
    }
}
