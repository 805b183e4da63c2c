/**
 * Vectorized expressions: each computes a column for the live rows of a batch. Conditional forms (CASE,
 * AND, OR, COALESCE, IF) evaluate their branches only on the rows that reach them, so a guarded division
 * by zero never fails, as in Trino.
 */
package io.tarn.engine.exec.expression;
