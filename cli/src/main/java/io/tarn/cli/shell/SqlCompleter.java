package io.tarn.cli.shell;

import io.tarn.engine.service.SampleQueries;
import io.tarn.engine.service.SampleQuery;
import io.tarn.engine.service.SavedQuery;
import io.tarn.engine.sql.SqlToken;
import io.tarn.engine.sql.SqlTokenizer;
import io.tarn.error.TarnException;
import io.tarn.storage.EventDataStore;
import io.tarn.storage.EventDataStoreStatus;
import io.tarn.storage.schema.ArrayType;
import io.tarn.storage.schema.DataType;
import io.tarn.storage.schema.Field;
import io.tarn.storage.schema.MapType;
import io.tarn.storage.schema.PrimitiveType;
import io.tarn.storage.schema.StructType;
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
        List<EventDataStore> stores = client.stores().stream()
                .filter(store -> store.status() != EventDataStoreStatus.PENDING_DELETION)
                .toList();
        Map<String, EventDataStore> tables = tables(line.line(), stores);
        int dot = word.lastIndexOf('.');
        if (dot >= 0) {
            completePath(word.substring(0, dot), word.substring(0, dot + 1), stores, tables, candidates);
            return;
        }
        if (!before.isEmpty() && before.get(before.size() - 1).kind() == SqlToken.Kind.WORD
                && TABLE_KEYWORDS.contains(before.get(before.size() - 1).lowerText())) {
            for (EventDataStore store : stores) {
                candidates.add(candidate(store.name(), store.name(), "stores", store.type().name().toLowerCase(Locale.ROOT), true));
                candidates.add(candidate(store.id(), store.id(), "stores", store.name(), true));
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
        Map<String, DataType> columns = new LinkedHashMap<>();
        for (EventDataStore store : tables.isEmpty() ? stores : List.copyOf(new LinkedHashSet<>(tables.values()))) {
            for (Field field : store.schema().columns()) {
                columns.putIfAbsent(field.name(), field.type());
            }
        }
        columns.forEach((name, type) -> candidates.add(candidate(name, name, "columns", typeName(type), !(type instanceof StructType))));
    }

    /**
     * Offers the fields under a dotted path such as {@code useridentity.sessioncontext}, whose first part
     * may be a table name or alias.
     */
    private static void completePath(String path, String prefix, List<EventDataStore> stores, Map<String, EventDataStore> tables,
            List<Candidate> candidates)
    {
        String[] parts = path.split("\\.", -1);
        List<EventDataStore> searched = tables.isEmpty() ? stores : List.copyOf(new LinkedHashSet<>(tables.values()));
        int first = 0;
        EventDataStore qualified = tables.get(parts[0].toLowerCase(Locale.ROOT));
        if (qualified == null) {
            qualified = stores.stream().filter(store -> store.name().equalsIgnoreCase(parts[0]) || store.id().equalsIgnoreCase(parts[0])).findFirst().orElse(null);
        }
        if (qualified != null && findField(qualified.schema().columns(), parts[0]).isEmpty()) {
            searched = List.of(qualified);
            first = 1;
        }
        Map<String, DataType> fields = new LinkedHashMap<>();
        for (EventDataStore store : searched) {
            List<Field> level = store.schema().columns();
            for (int index = first; index < parts.length && level != null; index++) {
                Optional<Field> field = findField(level, parts[index]);
                level = field.isPresent() && field.get().type() instanceof StructType struct ? struct.fields() : null;
            }
            if (level != null) {
                level.forEach(field -> fields.putIfAbsent(field.name(), field.type()));
            }
        }
        fields.forEach((name, type) -> candidates.add(candidate(prefix + name, name, "fields", typeName(type), !(type instanceof StructType))));
    }

    private static Optional<Field> findField(List<Field> fields, String name)
    {
        return fields.stream().filter(field -> field.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * The stores the statement names after {@code FROM} or {@code JOIN}, by every name they go by in it: their
     * name or id as written, and their alias.
     */
    private static Map<String, EventDataStore> tables(String text, List<EventDataStore> stores)
    {
        List<SqlToken> tokens;
        try {
            tokens = SqlTokenizer.significant(SqlTokenizer.tokenize(text));
        }
        catch (TarnException e) {
            return Map.of();
        }
        Map<String, EventDataStore> tables = new HashMap<>();
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
            Optional<EventDataStore> store = stores.stream()
                    .filter(candidate -> candidate.name().equalsIgnoreCase(reference) || candidate.id().equalsIgnoreCase(reference))
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
     * A short name of a stored type for the completion list.
     */
    static String typeName(DataType type)
    {
        if (type instanceof PrimitiveType primitive) {
            return switch (primitive) {
                case STRING -> "varchar";
                case BOOLEAN -> "boolean";
                case INTEGER -> "integer";
                case BIGINT -> "bigint";
                case DOUBLE -> "double";
                case TIMESTAMP -> "timestamp(3)";
            };
        }
        if (type instanceof StructType) {
            return "row";
        }
        if (type instanceof MapType) {
            return "map";
        }
        if (type instanceof ArrayType) {
            return "array";
        }
        throw new IllegalArgumentException("unknown type: " + type);
    }
}
