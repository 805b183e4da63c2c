/**
 * The engine's API for embedders (the server, the command line, tests): {@link io.tarn.engine.Engine}
 * runs Trino-dialect statements over a lake's event data stores and returns results as column batches with
 * Lake's statistics.
 */
package io.tarn.engine;
