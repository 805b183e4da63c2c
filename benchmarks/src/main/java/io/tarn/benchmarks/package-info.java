/**
 * Benchmarks: entry points that measure Tarn's hot paths on generated data and print what they measured.
 * Timing targets live here, never in tests.
 */
package io.tarn.benchmarks;
