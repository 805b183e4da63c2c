package io.tarn.engine.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into tokens, understanding string literals (also {@code X'..'} and {@code U&'..'}), quoted
 * identifiers, and {@code --} and {@code /* *}{@code /} comments, so that rewrites never touch text inside them.
 */
public final class SqlTokenizer
{
    private SqlTokenizer() {}

    public static List<SqlToken> tokenize(String sql)
    {
        List<SqlToken> tokens = new ArrayList<>();
        int position = 0;
        int length = sql.length();
        while (position < length) {
            char character = sql.charAt(position);
            int start = position;
            if (Character.isWhitespace(character)) {
                while (position < length && Character.isWhitespace(sql.charAt(position))) {
                    position++;
                }
                tokens.add(new SqlToken(SqlToken.Kind.WHITESPACE, sql.substring(start, position), start, position));
                continue;
            }
            if (character == '-' && position + 1 < length && sql.charAt(position + 1) == '-') {
                while (position < length && sql.charAt(position) != '\n') {
                    position++;
                }
                tokens.add(new SqlToken(SqlToken.Kind.COMMENT, sql.substring(start, position), start, position));
                continue;
            }
            if (character == '/' && position + 1 < length && sql.charAt(position + 1) == '*') {
                int close = sql.indexOf("*/", position + 2);
                if (close < 0) {
                    throw SqlErrors.syntaxError(sql, start, "Unterminated comment");
                }
                position = close + 2;
                tokens.add(new SqlToken(SqlToken.Kind.COMMENT, sql.substring(start, position), start, position));
                continue;
            }
            if (character == '\'' || isPrefixedString(sql, position)) {
                position = sql.indexOf('\'', position) + 1;
                position = endOfQuoted(sql, position, '\'', start, "Unterminated string literal");
                tokens.add(new SqlToken(SqlToken.Kind.STRING, sql.substring(start, position), start, position));
                continue;
            }
            if (character == '"') {
                position = endOfQuoted(sql, position + 1, '"', start, "Unterminated quoted identifier");
                tokens.add(new SqlToken(SqlToken.Kind.QUOTED_IDENTIFIER, sql.substring(start, position), start, position));
                continue;
            }
            if (isWordCharacter(character)) {
                while (position < length && isWordCharacter(sql.charAt(position))) {
                    position++;
                }
                tokens.add(new SqlToken(SqlToken.Kind.WORD, sql.substring(start, position), start, position));
                continue;
            }
            position += symbolLength(sql, position);
            tokens.add(new SqlToken(SqlToken.Kind.SYMBOL, sql.substring(start, position), start, position));
        }
        return tokens;
    }

    public static List<SqlToken> significant(List<SqlToken> tokens)
    {
        return tokens.stream().filter(SqlToken::isSignificant).toList();
    }

    private static boolean isPrefixedString(String sql, int position)
    {
        char character = Character.toUpperCase(sql.charAt(position));
        if (character == 'X' || character == 'N') {
            return position + 1 < sql.length() && sql.charAt(position + 1) == '\'' && startsToken(sql, position);
        }
        return character == 'U' && sql.startsWith("&'", position + 1) && startsToken(sql, position);
    }

    private static boolean startsToken(String sql, int position)
    {
        return position == 0 || !isWordCharacter(sql.charAt(position - 1));
    }

    private static int endOfQuoted(String sql, int position, char quote, int start, String message)
    {
        while (true) {
            int next = sql.indexOf(quote, position);
            if (next < 0) {
                throw SqlErrors.syntaxError(sql, start, message);
            }
            if (next + 1 < sql.length() && sql.charAt(next + 1) == quote) {
                position = next + 2;
                continue;
            }
            return next + 1;
        }
    }

    private static int symbolLength(String sql, int position)
    {
        for (String symbol : new String[] {"<>", "<=", ">=", "!=", "||", "->", "=>", "::"}) {
            if (sql.startsWith(symbol, position)) {
                return symbol.length();
            }
        }
        return 1;
    }

    static boolean isWordCharacter(char character)
    {
        return Character.isLetterOrDigit(character) || character == '_' || character == '$';
    }
}
