/**
 * Tarn's executor: a tree of operators that pull column batches from their inputs, and vectorized
 * expressions that compute a column for every live row of a batch. Nothing here runs one row at a time
 * through generic code on the hot paths; row-at-a-time adapters exist for rare functions.
 */
package io.tarn.engine.exec;
