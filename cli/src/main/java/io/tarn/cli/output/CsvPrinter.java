package io.tarn.cli.output;

import io.tarn.engine.ResultColumn;
import io.tarn.engine.exec.DisplayFormatter;

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
    private List<ResultColumn> columns;

    public CsvPrinter(PrintWriter out)
    {
        this.out = requireNonNull(out, "out is null");
    }

    @Override
    public void columns(List<ResultColumn> resultColumns)
    {
        this.columns = List.copyOf(resultColumns);
        out.println(String.join(",", resultColumns.stream().map(column -> quote(column.name())).toList()));
    }

    @Override
    public void row(List<Object> values)
    {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < values.size(); column++) {
            if (column > 0) {
                line.append(',');
            }
            Object value = values.get(column);
            if (value != null) {
                line.append(quote(DisplayFormatter.format(value, columns.get(column).type())));
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
