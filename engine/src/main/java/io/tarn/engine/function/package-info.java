/**
 * The function library's framework: signatures in Trino's notation, binding of argument types with Trino's
 * implicit coercions, the registry of scalar, aggregate and window functions, and the Calcite operators
 * through which the validator resolves them. The functions themselves live in {@code library}.
 */
package io.tarn.engine.function;
