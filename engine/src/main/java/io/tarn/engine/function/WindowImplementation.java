package io.tarn.engine.function;

/**
 * Marker for window functions implemented outside the executor's built-in ranking and value functions.
 * The built-in ones ({@code row_number}, {@code rank}, {@code lag}, ...) come from Calcite's standard
 * operators; aggregates can also be used as window functions.
 */
public interface WindowImplementation
{
}
