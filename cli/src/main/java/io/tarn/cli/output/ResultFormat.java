package io.tarn.cli.output;

import java.io.PrintWriter;

/**
 * How result rows are printed.
 */
public enum ResultFormat
{
    /** Columns aligned under a header, as the Trino CLI prints them. */
    TABLE,
    /** One block per row, one line per column. */
    VERTICAL,
    /** A header row, then one line per row, RFC 4180 quoting. */
    CSV,
    /** One JSON object per row, values typed (numbers, booleans, arrays, objects). */
    JSON,
    /** A GitHub-flavoured Markdown table. */
    MARKDOWN;

    /**
     * A printer of this format; {@code rowCountFooter} says whether tables end with {@code (N rows)}.
     */
    public ResultPrinter printer(PrintWriter out, boolean rowCountFooter)
    {
        return switch (this) {
            case TABLE -> new AlignedTablePrinter(out, rowCountFooter);
            case VERTICAL -> new VerticalPrinter(out, rowCountFooter);
            case CSV -> new CsvPrinter(out);
            case JSON -> new JsonLinesPrinter(out);
            case MARKDOWN -> new MarkdownPrinter(out);
        };
    }

    public ResultPrinter printer(PrintWriter out)
    {
        return printer(out, true);
    }
}
