/**
 * Printing query results: aligned tables as the Trino CLI draws them, CSV, and JSON lines.
 */
package io.tarn.cli.output;
