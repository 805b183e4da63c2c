/**
 * A deterministic generator of realistic CloudTrail events: the same options and seed give the same log
 * files byte for byte, whatever the number of threads. It writes gzipped {@code {"Records":[...]}} files in
 * a trail's {@code AWSLogs/<account>/CloudTrail/<region>/YYYY/MM/DD/} layout.
 */
package io.tarn.benchmarks.generator;
