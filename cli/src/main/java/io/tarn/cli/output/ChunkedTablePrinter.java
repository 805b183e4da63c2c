package io.tarn.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A table whose column widths fit the values: rows are buffered in chunks, the widths are taken from the
 * header and the first chunk, so a large result is printed as it streams without being held whole.
 */
abstract class ChunkedTablePrinter
        implements ResultPrinter
{
    private static final int CHUNK = 10_000;

    protected final PrintWriter out;
    private List<OutputColumn> columns;
    private final List<String[]> buffered = new ArrayList<>();
    private long rowCount;
    private int[] widths;

    protected ChunkedTablePrinter(PrintWriter out)
    {
        this.out = requireNonNull(out, "out is null");
    }

    @Override
    public final void columns(List<OutputColumn> resultColumns)
    {
        this.columns = List.copyOf(resultColumns);
    }

    @Override
    public final void row(OutputRow row)
    {
        String[] cells = new String[columns.size()];
        for (int column = 0; column < cells.length; column++) {
            cells[column] = cell(row, column);
        }
        buffered.add(cells);
        rowCount++;
        if (buffered.size() >= CHUNK) {
            flush();
        }
    }

    @Override
    public final void finish()
    {
        flush();
        if (widths == null) {
            widths = widths(columns, List.of());
            printHeader(columns, widths);
        }
        printFooter(rowCount);
        out.flush();
    }

    /**
     * The text of a cell.
     */
    protected abstract String cell(OutputRow row, int column);

    protected abstract void printHeader(List<OutputColumn> columns, int[] widths);

    protected abstract void printRow(List<OutputColumn> columns, String[] cells, int[] widths);

    protected void printFooter(long rows) {}

    /**
     * The width of each column: the longest of its name and the lines of its cells.
     */
    static int[] widths(List<OutputColumn> columns, List<String[]> rows)
    {
        int[] result = new int[columns.size()];
        for (int column = 0; column < result.length; column++) {
            result[column] = columns.get(column).name().length();
        }
        for (String[] row : rows) {
            for (int column = 0; column < result.length; column++) {
                result[column] = Math.max(result[column], widestLine(row[column]));
            }
        }
        return result;
    }

    static int widestLine(String text)
    {
        int widest = 0;
        for (String line : text.split("\n", -1)) {
            widest = Math.max(widest, line.length());
        }
        return widest;
    }

    static String pad(String text, int width, boolean right)
    {
        int padding = Math.max(0, width - text.length());
        return right ? " ".repeat(padding) + text : text + " ".repeat(padding);
    }

    private void flush()
    {
        if (buffered.isEmpty()) {
            return;
        }
        if (widths == null) {
            widths = widths(columns, buffered);
            printHeader(columns, widths);
        }
        for (String[] row : buffered) {
            printRow(columns, row, widths);
        }
        buffered.clear();
    }
}
