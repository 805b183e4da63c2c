package io.tarn.cli.shell;

import io.tarn.engine.service.SampleQueries;
import io.tarn.engine.service.SampleQuery;
import io.tarn.engine.service.SavedQuery;
import io.tarn.engine.sql.SqlToken;
import io.tarn.engine.sql.SqlTokenizer;
import io.tarn.error.TarnException;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Tab completion: SQL keywords and function names; store names and ids after {@code FROM} and {@code JOIN};
 * the columns of the stores the statement reads (of all stores while it names none), and the fields of
 * nested columns after a dot ({@code userIdentity.sessionContext.} offers {@code attributes},
 * {@code sessionissuer}, ...), also behind a table name or alias; and backslash commands with their
 * arguments. Keywords and functions follow the case of what is typed.
 */
final class SqlCompleter
        implements Completer
{
    static final List<String> KEYWORDS = List.of(
            "ALL", "AND", "ANY", "ARRAY", "AS", "ASC", "AT", "BETWEEN", "BIGINT", "BOOLEAN", "BY", "CASE", "CAST", "COLUMNS",
            "CROSS", "CURRENT_DATE", "CURRENT_TIMESTAMP", "DATE", "DAY", "DEALLOCATE", "DESC", "DESCRIBE", "DISTINCT", "DOUBLE", "ELSE",
            "END", "ESCAPE", "EXCEPT", "EXECUTE", "EXISTS", "EXPLAIN", "FALSE", "FETCH", "FILTER", "FIRST", "FOLLOWING", "FROM", "FULL",
            "GROUP", "GROUPING", "HAVING", "HOUR", "IN", "INNER", "INTEGER", "INTERSECT", "INTERVAL", "IS", "JOIN", "JSON", "LAST",
            "LATERAL", "LEFT", "LIKE", "LIMIT", "LOCALTIMESTAMP", "MAP", "MINUTE", "MONTH", "NEXT", "NOT", "NULL", "NULLS", "OFFSET",
            "ON", "ONLY", "OR", "ORDER", "ORDINALITY", "OUTER", "OVER", "PARTITION", "PRECEDING", "PREPARE", "RANGE", "RESET",
            "RIGHT", "ROW", "ROWS", "SECOND", "SELECT", "SESSION", "SET", "SHOW", "TABLES", "THEN", "TIMESTAMP", "TO", "TRUE",
            "UNBOUNDED", "UNION", "UNNEST", "USE", "USING", "VALUES", "VARCHAR", "WHEN", "WHERE", "WINDOW", "WITH", "YEAR", "ZONE");
    private static final Set<String> TABLE_KEYWORDS = Set.of("from", "join");
    private static final Set<String> ALIAS_STOP_WORDS = Set.of("where", "join", "inner", "left", "right", "full", "cross", "on", "using",
            "group", "order", "limit", "union", "natural", "having", "window", "offset", "fetch", "tablesample");

    private final ShellClient client;
    private Set<String> functions;

    SqlCompleter(ShellClient client)
    {
        this.client = requireNonNull(client, "client is null");
    }

    @Override
    public void complete(LineReader reader, ParsedLine parsedLine, List<Candidate> candidates)
    {
        ShellParser.WordLine line = (ShellParser.WordLine) parsedLine;
        try {
            if (line.isCommand()) {
                completeCommand(line, candidates);
            }
            else {
                completeSql(line, candidates);
            }
        }
        catch (TarnException e) {
            // The lake cannot be read: nothing to offer
        }
    }

    private void completeSql(ShellParser.WordLine line, List<Candidate> candidates)
    {
        List<SqlToken> before;
        try {
            before = SqlTokenizer.significant(SqlTokenizer.tokenize(line.before()));
        }
        catch (TarnException e) {
            // Inside a string, a quoted identifier or a comment
            return;
        }
        String word = line.word();
        List<ShellClient.StoreSummary> stores = client.stores().stream()
                .filter(store -> !store.pendingDeletion())
                .toList();
        Map<String, ShellClient.StoreSummary> tables = tables(line.line(), stores);
        int dot = word.lastIndexOf('.');
        if (dot >= 0) {
            completePath(word.substring(0, dot), word.substring(0, dot + 1), stores, tables, candidates);
            return;
        }
        if (!before.isEmpty() && before.get(before.size() - 1).kind() == SqlToken.Kind.WORD
                && TABLE_KEYWORDS.contains(before.get(before.size() - 1).lowerText())) {
            for (ShellClient.StoreSummary store : stores) {
                candidates.add(candidate(store.name(), store.name(), "stores", store.type().map(type -> type.toLowerCase(Locale.ROOT)).orElse(null), true));
                store.id().ifPresent(id -> candidates.add(candidate(id, id, "stores", store.name(), true)));
            }
            return;
        }
        boolean upper = !word.isEmpty() && Character.isUpperCase(word.charAt(0));
        Set<String> functionNames = functions();
        for (String keyword : KEYWORDS) {
            if (!functionNames.contains(keyword.toLowerCase(Locale.ROOT))) {
                String value = upper ? keyword : keyword.toLowerCase(Locale.ROOT);
                candidates.add(candidate(value, value, "keywords", null, true));
            }
        }
        for (String function : functionNames) {
            String value = upper ? function.toUpperCase(Locale.ROOT) : function;
            candidates.add(candidate(value, value, "functions", null, false));
        }
        Map<String, String> columns = new LinkedHashMap<>();
        for (ShellClient.StoreSummary store : tables.isEmpty() ? stores : List.copyOf(new LinkedHashSet<>(tables.values()))) {
            children(client.describe(store.name()), "").forEach(columns::putIfAbsent);
        }
        columns.forEach((name, type) -> candidates.add(candidate(name, name, "columns", shortTypeName(type), !isRow(type))));
    }

    /**
     * Offers the fields under a dotted path such as {@code useridentity.sessioncontext}, whose first part
     * may be a table name or alias.
     */
    private void completePath(String path, String prefix, List<ShellClient.StoreSummary> stores, Map<String, ShellClient.StoreSummary> tables,
            List<Candidate> candidates)
    {
        String lowerPath = path.toLowerCase(Locale.ROOT);
        String first = lowerPath.split("\\.", -1)[0];
        List<ShellClient.StoreSummary> searched = tables.isEmpty() ? stores : List.copyOf(new LinkedHashSet<>(tables.values()));
        String fieldPath = lowerPath;
        ShellClient.StoreSummary qualified = tables.get(first);
        if (qualified == null) {
            qualified = stores.stream().filter(store -> store.isNamed(first)).findFirst().orElse(null);
        }
        if (qualified != null && !children(client.describe(qualified.name()), "").containsKey(first)) {
            searched = List.of(qualified);
            fieldPath = lowerPath.equals(first) ? "" : lowerPath.substring(first.length() + 1);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (ShellClient.StoreSummary store : searched) {
            children(client.describe(store.name()), fieldPath).forEach(fields::putIfAbsent);
        }
        fields.forEach((name, type) -> candidates.add(candidate(prefix + name, name, "fields", shortTypeName(type), !isRow(type))));
    }

    /**
     * The names and types of the columns or fields right under a dotted path ({@code ""} for the columns),
     * compared without regard to case.
     */
    private static Map<String, String> children(List<ShellClient.ColumnDescription> columns, String path)
    {
        String prefix = path.isEmpty() ? "" : path.toLowerCase(Locale.ROOT) + ".";
        Map<String, String> children = new LinkedHashMap<>();
        for (ShellClient.ColumnDescription column : columns) {
            String columnPath = column.path();
            if (columnPath.length() > prefix.length() && columnPath.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                String rest = columnPath.substring(prefix.length());
                if (rest.indexOf('.') < 0) {
                    children.putIfAbsent(rest, column.type());
                }
            }
        }
        return children;
    }

    private static boolean isRow(String type)
    {
        return type.startsWith("row(");
    }

    /**
     * The stores the statement names after {@code FROM} or {@code JOIN}, by every name they go by in it: their
     * name or id as written, and their alias.
     */
    private static Map<String, ShellClient.StoreSummary> tables(String text, List<ShellClient.StoreSummary> stores)
    {
        List<SqlToken> tokens;
        try {
            tokens = SqlTokenizer.significant(SqlTokenizer.tokenize(text));
        }
        catch (TarnException e) {
            return Map.of();
        }
        Map<String, ShellClient.StoreSummary> tables = new HashMap<>();
        for (int index = 0; index + 1 < tokens.size(); index++) {
            SqlToken token = tokens.get(index);
            if (token.kind() != SqlToken.Kind.WORD || !TABLE_KEYWORDS.contains(token.lowerText())) {
                continue;
            }
            int position = index + 1;
            StringBuilder name = new StringBuilder(tokens.get(position).unquoted());
            // A bare store id is several tokens: words and hyphens
            while (position + 2 < tokens.size() && tokens.get(position + 1).isSymbol("-") && tokens.get(position + 1).start() == tokens.get(position).end()) {
                name.append('-').append(tokens.get(position + 2).text());
                position += 2;
            }
            String reference = name.toString();
            Optional<ShellClient.StoreSummary> store = stores.stream()
                    .filter(candidate -> candidate.isNamed(reference))
                    .findFirst();
            if (store.isEmpty()) {
                continue;
            }
            tables.put(reference.toLowerCase(Locale.ROOT), store.get());
            int aliasPosition = position + 1;
            if (aliasPosition < tokens.size() && tokens.get(aliasPosition).isWord("as")) {
                aliasPosition++;
            }
            if (aliasPosition < tokens.size() && tokens.get(aliasPosition).kind() == SqlToken.Kind.WORD
                    && !ALIAS_STOP_WORDS.contains(tokens.get(aliasPosition).lowerText())) {
                tables.put(tokens.get(aliasPosition).lowerText(), store.get());
            }
        }
        return tables;
    }

    private void completeCommand(ShellParser.WordLine line, List<Candidate> candidates)
    {
        List<String> words = List.of(line.before().strip().split("\\s+"));
        if (line.before().isBlank()) {
            BackslashCommands.NAMES.forEach(name -> candidates.add(candidate(name, name, null, null, true)));
            return;
        }
        String command = words.get(0);
        boolean first = words.size() == 1;
        switch (command) {
            case "\\d", "\\describe" -> {
                if (first) {
                    client.stores().forEach(store -> candidates.add(candidate(store.name(), store.name(), null, null, true)));
                }
            }
            case "\\saved" -> {
                if (first) {
                    client.savedQueries().forEach(query -> candidates.add(candidate(query.name(), query.name(), null, null, true)));
                }
            }
            case "\\run" -> {
                if (first) {
                    client.savedQueries().forEach(query -> candidates.add(candidate(query.name(), query.name(), null, null, true)));
                }
                else {
                    SavedQuery query = client.savedQuery(words.get(1));
                    query.parameters().forEach(name -> candidates.add(candidate(name + "=", name + "=", null, null, false)));
                }
            }
            case "\\samples", "\\sample" -> {
                if (first) {
                    SampleQueries.all().forEach(sample -> candidates.add(candidate(sample.id(), sample.id(), null, sample.name(), true)));
                }
                else if (command.equals("\\sample")) {
                    SampleQueries.find(words.get(1)).map(SampleQuery::parameters).orElse(List.of())
                            .forEach(name -> candidates.add(candidate(name + "=", name + "=", null, null, false)));
                }
            }
            case "\\format" -> {
                if (first) {
                    for (ShellSettings.Format format : ShellSettings.Format.values()) {
                        String name = format.name().toLowerCase(Locale.ROOT);
                        candidates.add(candidate(name, name, null, null, true));
                    }
                }
            }
            case "\\x" -> {
                if (first) {
                    List.of("on", "off", "auto").forEach(value -> candidates.add(candidate(value, value, null, null, true)));
                }
            }
            case "\\pager" -> {
                if (first) {
                    List.of("on", "off").forEach(value -> candidates.add(candidate(value, value, null, null, true)));
                }
            }
            default -> {}
        }
    }

    private synchronized Set<String> functions()
    {
        if (functions == null) {
            functions = Set.copyOf(client.functionNames());
        }
        return functions;
    }

    private static Candidate candidate(String value, String display, String group, String description, boolean complete)
    {
        return new Candidate(value, display, group, description, null, null, complete);
    }

    /**
     * A short name of a type for the completion list: {@code row}, {@code map}, {@code array}, or the type.
     */
    static String shortTypeName(String type)
    {
        for (String kind : List.of("row", "map", "array")) {
            if (type.startsWith(kind + "(")) {
                return kind;
            }
        }
        return type;
    }
}
