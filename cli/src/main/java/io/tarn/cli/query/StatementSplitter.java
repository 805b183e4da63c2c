package io.tarn.cli.query;

import io.tarn.engine.sql.SqlToken;
import io.tarn.engine.sql.SqlTokenizer;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into statements at semicolons outside strings, quoted identifiers and comments.
 */
public final class StatementSplitter
{
    private StatementSplitter() {}

    /**
     * The complete statements (without their semicolons) and, last, the unfinished rest (possibly blank).
     */
    public static Split split(String text)
    {
        List<String> statements = new ArrayList<>();
        int start = 0;
        for (SqlToken token : SqlTokenizer.tokenize(text)) {
            if (token.isSymbol(";")) {
                String statement = text.substring(start, token.start());
                if (!isBlank(statement)) {
                    statements.add(statement.strip());
                }
                start = token.end();
            }
        }
        return new Split(statements, text.substring(start));
    }

    /**
     * Whether the text holds only whitespace and comments.
     */
    public static boolean isBlank(String text)
    {
        return SqlTokenizer.significant(SqlTokenizer.tokenize(text)).isEmpty();
    }

    /**
     * Complete statements and what follows the last semicolon.
     */
    public record Split(List<String> statements, String remainder) {}
}
