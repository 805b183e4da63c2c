package io.tarn.engine.sql;

import com.google.common.collect.ImmutableList;
import io.tarn.engine.type.TarnTypes;
import io.tarn.error.ErrorLocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * Rewrites the Trino and CloudTrail Lake forms that Calcite's grammar cannot take into equivalent forms it
 * can, and maps positions in the rewritten text back to the user's text so that errors point at what the
 * user wrote:
 * <ul>
 * <li>an event data store named bare in {@code FROM} or {@code JOIN} by an id with hyphens
 * ({@code EXAMPLEf852-4e8f-8bd1-bcf6cEXAMPLE}) or by its ARN becomes a quoted identifier;</li>
 * <li>functions that Calcite's grammar parses as special forms with other semantics ({@code date_diff},
 * {@code date_trunc}, {@code date_add}, {@code map}, ...) become quoted, ordinary function calls, and so does
 * Trino's {@code trim(x, chars)};</li>
 * <li>typed literals ({@code BIGINT '5'}, {@code DOUBLE '1.5'}, {@code TIMESTAMP '2020-01-01 00:00:00 UTC'})
 * become casts, and {@code JSON '[1]'} becomes {@code json_parse('[1]')};</li>
 * <li>{@code x AT TIME ZONE z} becomes {@code at_timezone(x, z)};</li>
 * <li>{@code SELECT ... WHERE ...} without FROM (which the Trino JDBC driver sends for metadata it does not
 * have) gets a one-row FROM;</li>
 * <li>Trino's type constructors in casts ({@code map(varchar, json)}, {@code array(varchar)},
 * {@code row(a bigint)}) become Calcite's ({@code MAP<VARCHAR, JSON>}, {@code VARCHAR ARRAY}, ...).</li>
 * </ul>
 */
public final class SqlRewriter
{
    private static final Set<String> QUOTED_FUNCTIONS = Set.of(
            "date_diff", "date_trunc", "date_add", "map", "filter", "timestamp_diff", "datetime_diff", "time_diff",
            "timestampdiff", "timestampadd", "date_part", "datediff", "dateadd", "year", "month", "day", "hour",
            "minute", "second", "week", "quarter", "last_day");
    private static final Set<String> LITERAL_TYPES = Set.of(
            "bigint", "integer", "int", "smallint", "tinyint", "double", "real", "decimal", "varchar", "char",
            "json", "varbinary", "uuid", "ipaddress", "boolean");
    private static final Set<String> FROM_LIST_END = Set.of(
            "where", "group", "having", "order", "limit", "offset", "fetch", "union", "except", "intersect",
            "window", "on", "using", "select");

    private SqlRewriter() {}

    public static RewrittenSql rewrite(String sql)
    {
        requireNonNull(sql, "sql is null");
        List<Function<String, TextEdits>> passes = List.of(
                SqlRewriter::addMissingFrom,
                SqlRewriter::quoteStoreReferences,
                SqlRewriter::rewriteCastTypes,
                SqlRewriter::rewriteTypedLiterals,
                SqlRewriter::rewriteAtTimeZone,
                SqlRewriter::quoteSpecialFunctions);
        String text = sql;
        List<TextEdits.Applied> applied = new ArrayList<>();
        for (Function<String, TextEdits> pass : passes) {
            // A pass may make one rewrite at a time (nested forms), so run it until it changes nothing.
            for (int round = 0; round < 100; round++) {
                TextEdits edits = pass.apply(text);
                if (edits.isEmpty()) {
                    break;
                }
                TextEdits.Applied result = edits.apply(text);
                applied.add(result);
                text = result.text();
            }
        }
        return new RewrittenSql(sql, text, applied);
    }

    /**
     * A WHERE whose SELECT (at the same parenthesis depth) has no FROM.
     */
    private static TextEdits addMissingFrom(String sql)
    {
        List<SqlToken> tokens = SqlTokenizer.significant(SqlTokenizer.tokenize(sql));
        TextEdits edits = new TextEdits();
        int depth = 0;
        java.util.Map<Integer, boolean[]> openSelect = new java.util.HashMap<>();
        for (SqlToken token : tokens) {
            if (token.isSymbol("(")) {
                depth++;
                continue;
            }
            if (token.isSymbol(")")) {
                openSelect.remove(depth);
                depth--;
                continue;
            }
            if (token.isWord("select")) {
                openSelect.put(depth, new boolean[] {false});
            }
            else if (token.isWord("from") && openSelect.containsKey(depth)) {
                openSelect.get(depth)[0] = true;
            }
            else if (token.isWord("where") && openSelect.containsKey(depth) && !openSelect.get(depth)[0]) {
                edits.insert(token.start(), "FROM (VALUES 0) AS \"$no_from\"(\"$x\") ");
                openSelect.get(depth)[0] = true;
            }
        }
        return edits;
    }

    /**
     * Bare store references after FROM/JOIN (and in FROM lists) that contain {@code -} or {@code :}.
     */
    private static TextEdits quoteStoreReferences(String sql)
    {
        List<SqlToken> tokens = SqlTokenizer.tokenize(sql);
        TextEdits edits = new TextEdits();
        int depth = 0;
        int fromDepth = -1;
        SqlToken previous = null;
        for (int index = 0; index < tokens.size(); index++) {
            SqlToken token = tokens.get(index);
            if (!token.isSignificant()) {
                continue;
            }
            if (token.isSymbol("(")) {
                depth++;
            }
            else if (token.isSymbol(")")) {
                depth--;
                if (depth < fromDepth) {
                    fromDepth = -1;
                }
            }
            else if (token.kind() == SqlToken.Kind.WORD && FROM_LIST_END.contains(token.lowerText()) && depth == fromDepth) {
                fromDepth = -1;
            }
            boolean tablePosition = previous != null
                    && (previous.isWord("from") || previous.isWord("join") || (previous.isSymbol(",") && depth == fromDepth));
            if (previous != null && previous.isWord("from")) {
                fromDepth = depth;
            }
            if (tablePosition && token.kind() == SqlToken.Kind.WORD) {
                int end = index;
                boolean needsQuotes = false;
                while (end + 1 < tokens.size()) {
                    SqlToken next = tokens.get(end + 1);
                    if (next.start() != tokens.get(end).end()) {
                        break;
                    }
                    if (next.kind() == SqlToken.Kind.WORD || next.isSymbol(".")) {
                        end++;
                        continue;
                    }
                    if (next.isSymbol("-") || next.isSymbol(":") || next.isSymbol("/")) {
                        needsQuotes = true;
                        end++;
                        continue;
                    }
                    break;
                }
                if (needsQuotes) {
                    String reference = sql.substring(token.start(), tokens.get(end).end());
                    edits.replace(token.start(), tokens.get(end).end(), quoteReference(reference));
                    index = end;
                }
            }
            previous = tokens.get(index);
        }
        return edits;
    }

    private static String quoteReference(String reference)
    {
        if (reference.startsWith("arn:") || !reference.contains(".")) {
            return quote(reference);
        }
        List<String> parts = new ArrayList<>();
        for (String part : reference.split("\\.", -1)) {
            parts.add(part.contains("-") || part.contains(":") ? quote(part) : part);
        }
        return String.join(".", parts);
    }

    private static String quote(String identifier)
    {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static TextEdits quoteSpecialFunctions(String sql)
    {
        List<SqlToken> tokens = SqlTokenizer.significant(SqlTokenizer.tokenize(sql));
        TextEdits edits = new TextEdits();
        for (int index = 0; index + 1 < tokens.size(); index++) {
            SqlToken token = tokens.get(index);
            // After "." it is a field; after ")" it is a clause such as an aggregate's FILTER (WHERE ...).
            boolean qualified = index > 0 && (tokens.get(index - 1).isSymbol(".") || tokens.get(index - 1).isSymbol(")"));
            if (token.kind() == SqlToken.Kind.WORD && tokens.get(index + 1).isSymbol("(") && !qualified
                    && (QUOTED_FUNCTIONS.contains(token.lowerText()) || (token.isWord("trim") && hasTopLevelComma(tokens, index + 1)))) {
                edits.replace(token.start(), token.end(), quote(token.lowerText()));
            }
        }
        return edits;
    }

    /**
     * Whether the parenthesised list opening at {@code open} has a comma of its own: Trino's
     * {@code trim(x, chars)}, which Calcite's grammar lacks (it only knows {@code trim(chars FROM x)}).
     */
    private static boolean hasTopLevelComma(List<SqlToken> tokens, int open)
    {
        int depth = 0;
        for (int index = open; index < tokens.size(); index++) {
            SqlToken token = tokens.get(index);
            if (token.isSymbol("(")) {
                depth++;
            }
            else if (token.isSymbol(")")) {
                depth--;
                if (depth == 0) {
                    return false;
                }
            }
            else if (depth == 1 && token.isSymbol(",")) {
                return true;
            }
        }
        return false;
    }

    private static TextEdits rewriteTypedLiterals(String sql)
    {
        List<SqlToken> tokens = SqlTokenizer.significant(SqlTokenizer.tokenize(sql));
        TextEdits edits = new TextEdits();
        for (int index = 0; index + 1 < tokens.size(); index++) {
            SqlToken type = tokens.get(index);
            SqlToken literal = tokens.get(index + 1);
            if (type.kind() != SqlToken.Kind.WORD || literal.kind() != SqlToken.Kind.STRING || !literal.text().startsWith("'")) {
                continue;
            }
            boolean afterAs = index > 0 && tokens.get(index - 1).isWord("as");
            if (afterAs) {
                continue;
            }
            String name = type.lowerText();
            String targetType = null;
            if (LITERAL_TYPES.contains(name)) {
                targetType = name.equals("decimal") ? decimalType(literal.unquoted()) : name.toUpperCase(Locale.ROOT);
            }
            else if (name.equals("timestamp") && hasTimeZone(literal.unquoted())) {
                targetType = "TIMESTAMP(" + fractionDigits(literal.unquoted()) + ") WITH TIME ZONE";
            }
            if (name.equals("json")) {
                // A JSON literal is parsed JSON text, where CAST(varchar AS json) makes a JSON string.
                edits.replace(type.start(), literal.end(), "json_parse(" + literal.text() + ")");
                index++;
            }
            else if (targetType != null) {
                edits.replace(type.start(), literal.end(), "CAST(" + literal.text() + " AS " + targetType + ")");
                index++;
            }
        }
        return edits;
    }

    private static String decimalType(String value)
    {
        try {
            BigDecimal decimal = new BigDecimal(value.trim());
            int scale = Math.max(decimal.scale(), 0);
            int precision = Math.max(decimal.precision(), scale);
            return "DECIMAL(" + Math.max(precision, 1) + ", " + scale + ")";
        }
        catch (NumberFormatException e) {
            // Let the cast report the bad literal.
            return "DECIMAL";
        }
    }

    private static boolean hasTimeZone(String value)
    {
        String trimmed = value.trim();
        int space = trimmed.lastIndexOf(' ');
        if (space > 0 && space > trimmed.indexOf(' ')) {
            return true;
        }
        return trimmed.matches(".*\\d[+-]\\d{2}(:?\\d{2})?$") || trimmed.endsWith("Z");
    }

    private static int fractionDigits(String value)
    {
        int dot = value.indexOf('.');
        if (dot < 0) {
            return 0;
        }
        int digits = 0;
        for (int index = dot + 1; index < value.length() && Character.isDigit(value.charAt(index)); index++) {
            digits++;
        }
        return Math.min(digits, 12);
    }

    private static TextEdits rewriteAtTimeZone(String sql)
    {
        List<SqlToken> tokens = SqlTokenizer.significant(SqlTokenizer.tokenize(sql));
        TextEdits edits = new TextEdits();
        for (int index = 1; index + 3 < tokens.size(); index++) {
            if (!tokens.get(index).isWord("at") || !tokens.get(index + 1).isWord("time") || !tokens.get(index + 2).isWord("zone")) {
                continue;
            }
            int operandStart = operandStart(tokens, index - 1);
            int zoneEnd = operandEnd(tokens, index + 3);
            if (operandStart < 0 || zoneEnd < 0) {
                continue;
            }
            String operand = sql.substring(tokens.get(operandStart).start(), tokens.get(index - 1).end());
            String zone = sql.substring(tokens.get(index + 3).start(), tokens.get(zoneEnd).end());
            edits.replace(tokens.get(operandStart).start(), tokens.get(zoneEnd).end(), "at_timezone(" + operand + ", " + zone + ")");
            // One rewrite per pass keeps edits from overlapping; nested forms are rare.
            return edits;
        }
        return edits;
    }

    /**
     * The first token of the primary expression ending at {@code last}: a parenthesised expression or call,
     * a dotted name, a literal (with its type keyword).
     */
    private static int operandStart(List<SqlToken> tokens, int last)
    {
        int index = last;
        SqlToken token = tokens.get(index);
        if (token.isSymbol(")")) {
            index = matchingOpen(tokens, index);
            if (index < 0) {
                return -1;
            }
            if (index > 0 && (tokens.get(index - 1).kind() == SqlToken.Kind.WORD || tokens.get(index - 1).kind() == SqlToken.Kind.QUOTED_IDENTIFIER)) {
                index--;
            }
        }
        else if (token.kind() == SqlToken.Kind.STRING) {
            if (index > 0 && tokens.get(index - 1).kind() == SqlToken.Kind.WORD) {
                index--;
            }
            return index;
        }
        else if (token.kind() != SqlToken.Kind.WORD && token.kind() != SqlToken.Kind.QUOTED_IDENTIFIER) {
            return -1;
        }
        while (index >= 2 && tokens.get(index - 1).isSymbol(".")) {
            index -= 2;
        }
        return index;
    }

    private static int operandEnd(List<SqlToken> tokens, int first)
    {
        SqlToken token = tokens.get(first);
        if (token.kind() == SqlToken.Kind.STRING) {
            return first;
        }
        if (token.kind() != SqlToken.Kind.WORD && token.kind() != SqlToken.Kind.QUOTED_IDENTIFIER) {
            return -1;
        }
        int index = first;
        while (index + 2 < tokens.size() && tokens.get(index + 1).isSymbol(".")) {
            index += 2;
        }
        if (index + 1 < tokens.size() && tokens.get(index + 1).isSymbol("(")) {
            return matchingClose(tokens, index + 1);
        }
        return index;
    }

    private static int matchingOpen(List<SqlToken> tokens, int close)
    {
        int depth = 0;
        for (int index = close; index >= 0; index--) {
            if (tokens.get(index).isSymbol(")")) {
                depth++;
            }
            else if (tokens.get(index).isSymbol("(")) {
                depth--;
                if (depth == 0) {
                    return index;
                }
            }
        }
        return -1;
    }

    private static int matchingClose(List<SqlToken> tokens, int open)
    {
        int depth = 0;
        for (int index = open; index < tokens.size(); index++) {
            if (tokens.get(index).isSymbol("(")) {
                depth++;
            }
            else if (tokens.get(index).isSymbol(")")) {
                depth--;
                if (depth == 0) {
                    return index;
                }
            }
        }
        return -1;
    }

    /**
     * Trino type constructors in {@code CAST(x AS type)} and {@code TRY_CAST(x AS type)}.
     */
    private static TextEdits rewriteCastTypes(String sql)
    {
        List<SqlToken> tokens = SqlTokenizer.significant(SqlTokenizer.tokenize(sql));
        TextEdits edits = new TextEdits();
        for (int index = 0; index + 1 < tokens.size(); index++) {
            SqlToken token = tokens.get(index);
            if (!(token.isWord("cast") || token.isWord("try_cast")) || !tokens.get(index + 1).isSymbol("(")) {
                continue;
            }
            int close = matchingClose(tokens, index + 1);
            if (close < 0) {
                continue;
            }
            int as = -1;
            int depth = 0;
            for (int inner = index + 1; inner < close; inner++) {
                SqlToken current = tokens.get(inner);
                if (current.isSymbol("(")) {
                    depth++;
                }
                else if (current.isSymbol(")")) {
                    depth--;
                }
                else if (depth == 1 && current.isWord("as")) {
                    as = inner;
                }
            }
            if (as < 0 || as + 1 >= close) {
                continue;
            }
            List<SqlToken> typeTokens = tokens.subList(as + 1, close);
            if (typeTokens.stream().noneMatch(type -> type.isWord("map") || type.isWord("array") || type.isWord("row"))) {
                continue;
            }
            TypeParser parser = new TypeParser(sql, typeTokens);
            String converted = parser.parseType();
            if (converted != null && parser.atEnd()) {
                edits.replace(typeTokens.get(0).start(), typeTokens.get(typeTokens.size() - 1).end(), converted);
                index = close;
            }
        }
        return edits;
    }

    /**
     * Converts a Trino type written with constructors into Calcite's spelling; null when it cannot.
     */
    private static final class TypeParser
    {
        private final String sql;
        private final List<SqlToken> tokens;
        private int position;

        TypeParser(String sql, List<SqlToken> tokens)
        {
            this.sql = sql;
            this.tokens = ImmutableList.copyOf(tokens);
        }

        boolean atEnd()
        {
            return position == tokens.size();
        }

        String parseType()
        {
            if (atEnd()) {
                return null;
            }
            SqlToken name = tokens.get(position);
            if (name.kind() != SqlToken.Kind.WORD) {
                return null;
            }
            position++;
            if (name.isWord("array") && accept("(")) {
                String element = parseType();
                return element != null && accept(")") ? element + " ARRAY" : null;
            }
            if (name.isWord("map") && accept("(")) {
                String key = parseType();
                if (key == null || !accept(",")) {
                    return null;
                }
                String value = parseType();
                return value != null && accept(")") ? "MAP<" + key + ", " + value + ">" : null;
            }
            if (name.isWord("row") && accept("(")) {
                List<String> fields = new ArrayList<>();
                int ordinal = 0;
                do {
                    String fieldName = "\"" + TarnTypes.anonymousFieldName(ordinal++) + "\"";
                    SqlToken first = position < tokens.size() ? tokens.get(position) : null;
                    SqlToken second = position + 1 < tokens.size() ? tokens.get(position + 1) : null;
                    boolean named = first != null && second != null && (first.kind() == SqlToken.Kind.QUOTED_IDENTIFIER
                            || (first.kind() == SqlToken.Kind.WORD && second.kind() == SqlToken.Kind.WORD));
                    if (named) {
                        fieldName = first.text();
                        position++;
                    }
                    String type = parseType();
                    if (type == null) {
                        return null;
                    }
                    fields.add(fieldName + " " + type);
                }
                while (accept(","));
                return accept(")") ? "ROW(" + String.join(", ", fields) + ")" : null;
            }
            int start = name.start();
            int end = name.end();
            if (position < tokens.size() && tokens.get(position).isSymbol("(")) {
                int close = position;
                while (close < tokens.size() && !tokens.get(close).isSymbol(")")) {
                    close++;
                }
                if (close == tokens.size()) {
                    return null;
                }
                end = tokens.get(close).end();
                position = close + 1;
            }
            boolean zoneSuffix = position + 2 < tokens.size()
                    && (tokens.get(position).isWord("with") || tokens.get(position).isWord("without"))
                    && tokens.get(position + 1).isWord("time")
                    && tokens.get(position + 2).isWord("zone");
            if (zoneSuffix) {
                end = tokens.get(position + 2).end();
                position += 3;
            }
            return sql.substring(start, end);
        }

        private boolean accept(String symbol)
        {
            if (position < tokens.size() && tokens.get(position).isSymbol(symbol)) {
                position++;
                return true;
            }
            return false;
        }
    }

    /**
     * The rewritten text and the way back to the user's positions.
     */
    public static final class RewrittenSql
    {
        private final String original;
        private final String text;
        private final List<TextEdits.Applied> passes;

        private RewrittenSql(String original, String text, List<TextEdits.Applied> passes)
        {
            this.original = original;
            this.text = text;
            this.passes = ImmutableList.copyOf(passes);
        }

        public String original()
        {
            return original;
        }

        public String text()
        {
            return text;
        }

        /**
         * The offset in the user's text of an offset in the rewritten text.
         */
        public int originalOffset(int offset)
        {
            int result = offset;
            for (int pass = passes.size() - 1; pass >= 0; pass--) {
                result = passes.get(pass).originalOffset(result);
            }
            return result;
        }

        /**
         * The user's line and column of a 1-based line and column in the rewritten text.
         */
        public ErrorLocation originalLocation(int line, int column)
        {
            return SqlErrors.location(original, originalOffset(SqlErrors.offset(text, line, column)));
        }
    }
}
