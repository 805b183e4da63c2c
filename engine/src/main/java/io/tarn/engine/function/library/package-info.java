/**
 * The function library: Trino's functions with Trino's names and semantics, one class per family, each
 * registering its functions with a {@link io.tarn.engine.function.FunctionRegistry.Builder}.
 */
package io.tarn.engine.function.library;
