package io.tarn.cli.output;

import java.io.PrintWriter;

/**
 * How result rows are printed.
 */
public enum ResultFormat
{
    /** Columns aligned under a header, as the Trino CLI prints them. */
    TABLE,
    /** A header row, then one line per row, RFC 4180 quoting. */
    CSV,
    /** One JSON object per row, values typed (numbers, booleans, arrays, objects). */
    JSON;

    public ResultPrinter printer(PrintWriter out)
    {
        return switch (this) {
            case TABLE -> new AlignedTablePrinter(out);
            case CSV -> new CsvPrinter(out);
            case JSON -> new JsonLinesPrinter(out);
        };
    }
}
