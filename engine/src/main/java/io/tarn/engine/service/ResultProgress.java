package io.tarn.engine.service;

/**
 * How much of a query's results is stored and readable: rows and bytes of the result file, both only
 * ever growing while the query runs.
 */
record ResultProgress(long rows, long bytes)
{
    static final ResultProgress EMPTY = new ResultProgress(0, 0);
}
