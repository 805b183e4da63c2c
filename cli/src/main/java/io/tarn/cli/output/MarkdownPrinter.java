package io.tarn.cli.output;

import java.io.PrintWriter;
import java.util.List;

/**
 * A GitHub-flavoured Markdown table, padded so that it also reads well as text: numbers right-aligned
 * ({@code ---:}), {@code |} escaped, line breaks as {@code <br>}.
 */
public final class MarkdownPrinter
        extends ChunkedTablePrinter
{
    public MarkdownPrinter(PrintWriter out)
    {
        super(out);
    }

    @Override
    protected String cell(OutputRow row, int column)
    {
        return escape(row.text(column));
    }

    @Override
    protected void printHeader(List<OutputColumn> columns, int[] widths)
    {
        StringBuilder header = new StringBuilder("|");
        StringBuilder separator = new StringBuilder("|");
        for (int column = 0; column < columns.size(); column++) {
            int width = Math.max(3, widths[column]);
            header.append(' ').append(pad(escape(columns.get(column).name()), width, false)).append(" |");
            separator.append(' ').append(columns.get(column).numeric() ? "-".repeat(width - 1) + ":" : "-".repeat(width)).append(" |");
        }
        out.println(header);
        out.println(separator);
    }

    @Override
    protected void printRow(List<OutputColumn> columns, String[] cells, int[] widths)
    {
        StringBuilder line = new StringBuilder("|");
        for (int column = 0; column < cells.length; column++) {
            line.append(' ').append(pad(cells[column], Math.max(3, widths[column]), columns.get(column).numeric())).append(" |");
        }
        out.println(line);
    }

    private static String escape(String text)
    {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>");
    }
}
