/**
 * {@code tarn verify-results} and {@code tarn keys}: checking delivered query results and exporting the key
 * that checks them.
 */
package io.tarn.cli.results;
