/**
 * The event data store catalog on the lake's SQLite database: the {@code event_data_stores} and
 * {@code lake_properties} tables, the lifecycle rules of spec 2 and the validation of advanced event
 * selectors, names, retention periods and tags.
 */
package io.tarn.storage.impl.catalog;
