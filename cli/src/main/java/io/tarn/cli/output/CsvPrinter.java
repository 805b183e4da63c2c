package io.tarn.cli.output;

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

    public CsvPrinter(PrintWriter out)
    {
        this.out = requireNonNull(out, "out is null");
    }

    @Override
    public void columns(List<OutputColumn> columns)
    {
        out.print(CsvFormat.line(columns.stream().map(OutputColumn::name).toList()));
    }

    @Override
    public void row(OutputRow row)
    {
        List<String> fields = new ArrayList<>(row.size());
        for (int column = 0; column < row.size(); column++) {
            fields.add(row.isNull(column) ? null : row.text(column));
        }
        out.print(CsvFormat.line(fields));
    }

    @Override
    public void finish()
    {
        out.flush();
    }
}
