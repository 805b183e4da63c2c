/**
 * Tarn's HTTP server ({@link io.tarn.server.TarnServer}): the REST API ({@code io.tarn.server.rest}) and the
 * Trino client protocol ({@code io.tarn.server.trino}) on one Jetty port, sharing authentication, limits,
 * error responses and the request log ({@code io.tarn.server.http}).
 */
package io.tarn.server;
