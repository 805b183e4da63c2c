/**
 * JMH micro-benchmarks of Tarn's hot paths on generated CloudTrail events: JSON parsing and ORC writing
 * (ingestion), batch filters and hash aggregation (the engine's operators) and store scans. Each has a smoke
 * test that runs it once on tiny data. Run them from the uber-jar: {@code java -jar benchmarks/target/benchmarks.jar}.
 */
package io.tarn.benchmarks.jmh;
