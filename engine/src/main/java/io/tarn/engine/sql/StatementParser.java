package io.tarn.engine.sql;

import io.tarn.error.TarnException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static io.tarn.engine.StandardErrorCode.NOT_SUPPORTED;
import static io.tarn.engine.StandardErrorCode.SYNTAX_ERROR;

/**
 * Recognizes the statement kinds clients send (queries, SHOW, DESCRIBE, EXPLAIN, USE, PREPARE, EXECUTE,
 * session properties) and refuses the ones that would change data, with a positioned error, before
 * anything runs.
 */
public final class StatementParser
{
    private static final Set<String> QUERY_STARTS = Set.of("select", "with", "values", "(", "table");
    private static final Set<String> WRITES = Set.of(
            "insert", "update", "delete", "merge", "create", "drop", "alter", "truncate", "grant", "revoke", "call",
            "comment", "analyze", "refresh", "deny", "set role", "copy", "upsert", "replace");

    private final String sql;
    private final List<SqlToken> tokens;
    private int position;

    private StatementParser(String sql)
    {
        this.sql = sql;
        this.tokens = SqlTokenizer.significant(SqlTokenizer.tokenize(sql));
    }

    public static Statement parse(String sql)
    {
        return new StatementParser(sql).statement();
    }

    private Statement statement()
    {
        if (tokens.isEmpty()) {
            throw SqlErrors.syntaxError(sql, 0, "Empty statement");
        }
        SqlToken first = tokens.get(0);
        String word = first.lowerText();
        if (QUERY_STARTS.contains(word)) {
            return new Statement.Query(sql);
        }
        switch (word) {
            case "explain":
                return explain();
            case "show":
                return show();
            case "describe", "desc":
                return describe();
            case "use":
                return use();
            case "prepare":
                return prepare();
            case "execute":
                return execute();
            case "deallocate":
                position = 1;
                acceptWord("prepare");
                return new Statement.Deallocate(identifier());
            case "set":
                if (tokens.size() > 1 && tokens.get(1).isWord("session")) {
                    return setSession();
                }
                break;
            case "reset":
                if (tokens.size() > 1 && tokens.get(1).isWord("session")) {
                    position = 2;
                    return new Statement.ResetSession(qualifiedName());
                }
                break;
            case "start", "commit", "rollback", "begin":
                return new Statement.TransactionControl(word);
            default:
                break;
        }
        if (WRITES.contains(word)) {
            throw new TarnException(NOT_SUPPORTED, Optional.of(SqlErrors.location(sql, first.start())),
                    "Only SELECT statements are supported; " + word.toUpperCase(Locale.ROOT) + " is not allowed and nothing was changed", null);
        }
        throw SqlErrors.syntaxError(sql, first.start(), "mismatched input '" + first.text() + "'. Expecting: SELECT, WITH, VALUES, SHOW, DESCRIBE, EXPLAIN, USE, PREPARE, EXECUTE");
    }

    private Statement explain()
    {
        position = 1;
        boolean analyze = acceptWord("analyze");
        acceptWord("verbose");
        String type = "LOGICAL";
        if (peekSymbol("(")) {
            position++;
            do {
                String option = word();
                String value = word();
                if (option.equals("type")) {
                    type = value.toUpperCase(Locale.ROOT);
                }
            }
            while (acceptSymbol(","));
            expectSymbol(")");
        }
        int start = position < tokens.size() ? tokens.get(position).start() : sql.length();
        Statement inner = parse(sql.substring(start));
        return new Statement.Explain(type, analyze, offsetQuery(inner, start));
    }

    /**
     * Keeps error positions of an inner query (EXPLAIN, PREPARE) relative to the whole statement by padding
     * the inner text with blanks where the prefix was.
     */
    private Statement offsetQuery(Statement inner, int start)
    {
        if (inner instanceof Statement.Query query) {
            return new Statement.Query(blankPrefix(start) + query.sql());
        }
        return inner;
    }

    private String blankPrefix(int length)
    {
        StringBuilder prefix = new StringBuilder();
        for (int index = 0; index < length; index++) {
            prefix.append(sql.charAt(index) == '\n' ? '\n' : ' ');
        }
        return prefix.toString();
    }

    private Statement show()
    {
        position = 1;
        String what = word();
        switch (what) {
            case "tables": {
                Optional<String> schema = Optional.empty();
                if (acceptWord("from") || acceptWord("in")) {
                    schema = Optional.of(qualifiedName());
                }
                Optional<String> like = Optional.empty();
                Optional<String> escape = Optional.empty();
                if (acceptWord("like")) {
                    like = Optional.of(string());
                    if (acceptWord("escape")) {
                        escape = Optional.of(string());
                    }
                }
                return done(new Statement.ShowTables(schema, like, escape));
            }
            case "columns": {
                if (!acceptWord("from") && !acceptWord("in")) {
                    throw expected("FROM");
                }
                String table = tableName();
                Optional<String> like = acceptWord("like") ? Optional.of(string()) : Optional.empty();
                return done(new Statement.ShowColumns(table, like));
            }
            case "functions": {
                Optional<String> like = Optional.empty();
                Optional<String> escape = Optional.empty();
                if (acceptWord("like")) {
                    like = Optional.of(string());
                    if (acceptWord("escape")) {
                        escape = Optional.of(string());
                    }
                }
                return done(new Statement.ShowFunctions(like, escape));
            }
            case "catalogs":
                return done(new Statement.ShowCatalogs(acceptWord("like") ? Optional.of(string()) : Optional.empty()));
            case "schemas": {
                Optional<String> catalog = Optional.empty();
                if (acceptWord("from") || acceptWord("in")) {
                    catalog = Optional.of(identifier());
                }
                return done(new Statement.ShowSchemas(catalog, acceptWord("like") ? Optional.of(string()) : Optional.empty()));
            }
            case "session":
                return done(new Statement.ShowSession(acceptWord("like") ? Optional.of(string()) : Optional.empty()));
            case "create":
                if (acceptWord("table")) {
                    return done(new Statement.ShowCreateTable(tableName()));
                }
                throw expected("TABLE");
            default:
                throw new TarnException(NOT_SUPPORTED, Optional.of(SqlErrors.location(sql, tokens.get(1).start())),
                        "SHOW " + what.toUpperCase(Locale.ROOT) + " is not supported", null);
        }
    }

    private Statement describe()
    {
        position = 1;
        if (acceptWord("input")) {
            return done(new Statement.DescribeInput(identifier()));
        }
        if (acceptWord("output")) {
            return done(new Statement.DescribeOutput(identifier()));
        }
        return done(new Statement.ShowColumns(tableName(), Optional.empty()));
    }

    private Statement use()
    {
        position = 1;
        String first = identifier();
        if (acceptSymbol(".")) {
            return done(new Statement.Use(Optional.of(first), identifier()));
        }
        return done(new Statement.Use(Optional.empty(), first));
    }

    private Statement prepare()
    {
        position = 1;
        String name = identifier();
        if (!acceptWord("from")) {
            throw expected("FROM");
        }
        int start = position < tokens.size() ? tokens.get(position).start() : sql.length();
        return new Statement.Prepare(name, sql.substring(start));
    }

    private Statement execute()
    {
        position = 1;
        Optional<String> name = Optional.empty();
        Optional<String> text = Optional.empty();
        if (acceptWord("immediate")) {
            text = Optional.of(string());
        }
        else {
            name = Optional.of(identifier());
        }
        List<String> parameters = new ArrayList<>();
        if (acceptWord("using")) {
            int depth = 0;
            int start = tokens.get(position).start();
            for (; position < tokens.size(); position++) {
                SqlToken token = tokens.get(position);
                if (token.isSymbol("(")) {
                    depth++;
                }
                else if (token.isSymbol(")")) {
                    depth--;
                }
                else if (token.isSymbol(",") && depth == 0) {
                    parameters.add(sql.substring(start, token.start()).trim());
                    start = token.end();
                }
            }
            parameters.add(sql.substring(start).trim().replaceAll(";\\s*$", ""));
        }
        return new Statement.Execute(name, text, parameters);
    }

    private Statement setSession()
    {
        position = 2;
        String name = qualifiedName();
        expectSymbol("=");
        int start = tokens.get(position).start();
        String value = sql.substring(start).trim().replaceAll(";\\s*$", "");
        if (value.startsWith("'") && value.endsWith("'") && value.length() >= 2) {
            value = value.substring(1, value.length() - 1).replace("''", "'");
        }
        return new Statement.SetSession(name, value);
    }

    private Statement done(Statement statement)
    {
        acceptSymbol(";");
        if (position < tokens.size()) {
            SqlToken extra = tokens.get(position);
            throw SqlErrors.syntaxError(sql, extra.start(), "mismatched input '" + extra.text() + "'. Expecting: <EOF>");
        }
        return statement;
    }

    /**
     * A table name as SHOW COLUMNS and DESCRIBE take it: dotted, quoted or bare, and bare store ids with
     * hyphens or ARNs.
     */
    private String tableName()
    {
        if (position >= tokens.size()) {
            throw expected("table name");
        }
        SqlToken first = tokens.get(position);
        List<SqlToken> all = SqlTokenizer.tokenize(sql);
        int end = first.end();
        if (first.kind() == SqlToken.Kind.QUOTED_IDENTIFIER) {
            position++;
            StringBuilder name = new StringBuilder(first.unquoted());
            while (acceptSymbol(".")) {
                name.append('.').append(identifier());
            }
            return name.toString();
        }
        // the tokens written right after the first, without space (all holds other instances than tokens)
        for (SqlToken token : all) {
            if (token.start() <= first.start()) {
                continue;
            }
            if (token.start() != end) {
                break;
            }
            if (!(token.kind() == SqlToken.Kind.WORD || token.isSymbol("-") || token.isSymbol(":") || token.isSymbol("/") || token.isSymbol("."))) {
                break;
            }
            end = token.end();
        }
        String name = sql.substring(first.start(), end);
        while (position < tokens.size() && tokens.get(position).start() < end) {
            position++;
        }
        return name;
    }

    private String qualifiedName()
    {
        StringBuilder name = new StringBuilder(identifier());
        while (acceptSymbol(".")) {
            name.append('.').append(identifier());
        }
        return name.toString();
    }

    private String identifier()
    {
        if (position >= tokens.size()) {
            throw expected("identifier");
        }
        SqlToken token = tokens.get(position++);
        if (token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER) {
            return token.unquoted();
        }
        if (token.kind() == SqlToken.Kind.WORD) {
            return token.lowerText();
        }
        throw SqlErrors.syntaxError(sql, token.start(), "mismatched input '" + token.text() + "'. Expecting: identifier");
    }

    private String word()
    {
        if (position >= tokens.size()) {
            throw expected("keyword");
        }
        return tokens.get(position++).lowerText();
    }

    private String string()
    {
        if (position >= tokens.size() || tokens.get(position).kind() != SqlToken.Kind.STRING) {
            throw expected("string");
        }
        return tokens.get(position++).unquoted();
    }

    private boolean acceptWord(String word)
    {
        if (position < tokens.size() && tokens.get(position).isWord(word)) {
            position++;
            return true;
        }
        return false;
    }

    private boolean acceptSymbol(String symbol)
    {
        if (peekSymbol(symbol)) {
            position++;
            return true;
        }
        return false;
    }

    private boolean peekSymbol(String symbol)
    {
        return position < tokens.size() && tokens.get(position).isSymbol(symbol);
    }

    private void expectSymbol(String symbol)
    {
        if (!acceptSymbol(symbol)) {
            throw expected("'" + symbol + "'");
        }
    }

    private TarnException expected(String what)
    {
        int offset = position < tokens.size() ? tokens.get(position).start() : sql.length();
        String found = position < tokens.size() ? tokens.get(position).text() : "<EOF>";
        return new TarnException(SYNTAX_ERROR, Optional.of(SqlErrors.location(sql, offset)), "mismatched input '" + found + "'. Expecting: " + what, null);
    }
}
