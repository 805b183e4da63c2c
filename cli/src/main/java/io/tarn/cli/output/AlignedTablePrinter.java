package io.tarn.cli.output;

import java.io.PrintWriter;
import java.util.List;

/**
 * The Trino CLI's aligned format: a centred header, a dashed separator with {@code +} between columns,
 * numbers right-aligned, then {@code (N rows)} unless the caller prints its own summary. A value with line
 * breaks (an EXPLAIN plan) spans several lines of its row, as in the Trino CLI.
 */
public final class AlignedTablePrinter
        extends ChunkedTablePrinter
{
    private final boolean rowCountFooter;

    public AlignedTablePrinter(PrintWriter out)
    {
        this(out, true);
    }

    public AlignedTablePrinter(PrintWriter out, boolean rowCountFooter)
    {
        super(out);
        this.rowCountFooter = rowCountFooter;
    }

    /**
     * How wide the table of these rows is, to choose between it and the vertical layout.
     */
    public static int width(List<OutputColumn> columns, List<OutputRow> rows)
    {
        int[] widths = new int[columns.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = columns.get(column).name().length();
            for (OutputRow row : rows) {
                widths[column] = Math.max(widths[column], widestLine(row.text(column)));
            }
        }
        int width = 1;
        for (int column = 0; column < widths.length; column++) {
            width += widths[column] + (column > 0 ? 3 : 0);
        }
        return width;
    }

    @Override
    protected String cell(OutputRow row, int column)
    {
        return row.text(column);
    }

    @Override
    protected void printHeader(List<OutputColumn> columns, int[] widths)
    {
        StringBuilder header = new StringBuilder();
        StringBuilder separator = new StringBuilder();
        for (int column = 0; column < columns.size(); column++) {
            String name = columns.get(column).name();
            int width = widths[column];
            int left = (width - name.length()) / 2;
            if (column > 0) {
                header.append(" | ");
                separator.append("-+-");
            }
            header.append(" ".repeat(left)).append(name).append(" ".repeat(width - name.length() - left));
            separator.append("-".repeat(width));
        }
        out.println(" " + header.toString().stripTrailing());
        out.println("-" + separator + "-");
    }

    @Override
    protected void printRow(List<OutputColumn> columns, String[] cells, int[] widths)
    {
        String[][] cellLines = new String[cells.length][];
        int height = 1;
        for (int column = 0; column < cells.length; column++) {
            cellLines[column] = cells[column].split("\n", -1);
            height = Math.max(height, cellLines[column].length);
        }
        for (int lineIndex = 0; lineIndex < height; lineIndex++) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < cells.length; column++) {
                if (column > 0) {
                    line.append(" | ");
                }
                String text = lineIndex < cellLines[column].length ? cellLines[column][lineIndex] : "";
                line.append(pad(text, widths[column], columns.get(column).numeric()));
            }
            out.println(" " + line.toString().stripTrailing());
        }
    }

    @Override
    protected void printFooter(long rows)
    {
        if (rowCountFooter) {
            out.println("(" + rows + (rows == 1 ? " row)" : " rows)"));
        }
    }
}
