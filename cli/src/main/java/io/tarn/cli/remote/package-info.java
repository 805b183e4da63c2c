/**
 * The command line as a client of a running {@code tarn serve}'s REST API ({@code --server URL}).
 */
package io.tarn.cli.remote;
