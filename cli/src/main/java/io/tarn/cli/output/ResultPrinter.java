package io.tarn.cli.output;

import java.util.List;

/**
 * Prints a result as it streams: the columns once, then the rows, then {@link #finish()}.
 */
public interface ResultPrinter
{
    void columns(List<OutputColumn> columns);

    void row(OutputRow row);

    /**
     * Called after the last row; prints what is buffered and flushes.
     */
    void finish();
}
