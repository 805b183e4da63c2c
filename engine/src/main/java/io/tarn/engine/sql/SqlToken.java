package io.tarn.engine.sql;

import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * A token of SQL text: its kind and where it is ({@code start} inclusive, {@code end} exclusive).
 */
public record SqlToken(Kind kind, String text, int start, int end)
{
    /**
     * Token kinds; a word is a run of letters, digits, {@code _} and {@code $} (so numbers are words too).
     */
    public enum Kind
    {
        WORD,
        QUOTED_IDENTIFIER,
        STRING,
        SYMBOL,
        WHITESPACE,
        COMMENT,
    }

    public SqlToken
    {
        requireNonNull(kind, "kind is null");
        requireNonNull(text, "text is null");
    }

    public boolean isWord(String word)
    {
        return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    public boolean isSymbol(String symbol)
    {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    public boolean isSignificant()
    {
        return kind != Kind.WHITESPACE && kind != Kind.COMMENT;
    }

    public String lowerText()
    {
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * The value of a string literal or quoted identifier, without quotes and with doubled quotes undone.
     */
    public String unquoted()
    {
        return switch (kind) {
            case STRING -> text.substring(text.indexOf('\'') + 1, text.length() - 1).replace("''", "'");
            case QUOTED_IDENTIFIER -> text.substring(1, text.length() - 1).replace("\"\"", "\"");
            case WORD, SYMBOL, WHITESPACE, COMMENT -> text;
        };
    }
}
