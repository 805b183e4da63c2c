package io.tarn.cli.output;

import java.io.PrintWriter;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * CSV: a header row of column names, then the rows; values quoted when they contain a comma, a quote or a
 * line break; null is an empty field.
 */
public final class CsvPrinter
        implements ResultPrinter
{
    private final PrintWriter out;

    public CsvPrinter(PrintWriter out)
    {
        this.out = requireNonNull(out, "out is null");
    }

    @Override
    public void columns(List<OutputColumn> columns)
    {
        out.println(String.join(",", columns.stream().map(column -> quote(column.name())).toList()));
    }

    @Override
    public void row(OutputRow row)
    {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < row.size(); column++) {
            if (column > 0) {
                line.append(',');
            }
            if (!row.isNull(column)) {
                line.append(quote(row.text(column)));
            }
        }
        out.println(line);
    }

    @Override
    public void finish()
    {
        out.flush();
    }

    static String quote(String value)
    {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
