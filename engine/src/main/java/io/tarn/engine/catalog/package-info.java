/**
 * What SQL can name: event data stores as tables of catalog {@code tarn}, schema {@code default} (by id,
 * name and ARN), {@code information_schema}, and the {@code system} tables clients query, all presented
 * to Calcite as schemas built fresh for each statement.
 */
package io.tarn.engine.catalog;
