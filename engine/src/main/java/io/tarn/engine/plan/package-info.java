/**
 * Planning: from SQL text to an optimized logical plan (Calcite {@code RelNode}s), with Tarn's scan node,
 * its pushdown rules, and the extraction of {@code eventTime} ranges.
 */
package io.tarn.engine.plan;
