/**
 * {@code tarn queries}: starting, describing, listing and cancelling queries and reading their results
 * through the lake's query service.
 */
package io.tarn.cli.queries;
