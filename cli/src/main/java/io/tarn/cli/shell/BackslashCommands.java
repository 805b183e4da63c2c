package io.tarn.cli.shell;

import io.tarn.cli.OutputFormat;
import io.tarn.cli.TextTable;
import io.tarn.cli.UserException;
import io.tarn.cli.saved.SavedQueryPrinter;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static java.util.Objects.requireNonNull;

/**
 * The shell's backslash commands: what people do around queries (list and describe stores, list, show and run
 * saved and sample queries, the last query's statistics, output settings, help).
 */
final class BackslashCommands
{
    static final List<String> NAMES = List.of("\\d", "\\saved", "\\run", "\\samples", "\\sample", "\\stats", "\\format", "\\x", "\\pager", "\\help", "\\?", "\\q");
    static final String HELP = String.join("\n",
            "Type SQL statements ending with ';' (Trino's dialect with CloudTrail Lake's extensions); a statement may",
            "span lines and several may share one.",
            "  \\d                    list the event data stores",
            "  \\d STORE              describe a store's columns, nested fields as paths",
            "  \\saved [NAME]         list the saved queries, or show one",
            "  \\run NAME [P=V ...]   run a saved query with parameter values (quote values with spaces)",
            "  \\samples [ID]         list the sample queries, or show one",
            "  \\sample ID [P=V ...]  run a sample query with parameter values",
            "  \\stats                statistics of the last query",
            "  \\format [FORMAT]      show or set the output format: table, csv, json or markdown",
            "  \\x [on|off|auto]      rows one column per line: always, never, or when wider than the terminal",
            "  \\pager [on|off]       page long results through $TARN_PAGER, $PAGER or less -FRSX",
            "  \\? or help            this help",
            "  \\q, quit or Ctrl-D    leave the shell",
            "Tab completes keywords, functions, store names and ids, columns and nested fields (userIdentity.sessionContext.).",
            "Ctrl-C cancels the running query or clears the input; Ctrl-C twice at an empty prompt leaves the shell.");

    /**
     * Runs a query the way statements typed at the prompt run.
     */
    interface QueryRunner
    {
        void run(String description, Supplier<ShellQuery> start);
    }

    private final ShellClient client;
    private final ShellSettings settings;
    private final PrintWriter out;
    private final QueryRunner runner;
    private final Supplier<Optional<LastQuery>> lastQuery;

    BackslashCommands(ShellClient client, ShellSettings settings, PrintWriter out, QueryRunner runner, Supplier<Optional<LastQuery>> lastQuery)
    {
        this.client = requireNonNull(client, "client is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.out = requireNonNull(out, "out is null");
        this.runner = requireNonNull(runner, "runner is null");
        this.lastQuery = requireNonNull(lastQuery, "lastQuery is null");
    }

    /**
     * Runs a command line such as {@code \d trail}; returns false when the shell should end.
     */
    boolean run(String line)
    {
        List<String> words = words(line.strip());
        String command = words.get(0);
        List<String> arguments = words.subList(1, words.size());
        switch (command) {
            case "\\q", "\\quit" -> {
                return false;
            }
            case "\\?", "\\h", "\\help" -> out.println(HELP);
            case "\\d", "\\l", "\\describe" -> {
                if (arguments.isEmpty()) {
                    listStores();
                }
                else {
                    describeStore(single(arguments, command));
                }
            }
            case "\\saved" -> {
                if (arguments.isEmpty()) {
                    SavedQueryPrinter.printSavedList(out, OutputFormat.TEXT, client.savedQueries());
                }
                else {
                    SavedQueryPrinter.printSaved(out, OutputFormat.TEXT, client.savedQuery(single(arguments, command)));
                }
            }
            case "\\run" -> {
                String reference = first(arguments, command + " NAME [P=V ...]");
                Map<String, String> values = parameters(arguments.subList(1, arguments.size()));
                runner.run("saved query " + reference, () -> client.runSaved(reference, values));
            }
            case "\\samples" -> {
                if (arguments.isEmpty()) {
                    SavedQueryPrinter.printSampleList(out, OutputFormat.TEXT, client.sampleQueries());
                }
                else {
                    SavedQueryPrinter.printSample(out, OutputFormat.TEXT, client.sampleQuery(single(arguments, command)));
                }
            }
            case "\\sample" -> {
                String reference = first(arguments, command + " ID [P=V ...]");
                Map<String, String> values = parameters(arguments.subList(1, arguments.size()));
                runner.run("sample query " + reference, () -> client.runSample(reference, values));
            }
            case "\\stats" -> printStatistics();
            case "\\format" -> {
                if (!arguments.isEmpty()) {
                    settings.setFormat(choice(ShellSettings.Format.class, single(arguments, command), command));
                }
                out.println("Output format is " + settings.format().name().toLowerCase(Locale.ROOT) + ".");
            }
            case "\\x" -> {
                if (arguments.isEmpty()) {
                    settings.setVertical(settings.vertical() == ShellSettings.Vertical.ON ? ShellSettings.Vertical.OFF : ShellSettings.Vertical.ON);
                }
                else {
                    settings.setVertical(choice(ShellSettings.Vertical.class, single(arguments, command), command));
                }
                out.println(switch (settings.vertical()) {
                    case ON -> "Vertical layout is on.";
                    case OFF -> "Vertical layout is off.";
                    case AUTO -> "Vertical layout is automatic: rows wider than the terminal are shown one column per line.";
                });
            }
            case "\\pager" -> {
                if (arguments.isEmpty()) {
                    settings.setPager(!settings.pager());
                }
                else {
                    settings.setPager(choice(OnOff.class, single(arguments, command), command) == OnOff.ON);
                }
                out.println(settings.pager() ? "Pager is on for results longer than the screen." : "Pager is off.");
            }
            default -> throw new UserException("Unknown command " + command + ": \\? lists the commands");
        }
        out.flush();
        return true;
    }

    private void listStores()
    {
        List<ShellClient.StoreSummary> stores = client.stores();
        if (stores.isEmpty()) {
            out.println("No event data stores. Create one with 'tarn eds create NAME' and fill it with 'tarn ingest'.");
            return;
        }
        TextTable table = new TextTable(List.of("NAME", "ID", "TYPE", "STATUS", "RETENTION"));
        for (ShellClient.StoreSummary store : stores) {
            table.addRow(List.of(store.name(), store.id().orElse("-"), store.type().orElse("-"), store.status().orElse("-"),
                    store.retentionDays().isPresent() ? store.retentionDays().getAsInt() + " days" : "-"));
        }
        table.print(out);
    }

    private void describeStore(String reference)
    {
        TextTable table = new TextTable(List.of("COLUMN", "TYPE"));
        client.describe(reference).forEach(column -> table.addRow(List.of(column.path(), column.type())));
        table.print(out);
    }

    private void printStatistics()
    {
        Optional<LastQuery> last = lastQuery.get();
        if (last.isEmpty()) {
            out.println("No query has run yet.");
            return;
        }
        QueryProgress progress = last.get().progress();
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("Statement", last.get().statement().replaceAll("\\s+", " "));
        lines.put("Status", last.get().status());
        lines.put("Rows", String.format(Locale.ROOT, "%,d", last.get().rows()));
        lines.put("ExecutionTime", Summaries.duration(progress.elapsedMillis()));
        lines.put("BytesScanned", String.format(Locale.ROOT, "%,d", progress.bytesScanned()));
        lines.put("EventsScanned", String.format(Locale.ROOT, "%,d", progress.eventsScanned()));
        lines.put("EventsMatched", Summaries.count(progress.eventsMatched()));
        progress.details().forEach((name, value) -> lines.put(name, String.format(Locale.ROOT, "%,d", value)));
        int width = lines.keySet().stream().mapToInt(String::length).max().orElse(0);
        lines.forEach((name, value) -> out.println(name + " ".repeat(width - name.length() + 2) + value));
    }

    private static String single(List<String> arguments, String command)
    {
        if (arguments.size() != 1) {
            throw new UserException(command + " takes one argument; \\? shows how to use it");
        }
        return arguments.get(0);
    }

    private static String first(List<String> arguments, String usage)
    {
        if (arguments.isEmpty()) {
            throw new UserException("Usage: " + usage);
        }
        return arguments.get(0);
    }

    private static <T extends Enum<T>> T choice(Class<T> type, String value, String command)
    {
        for (T constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        List<String> names = new ArrayList<>();
        for (T constant : type.getEnumConstants()) {
            names.add(constant.name().toLowerCase(Locale.ROOT));
        }
        throw new UserException(command + " takes one of " + String.join(", ", names) + ", not '" + value + "'");
    }

    /**
     * Parameter values given as {@code name=value}.
     */
    static Map<String, String> parameters(List<String> arguments)
    {
        Map<String, String> values = new LinkedHashMap<>();
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            if (equals <= 0) {
                throw new UserException("Give parameter values as NAME=VALUE, not '" + argument + "'");
            }
            values.put(argument.substring(0, equals), argument.substring(equals + 1));
        }
        return values;
    }

    /**
     * The words of a command line, split at white space outside single or double quotes, with the quotes
     * removed: {@code \run q start='2023-07-10 00:00:00'} has three words.
     */
    static List<String> words(String line)
    {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int index = 0; index < line.length(); index++) {
            char character = line.charAt(index);
            if (quote != 0) {
                if (character == quote) {
                    quote = 0;
                }
                else {
                    word.append(character);
                }
            }
            else if (character == '\'' || character == '"') {
                quote = character;
                inWord = true;
            }
            else if (Character.isWhitespace(character)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            }
            else {
                word.append(character);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new UserException("Unterminated quote in: " + line);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private enum OnOff
    {
        ON,
        OFF,
    }
}
