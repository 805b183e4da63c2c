/**
 * Grouped accumulators: the standard aggregates with their state in primitive arrays indexed by group, a
 * generic adapter for aggregates whose state is a Java object, and DISTINCT.
 */
package io.tarn.engine.exec.aggregation;
