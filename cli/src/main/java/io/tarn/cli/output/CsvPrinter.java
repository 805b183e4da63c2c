package io.tarn.cli.output;

import io.tarn.engine.ResultColumn;
import io.tarn.engine.exec.DisplayFormatter;
import io.tarn.engine.service.CsvFormat;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * CSV as {@link CsvFormat} writes delivered result files, so that {@code query --format csv} and a delivered
 * result set of the same query are byte for byte alike.
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
        out.print(CsvFormat.line(resultColumns.stream().map(ResultColumn::name).toList()));
    }

    @Override
    public void row(List<Object> values)
    {
        List<String> fields = new ArrayList<>(values.size());
        for (int column = 0; column < values.size(); column++) {
            Object value = values.get(column);
            fields.add(value == null ? null : DisplayFormatter.format(value, columns.get(column).type()));
        }
        out.print(CsvFormat.line(fields));
    }

    @Override
    public void finish()
    {
        out.flush();
    }
}
