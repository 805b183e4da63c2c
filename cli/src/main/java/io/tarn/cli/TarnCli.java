package io.tarn.cli;

import io.tarn.cli.eds.EventDataStoreCommand;
import io.tarn.cli.ingest.CompactCommand;
import io.tarn.cli.ingest.IngestCommand;
import io.tarn.cli.ingest.MaintainCommand;
import io.tarn.cli.query.QueryCommand;
import io.tarn.cli.quickstart.QuickstartCommand;
import io.tarn.cli.queries.QueriesCommand;
import io.tarn.cli.results.KeysCommand;
import io.tarn.cli.results.VerifyResultsCommand;
import io.tarn.cli.saved.SamplesCommand;
import io.tarn.cli.saved.SavedCommand;
import io.tarn.cli.serve.ServeCommand;
import io.tarn.cli.shell.ShellCommand;
import io.tarn.storage.Lake;
import io.tarn.storage.LakeOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * The {@code tarn} command. Global options ({@code --lake}, {@code --debug}) may be given before or after
 * the subcommand. Nothing heavy (Hadoop, SQLite) is loaded until a subcommand opens the lake, so
 * {@code --help} and {@code --version} answer at once.
 *
 * <p>Exit status: {@value ExitCodes#SUCCESS} on success, {@value ExitCodes#USER_ERROR} when the request
 * failed for a reason the user can fix (a store not found, a rule broken, a limit reached),
 * {@value ExitCodes#USAGE_ERROR} for a malformed command line, {@value ExitCodes#INTERNAL_ERROR} for a
 * failure inside Tarn or outside it (a file system, the catalog database). Errors go to standard error as
 * {@code tarn: <message> [<ERROR_CODE>]}, without a stack trace unless {@code --debug} is given.
 */
@Command(
        name = "tarn",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Tarn: a self-hosted event lake for audit events, compatible with CloudTrail Lake.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  tarn quickstart                          a lake with real CloudTrail events in ./lake",
                "  tarn query \"SELECT eventName, count(*) FROM cloudtrail GROUP BY eventName\"",
                "  tarn shell                               the interactive SQL shell",
                "  tarn eds --help                          every command has examples in its --help",
                "",
                "Exit status:",
                "  0  success",
                "  1  the request failed: a store not found, a rule broken, a limit reached",
                "  2  the command line is not valid",
                "  3  Tarn, the file system or the catalog database failed"})
public final class TarnCli
        implements Callable<Integer>
{
    public static final String LAKE_VARIABLE = "TARN_LAKE";
    public static final String DEFAULT_LAKE = "./lake";
    private static final Pattern URI_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");
    // In the order of the usage help
    private static final List<Class<?>> SUBCOMMANDS = List.of(
            QuickstartCommand.class,
            EventDataStoreCommand.class,
            IngestCommand.class,
            QueryCommand.class,
            ShellCommand.class,
            QueriesCommand.class,
            SavedCommand.class,
            SamplesCommand.class,
            VerifyResultsCommand.class,
            KeysCommand.class,
            CompactCommand.class,
            MaintainCommand.class,
            ServeCommand.class);
    private static final Set<String> OPTIONS_WITH_VALUE = Set.of("--lake", "--metadata-dir");

    private final Map<String, String> environment;
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Option(names = "--lake", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The lake: a directory or a Hadoop URI (default: $" + LAKE_VARIABLE + ", else " + DEFAULT_LAKE + ").")
    private String lake;

    @Option(names = "--metadata-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "A local directory for the lake's catalog; required when the lake is not local (default: the lake's directory).")
    private Path metadataDirectory;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
    private boolean debug;

    public TarnCli(Map<String, String> environment, Clock clock)
    {
        this.environment = Map.copyOf(requireNonNull(environment, "environment is null"));
        this.clock = requireNonNull(clock, "clock is null");
    }

    public static void main(String[] args)
    {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int status = new TarnCli(System.getenv(), Clock.systemUTC()).execute(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * Runs the command line and returns the exit status.
     */
    public int execute(String[] args, PrintWriter out, PrintWriter err)
    {
        CommandLine commandLine = commandLine(args);
        commandLine.setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setUsageHelpAutoWidth(true);
        ErrorReporter errors = new ErrorReporter(() -> debug);
        commandLine.setParameterExceptionHandler(errors::reportUsageError);
        commandLine.setExecutionExceptionHandler(errors::reportFailure);
        return commandLine.execute(args);
    }

    /**
     * The command line for the arguments, with only the subcommand they name when they name one (otherwise
     * with an outline of each: its name and description). Picocli reads every option of every command it is
     * given by reflection, which took a tenth of the CPU of a whole {@code tarn query} and most of
     * {@code tarn --help}; the others are needed only for the usage help and for the error that says which
     * commands there are.
     */
    CommandLine commandLine(String... args)
    {
        CommandLine commandLine = new CommandLine(this);
        Optional<Class<?>> named = namedSubcommand(args);
        if (named.isPresent()) {
            commandLine.addSubcommand(named.get());
            return commandLine;
        }
        // Without a command there is only the usage help or an error to show, and both need no more of a
        // command than its name and description: read from its annotation, without picocli's reflection
        for (Class<?> subcommand : SUBCOMMANDS) {
            Command annotation = subcommand.getAnnotation(Command.class);
            CommandSpec outline = CommandSpec.create().name(annotation.name());
            outline.usageMessage().description(annotation.description());
            commandLine.addSubcommand(annotation.name(), outline);
        }
        return commandLine;
    }

    /**
     * The command line with every subcommand whole, as picocli reads it: for tests of all commands' options.
     */
    CommandLine completeCommandLine()
    {
        CommandLine commandLine = new CommandLine(this);
        SUBCOMMANDS.forEach(commandLine::addSubcommand);
        return commandLine;
    }

    private static Optional<Class<?>> namedSubcommand(String[] args)
    {
        String previous = "";
        for (String argument : args) {
            if (!argument.startsWith("-") && !OPTIONS_WITH_VALUE.contains(previous)) {
                return SUBCOMMANDS.stream()
                        .filter(subcommand -> subcommand.getAnnotation(Command.class).name().equals(argument))
                        .findFirst();
            }
            previous = argument;
        }
        return Optional.empty();
    }

    @Override
    public Integer call()
    {
        throw new ParameterException(spec.commandLine(), "Missing command: give one of " + String.join(", ", spec.subcommands().keySet()));
    }

    public Clock clock()
    {
        return clock;
    }

    public boolean debug()
    {
        return debug;
    }

    /**
     * A variable of the environment tarn runs in.
     */
    public Optional<String> environmentVariable(String name)
    {
        return Optional.ofNullable(environment.get(name));
    }

    /**
     * Whether the command line names a lake that exists (a local directory that is there, or any URI).
     */
    public boolean lakeExists()
    {
        String location = lakeLocation();
        return URI_SCHEME.matcher(location).find() || Files.isDirectory(Path.of(location));
    }

    /**
     * The lake's location as a user would look for it: a URI as given, a local path made absolute.
     */
    public String lakeDisplayName()
    {
        String location = lakeLocation();
        return URI_SCHEME.matcher(location).find() ? location : Path.of(location).toAbsolutePath().normalize().toString();
    }

    /**
     * Opens the lake the command line names. Unless {@code create} is set, a local lake must already exist, so
     * that a mistyped {@code --lake} is reported rather than silently creating an empty lake.
     */
    public Lake openLake(boolean create)
    {
        String location = lakeLocation();
        if (!create) {
            checkLakeExists();
        }
        LakeOptions options = LakeOptions.at(location).withClock(clock);
        if (metadataDirectory != null) {
            options = options.withMetadataDirectory(metadataDirectory);
        }
        return Lake.open(options);
    }

    /**
     * Fails unless the command line names a lake that exists, so that a mistyped {@code --lake} is reported
     * rather than silently creating an empty lake.
     */
    public void checkLakeExists()
    {
        if (!lakeExists()) {
            throw new UserException("No lake at '" + lakeDisplayName() + "': create a store there with 'tarn eds create', "
                    + "or name an existing lake with --lake or " + LAKE_VARIABLE);
        }
    }

    private String lakeLocation()
    {
        if (lake != null) {
            return lake;
        }
        return environment.getOrDefault(LAKE_VARIABLE, DEFAULT_LAKE);
    }
}
