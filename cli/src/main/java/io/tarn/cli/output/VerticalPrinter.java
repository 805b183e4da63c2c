package io.tarn.cli.output;

import java.io.PrintWriter;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * One block per row, one line per column, as psql's expanded display and the Trino CLI's vertical format
 * print rows too wide for a table:
 *
 * <pre>
 * -[ RECORD 1 ]-----------------------
 * eventname   | ConsoleLogin
 * eventsource | signin.amazonaws.com
 * </pre>
 *
 * Lines of a value with line breaks continue under the value.
 */
public final class VerticalPrinter
        implements ResultPrinter
{
    private final PrintWriter out;
    private final boolean rowCountFooter;
    private List<OutputColumn> columns;
    private int nameWidth;
    private long rowCount;

    public VerticalPrinter(PrintWriter out, boolean rowCountFooter)
    {
        this.out = requireNonNull(out, "out is null");
        this.rowCountFooter = rowCountFooter;
    }

    @Override
    public void columns(List<OutputColumn> resultColumns)
    {
        this.columns = List.copyOf(resultColumns);
        this.nameWidth = columns.stream().mapToInt(column -> column.name().length()).max().orElse(0);
    }

    @Override
    public void row(OutputRow row)
    {
        rowCount++;
        String title = "-[ RECORD " + rowCount + " ]";
        out.println(title + "-".repeat(Math.max(0, nameWidth + 3 - title.length())));
        for (int column = 0; column < columns.size(); column++) {
            String[] lines = row.text(column).split("\n", -1);
            String name = columns.get(column).name();
            out.println(name + " ".repeat(nameWidth - name.length()) + " | " + lines[0]);
            for (int line = 1; line < lines.length; line++) {
                out.println(" ".repeat(nameWidth) + " | " + lines[line]);
            }
        }
    }

    @Override
    public void finish()
    {
        if (rowCountFooter) {
            out.println("(" + rowCount + (rowCount == 1 ? " row)" : " rows)"));
        }
        out.flush();
    }
}
