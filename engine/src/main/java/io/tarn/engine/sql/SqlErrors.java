package io.tarn.engine.sql;

import io.tarn.error.ErrorLocation;
import io.tarn.error.TarnException;

import java.util.Optional;

import static io.tarn.engine.StandardErrorCode.SYNTAX_ERROR;

/**
 * Builds errors that point at a place in SQL text.
 */
public final class SqlErrors
{
    private SqlErrors() {}

    public static TarnException syntaxError(String sql, int offset, String message)
    {
        return new TarnException(SYNTAX_ERROR, Optional.of(location(sql, offset)), message, null);
    }

    /**
     * The 1-based line and column of a character offset.
     */
    public static ErrorLocation location(String sql, int offset)
    {
        int line = 1;
        int column = 1;
        for (int index = 0; index < Math.min(offset, sql.length()); index++) {
            if (sql.charAt(index) == '\n') {
                line++;
                column = 1;
                continue;
            }
            column++;
        }
        return new ErrorLocation(line, column);
    }

    /**
     * The character offset of a 1-based line and column, clamped to the text.
     */
    public static int offset(String sql, int line, int column)
    {
        int currentLine = 1;
        int index = 0;
        while (index < sql.length() && currentLine < line) {
            if (sql.charAt(index) == '\n') {
                currentLine++;
            }
            index++;
        }
        return Math.min(sql.length(), index + Math.max(0, column - 1));
    }
}
