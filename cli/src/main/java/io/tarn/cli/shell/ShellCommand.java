package io.tarn.cli.shell;

import io.tarn.cli.TarnCli;
import io.tarn.cli.UserException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code tarn shell}: the interactive SQL shell on the local lake, or on a server with {@code --server}.
 */
@Command(
        name = "shell",
        mixinStandardHelpOptions = true,
        description = {
                "Open an interactive SQL shell on the lake, or on a running server (--server).",
                "Statements end with ';' and may span lines; Tab completes keywords, functions, stores, columns and nested "
                        + "fields; Ctrl-C cancels a running query; \\? lists the backslash commands (stores, saved and sample "
                        + "queries, statistics, output format). History is kept in ~/.tarn_history (or $TARN_HISTORY_FILE)."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  tarn shell",
                "  tarn shell --server http://tarn.internal:8080",
                "  tarn shell --server http://tarn.internal:8080 < checks.sql   (statements and backslash commands, such as \\run denied eds=audit)",
                "  tarn --lake /data/lake shell --format markdown",
                "  TARN_PAGER='less -SR' tarn shell",
                "  tarn shell < investigation.sql      (without a terminal: prints results; stops at the first failure, exit status 1)"})
public final class ShellCommand
        implements Callable<Integer>
{
    public static final String HISTORY_VARIABLE = "TARN_HISTORY_FILE";
    public static final String PAGER_VARIABLE = "TARN_PAGER";
    private static final String DEFAULT_PAGER = "less -FRSX";

    @Spec
    private CommandSpec spec;

    @Option(names = {"--format", "-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format to start with: table, csv, json or markdown (default: ${DEFAULT-VALUE}); \\format changes it.")
    private ShellSettings.Format format;

    @Option(names = "--no-pager", description = "Never page long results.")
    private boolean noPager;

    @Option(names = "--server", paramLabel = "URL",
            description = "A running 'tarn serve' to talk to instead of the local lake: statements over the Trino client protocol, saved and "
                    + "sample queries and each query's statistics over the REST API; a token it requires is read from $"
                    + TrinoShellClient.TOKEN_VARIABLE + ".")
    private String server;

    @Override
    public Integer call()
    {
        TarnCli tarn = (TarnCli) spec.root().userObject();
        if (server == null) {
            tarn.checkLakeExists();
        }
        if (!tarn.debug()) {
            // JLine reports what it cannot do (no system terminal, unreadable history) through java.util.logging
            Logger.getLogger("org.jline").setLevel(Level.OFF);
        }
        Optional<LocalShellClient> local = server == null
                ? Optional.of(LocalShellClient.create(tarn.lakeDisplayName(), () -> tarn.openLake(false), tarn.clock()))
                : Optional.empty();
        try (ShellClient client = local.isPresent() ? local.get() : TrinoShellClient.connect(server, tarn);
                Terminal terminal = TerminalBuilder.builder().name("tarn").system(true).nativeSignals(true).dumb(true).build()) {
            Shell shell = Shell.create(terminal, client, historyFile(tarn), format, noPager ? Optional.empty() : pagerCommand(tarn), tarn.debug());
            // Opened once the prompt is ready to show, so that it does not compete with the terminal's set-up
            local.ifPresent(LocalShellClient::open);
            return shell.run();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path historyFile(TarnCli tarn)
    {
        return tarn.environmentVariable(HISTORY_VARIABLE)
                .filter(value -> !value.isBlank())
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".tarn_history"));
    }

    /**
     * The pager: $TARN_PAGER, else $PAGER, else less; none when the variable is set but empty.
     */
    private static Optional<String> pagerCommand(TarnCli tarn)
    {
        String command = tarn.environmentVariable(PAGER_VARIABLE)
                .or(() -> tarn.environmentVariable("PAGER"))
                .orElse(DEFAULT_PAGER);
        return command.isBlank() ? Optional.empty() : Optional.of(command);
    }
}
