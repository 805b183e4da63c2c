/**
 * Trino's client protocol ({@link io.tarn.server.trino.TrinoProtocol}), so that the Trino JDBC driver, the
 * Trino CLI and the tools built on them work with Tarn unchanged: statements, paged results in Trino's value
 * encoding, cancellation, session headers, errors with their position.
 */
package io.tarn.server.trino;
