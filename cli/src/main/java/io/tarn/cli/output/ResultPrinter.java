package io.tarn.cli.output;

import io.tarn.engine.ResultColumn;

import java.util.List;

/**
 * Prints a result as it streams: the columns once, then rows as Java values
 * (see {@code io.tarn.engine.exec.Values}).
 */
public interface ResultPrinter
{
    void columns(List<ResultColumn> columns);

    void row(List<Object> values);

    /**
     * Called after the last row; flushes what is buffered.
     */
    void finish();
}
