/**
 * Types: Calcite's type system tuned to Trino's rules, the {@code json} type, and the mapping from Calcite
 * types to Trino's type names, client type signatures and physical vectors.
 */
package io.tarn.engine.type;
