/**
 * Operators: each pulls column batches from its inputs and produces batches ({@link Operator#next()}).
 * Batches are valid until the next call; operators that keep rows copy them into a {@link RowStore}.
 */
package io.tarn.engine.exec.operator;
