/**
 * {@code tarn serve}: the HTTP server ({@code io.tarn.server.TarnServer}) as a command.
 */
package io.tarn.cli.serve;
