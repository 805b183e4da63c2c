package io.tarn.cli.shell;

import io.tarn.cli.ExitCodes;
import io.tarn.cli.UserException;
import io.tarn.cli.VersionProvider;
import io.tarn.cli.output.ErrorPrinter;
import io.tarn.cli.query.StatementSplitter;
import io.tarn.error.TarnException;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static java.util.Objects.requireNonNull;

/**
 * The read-run-print loop of {@code tarn shell}. Each input (one or more statements ending with {@code ;},
 * or a backslash command) runs in turn; each query prints its rows and a summary line with the numbers Lake
 * bills by. Ctrl-C while a query runs cancels it and keeps the shell; at the prompt it clears the input, and
 * pressed again at an empty prompt it ends the shell, as Ctrl-D does.
 */
public final class Shell
{
    static final String PROMPT = "tarn> ";
    private static final String CANCELED = "USER_CANCELED";

    private final Terminal terminal;
    private final LineReader reader;
    private final ShellClient client;
    private final ShellSettings settings;
    private final Optional<String> pagerCommand;
    private final boolean interactive;
    private final boolean debug;
    private final PrintWriter out;
    private final BackslashCommands commands;
    private Optional<LastQuery> lastQuery = Optional.empty();
    private boolean failed;

    /**
     * @param pagerCommand the command long results are written to, when there is one
     * @param interactive whether a person is at a terminal: then the shell greets, prompts, shows progress
     *         and may page; otherwise it only prints results, as for piped input
     */
    Shell(Terminal terminal, LineReader reader, ShellClient client, ShellSettings settings, Optional<String> pagerCommand, boolean interactive, boolean debug)
    {
        this.terminal = requireNonNull(terminal, "terminal is null");
        this.reader = requireNonNull(reader, "reader is null");
        this.client = requireNonNull(client, "client is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.pagerCommand = requireNonNull(pagerCommand, "pagerCommand is null");
        this.interactive = interactive;
        this.debug = debug;
        this.out = terminal.writer();
        this.commands = new BackslashCommands(client, settings, out, this::runQuery, () -> lastQuery);
    }

    /**
     * A shell on the terminal. It is interactive (greets, prompts, shows progress, may page) unless the
     * terminal is dumb, as when input is piped; then it only prints results.
     *
     * @param historyFile where the input history is kept across sessions
     * @param pagerCommand the command long results are written to, if any
     */
    public static Shell create(Terminal terminal, ShellClient client, Path historyFile, ShellSettings.Format format, Optional<String> pagerCommand, boolean debug)
    {
        boolean interactive = !Terminal.TYPE_DUMB.equals(terminal.getType()) && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
        LineReader reader = LineReaderBuilder.builder()
                .appName("tarn")
                .terminal(terminal)
                .parser(new ShellParser())
                .completer(new SqlCompleter(client))
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.HISTORY_FILE_SIZE, 10_000)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "%P -> ")
                .variable(LineReader.BLINK_MATCHING_PAREN, 0)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.CASE_INSENSITIVE, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, true)
                .build();
        return new Shell(terminal, reader, client, new ShellSettings(format, pagerCommand.isPresent()), pagerCommand, interactive, debug);
    }

    /**
     * Reads and runs input until the user leaves; returns the exit status: 0, or 1 when input that is not typed
     * at a terminal (a file, a pipe) has a statement or command that fails, where the shell stops.
     */
    public int run()
    {
        // Between inputs (printing a result, a backslash command's output) Ctrl-C does nothing rather than end
        // the process; while reading a line JLine handles it, while a query runs it cancels the query.
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> {});
        try {
            return readAndRun();
        }
        finally {
            terminal.handle(Terminal.Signal.INT, previous);
        }
    }

    private int readAndRun()
    {
        if (interactive) {
            out.println("tarn " + VersionProvider.version() + " on " + client.location() + ". End statements with ';'. "
                    + "\\? for help, \\q or Ctrl-D to leave.");
            out.flush();
        }
        boolean interruptedAtEmptyPrompt = false;
        while (true) {
            String input;
            try {
                input = reader.readLine(interactive ? PROMPT : "");
            }
            catch (UserInterruptException e) {
                if (!e.getPartialLine().isBlank()) {
                    interruptedAtEmptyPrompt = false;
                    continue;
                }
                if (interruptedAtEmptyPrompt) {
                    return 0;
                }
                interruptedAtEmptyPrompt = true;
                out.println("(Ctrl-C again or Ctrl-D to leave)");
                out.flush();
                continue;
            }
            catch (EndOfFileException e) {
                return 0;
            }
            interruptedAtEmptyPrompt = false;
            if (!handle(input)) {
                return 0;
            }
            if (failed && !interactive) {
                // Input from a file or a pipe stops at the first failure, as a script would
                return ExitCodes.USER_ERROR;
            }
        }
    }

    /**
     * Runs one input; returns false when the shell should end.
     */
    boolean handle(String input)
    {
        String stripped = input.strip();
        try {
            if (ShellParser.isCommand(stripped)) {
                if (stripped.startsWith("\\")) {
                    return commands.run(stripped);
                }
                String word = stripped.replace(";", "").strip().toLowerCase(Locale.ROOT);
                if (word.equals("help")) {
                    return commands.run("\\?");
                }
                return false;
            }
            StatementSplitter.Split split = StatementSplitter.split(input);
            List<String> statements = split.statements();
            if (!StatementSplitter.isBlank(split.remainder())) {
                // Input that did not end with ';' (the end of piped input): run it as a statement too
                statements = new ArrayList<>(statements);
                statements.add(split.remainder().strip());
            }
            for (String statement : statements) {
                if (!runStatement(statement) || (failed && !interactive)) {
                    break;
                }
            }
        }
        catch (TarnException e) {
            failed = true;
            out.println(e.getMessage() + " [" + e.getErrorCode().name() + "]");
        }
        catch (UserException e) {
            failed = true;
            out.println(e.getMessage());
        }
        catch (RuntimeException e) {
            failed = true;
            out.println("Internal error: " + e + (debug ? "" : " (start the shell with --debug to see where)"));
            if (debug) {
                e.printStackTrace(out);
            }
        }
        out.flush();
        return true;
    }

    /**
     * Runs a statement; returns false when it was cancelled, so that the statements after it do not run.
     */
    private boolean runStatement(String statement)
    {
        return runQuery(statement, Optional.of(statement), () -> client.execute(statement));
    }

    private void runQuery(String description, Supplier<ShellQuery> start)
    {
        runQuery(description, Optional.empty(), start);
    }

    private boolean runQuery(String description, Optional<String> sql, Supplier<ShellQuery> start)
    {
        AtomicReference<ShellQuery> running = new AtomicReference<>();
        AtomicBoolean interrupted = new AtomicBoolean();
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> {
            interrupted.set(true);
            ShellQuery query = running.get();
            if (query != null) {
                query.cancel();
            }
        });
        try {
            ShellQuery query;
            try {
                query = start.get();
            }
            catch (TarnException e) {
                printError(e, sql);
                lastQuery = Optional.of(new LastQuery(description, "FAILED", 0, QueryProgress.NONE));
                return true;
            }
            try (query) {
                running.set(query);
                if (interrupted.get()) {
                    query.cancel();
                }
                ResultRenderer renderer = new ResultRenderer(terminal, settings, pagerCommand, interactive);
                try {
                    renderer.render(query);
                }
                catch (TarnException e) {
                    QueryProgress progress = query.progress();
                    if (e.getErrorCode().name().equals(CANCELED)) {
                        out.println("Query cancelled after " + Summaries.duration(progress.elapsedMillis()) + " (" + rowsShown(renderer.rows()) + "): "
                                + Summaries.billed(progress));
                        lastQuery = Optional.of(new LastQuery(description, "CANCELLED", renderer.rows(), progress));
                        return false;
                    }
                    printError(e, sql);
                    lastQuery = Optional.of(new LastQuery(description, "FAILED", renderer.rows(), progress));
                    return true;
                }
                QueryProgress progress = query.progress();
                if (query.columns().isEmpty()) {
                    lastQuery = Optional.of(new LastQuery(description, "FINISHED", 0, progress));
                    return true;
                }
                if (renderer.stoppedByPager()) {
                    out.println("Output stopped after " + rowsShown(renderer.rows()) + "; the query was cancelled: " + Summaries.billed(progress));
                    lastQuery = Optional.of(new LastQuery(description, "CANCELLED", renderer.rows(), progress));
                    return true;
                }
                out.println(Summaries.summary(renderer.rows(), progress));
                lastQuery = Optional.of(new LastQuery(description, "FINISHED", renderer.rows(), progress));
                return true;
            }
        }
        finally {
            terminal.handle(Terminal.Signal.INT, previous);
            out.flush();
        }
    }

    private static String rowsShown(long rows)
    {
        return String.format(Locale.ROOT, "%,d %s shown", rows, rows == 1 ? "row" : "rows");
    }

    private void printError(TarnException error, Optional<String> sql)
    {
        failed = true;
        if (sql.isPresent()) {
            ErrorPrinter.print(out, error, sql.get());
        }
        else {
            out.println("Query failed (" + error.getErrorCode().name() + "): " + error.getMessage());
        }
        if (debug) {
            error.printStackTrace(out);
        }
        out.flush();
    }
}
