/**
 * {@code tarn ingest}, {@code tarn compact} and {@code tarn maintain}: putting events into stores and keeping
 * their files in shape.
 */
package io.tarn.cli.ingest;
