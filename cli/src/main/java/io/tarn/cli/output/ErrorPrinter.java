package io.tarn.cli.output;

import io.tarn.error.ErrorLocation;
import io.tarn.error.TarnException;

import java.io.PrintWriter;

/**
 * Prints a SQL error as the Trino CLI does: the code, the message, and the offending line of the statement
 * with a caret under the position.
 */
public final class ErrorPrinter
{
    private ErrorPrinter() {}

    public static void print(PrintWriter err, TarnException error, String sql)
    {
        err.println("Query failed (" + error.getErrorCode().name() + "): " + error.getMessage());
        error.getLocation().ifPresent(location -> printCaret(err, sql, location));
        err.flush();
    }

    static void printCaret(PrintWriter err, String sql, ErrorLocation location)
    {
        String[] lines = sql.split("\n", -1);
        if (location.lineNumber() > lines.length) {
            return;
        }
        String line = lines[location.lineNumber() - 1];
        err.println(line);
        StringBuilder pointer = new StringBuilder();
        for (int index = 0; index < location.columnNumber() - 1 && index < line.length(); index++) {
            pointer.append(line.charAt(index) == '\t' ? '\t' : ' ');
        }
        err.println(pointer.append('^'));
    }
}
