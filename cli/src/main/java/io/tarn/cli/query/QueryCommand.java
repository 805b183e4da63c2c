package io.tarn.cli.query;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tarn.cli.ExitCodes;
import io.tarn.cli.JsonOutput;
import io.tarn.cli.TarnCli;
import io.tarn.cli.UserException;
import io.tarn.cli.output.EngineRows;
import io.tarn.cli.output.ErrorPrinter;
import io.tarn.cli.output.OutputRow;
import io.tarn.cli.output.ResultFormat;
import io.tarn.cli.output.ResultPrinter;
import io.tarn.cli.shell.QueryProgress;
import io.tarn.cli.shell.ShellClient;
import io.tarn.cli.shell.ShellQuery;
import io.tarn.cli.shell.TrinoShellClient;
import io.tarn.engine.Engine;
import io.tarn.engine.QueryExecution;
import io.tarn.engine.Session;
import io.tarn.engine.exec.QueryStatistics;
import io.tarn.error.TarnException;
import io.tarn.storage.Lake;
import io.tarn.storage.vector.ColumnBatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code tarn query}: runs one or more SQL statements on the local lake, or on a server with {@code --server},
 * and prints each result.
 */
@Command(
        name = "query",
        mixinStandardHelpOptions = true,
        description = "Run SQL statements (Trino dialect, with CloudTrail Lake's extensions) on the lake.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  tarn query \"SELECT eventname, count(*) FROM trail GROUP BY 1 ORDER BY 2 DESC LIMIT 10\"",
                "  tarn query --stats \"SELECT count(*) FROM trail WHERE eventTime > '2023-07-10 12:00:00'\"",
                "  tarn query --format csv -f investigation.sql > out.csv",
                "  tarn query --output json \"SELECT eventName, userIdentity FROM trail LIMIT 3\"",
                "  echo \"SHOW TABLES\" | tarn query",
                "  tarn query --server http://tarn.internal:8080 \"SELECT count(*) FROM trail\""})
public final class QueryCommand
        implements Callable<Integer>
{
    @Spec
    private CommandSpec spec;

    @Option(names = {"--format", "-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "Result format: table, vertical, csv, json (one object per row) or markdown (default: ${DEFAULT-VALUE}).")
    private ResultFormat format;

    @Option(names = "--stats", description = "Print each statement's statistics (BytesScanned, EventsScanned, EventsMatched, ...) as one JSON object on standard error.")
    private boolean stats;

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Read the SQL from a file ('-' for standard input).")
    private String file;

    @Option(names = "--server", paramLabel = "URL",
            description = "Run the statements on a running 'tarn serve' (Trino client protocol) instead of the local lake; a token it requires is read from $"
                    + TrinoShellClient.TOKEN_VARIABLE + ".")
    private String server;

    @Parameters(arity = "0..1", paramLabel = "SQL", description = "The SQL; without it and without --file, read from standard input.")
    private String sql;

    private final InputStream stdin;

    public QueryCommand()
    {
        this(System.in);
    }

    public QueryCommand(InputStream stdin)
    {
        this.stdin = stdin;
    }

    @Override
    public Integer call()
    {
        String text = sqlText();
        StatementSplitter.Split split = StatementSplitter.split(text);
        List<String> statements = new ArrayList<>(split.statements());
        if (!StatementSplitter.isBlank(split.remainder())) {
            statements.add(split.remainder().strip());
        }
        if (statements.isEmpty()) {
            throw new UserException("No SQL statement given");
        }
        TarnCli tarn = (TarnCli) spec.root().userObject();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (server != null) {
            return runOnServer(TrinoShellClient.connect(server, tarn), statements, out, err);
        }
        try (Lake lake = tarn.openLake(false); Engine engine = new Engine(lake)) {
            for (String statement : statements) {
                try {
                    run(engine, statement, out, err);
                }
                catch (TarnException e) {
                    ErrorPrinter.print(err, e, statement);
                    return ExitCodes.of(e.getErrorCode().type());
                }
            }
        }
        return ExitCodes.SUCCESS;
    }

    /**
     * Runs the statements in turn on a server, in one session, and stops at the first that fails.
     */
    private int runOnServer(ShellClient client, List<String> statements, PrintWriter out, PrintWriter err)
    {
        try (client) {
            for (String statement : statements) {
                try (ShellQuery query = client.execute(statement)) {
                    long rows = print(query, format, out);
                    if (stats) {
                        QueryProgress progress = query.progress();
                        ObjectNode node = JsonOutput.object();
                        node.put("BytesScanned", progress.bytesScanned());
                        node.put("EventsScanned", progress.eventsScanned());
                        node.put("ExecutionTimeInMillis", progress.elapsedMillis());
                        node.put("ResultsCount", rows);
                        err.println(node.toString());
                        err.flush();
                    }
                }
                catch (TarnException e) {
                    ErrorPrinter.print(err, e, statement);
                    return ExitCodes.of(e.getErrorCode().type());
                }
            }
        }
        return ExitCodes.SUCCESS;
    }

    /**
     * Prints a server's result as it streams, as {@link #print(QueryExecution, ResultFormat, PrintWriter)}
     * does a local one, and returns the number of rows printed. The protocol tells the columns with the
     * first rows, or at the end of a result without rows.
     */
    private static long print(ShellQuery query, ResultFormat format, PrintWriter out)
    {
        ResultPrinter printer = format.printer(out);
        boolean started = false;
        long rows = 0;
        for (List<OutputRow> batch = query.nextRows(); batch != null; batch = query.nextRows()) {
            if (!started && !query.columns().isEmpty()) {
                printer.columns(query.columns());
                started = true;
            }
            for (OutputRow row : batch) {
                printer.row(row);
                rows++;
            }
        }
        if (query.updateType().isPresent()) {
            out.println(query.updateType().get());
            return rows;
        }
        if (!started) {
            printer.columns(query.columns());
        }
        printer.finish();
        return rows;
    }

    private void run(Engine engine, String statement, PrintWriter out, PrintWriter err)
    {
        try (QueryExecution execution = engine.execute(Session.defaults(), statement)) {
            long rows = print(execution, format, out);
            if (stats) {
                printStatistics(err, execution.statistics(), execution.elapsedMillis(), rows);
            }
        }
    }

    /**
     * Prints a statement's result as it streams, or its update type for a statement without rows, and
     * returns the number of rows printed.
     */
    public static long print(QueryExecution execution, ResultFormat format, PrintWriter out)
    {
        ResultPrinter printer = format.printer(out);
        if (execution.updateType().isEmpty()) {
            printer.columns(EngineRows.columns(execution.columns()));
        }
        long rows = 0;
        for (ColumnBatch batch = execution.nextBatch(); batch != null; batch = execution.nextBatch()) {
            for (OutputRow row : EngineRows.rows(batch, execution.columns())) {
                printer.row(row);
                rows++;
            }
        }
        if (execution.updateType().isPresent()) {
            out.println(execution.updateType().get());
        }
        else {
            printer.finish();
        }
        return rows;
    }

    private static void printStatistics(PrintWriter err, QueryStatistics.Snapshot statistics, long elapsedMillis, long rows)
    {
        ObjectNode node = JsonOutput.object();
        node.put("BytesScanned", statistics.bytesScanned());
        node.put("EventsScanned", statistics.eventsScanned());
        node.put("EventsMatched", statistics.eventsMatched());
        node.put("ExecutionTimeInMillis", elapsedMillis);
        node.put("ResultsCount", rows);
        node.put("PartitionsSkipped", statistics.scan().partitionsSkipped());
        node.put("FilesRead", statistics.scan().filesRead());
        node.put("FilesSkipped", statistics.scan().filesSkipped());
        node.put("StripesSkipped", statistics.scan().stripesSkipped());
        node.put("RowGroupsSkipped", statistics.scan().rowGroupsSkipped());
        err.println(node.toString());
        err.flush();
    }

    private String sqlText()
    {
        try {
            if (file != null) {
                if (sql != null) {
                    throw new UserException("Give the SQL either as an argument or with --file, not both");
                }
                return file.equals("-") ? readStdin() : Files.readString(Path.of(file), StandardCharsets.UTF_8);
            }
            if (sql == null || sql.equals("-")) {
                return readStdin();
            }
            return sql;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String readStdin()
            throws IOException
    {
        return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
    }
}
