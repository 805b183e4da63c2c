/**
 * The error model every layer shares: a stable error code (name, number, category) on each error a user
 * can see, in the manner of Trino's {@code StandardErrorCode} and {@code TrinoException}. Each module owns
 * an enum of its codes; numbers never change once published.
 */
package io.tarn.error;
