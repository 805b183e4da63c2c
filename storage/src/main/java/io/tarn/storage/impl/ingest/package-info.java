/**
 * Everything that writes data files: JSON-to-ORC ingestion (a streaming record splitter, a schema-driven
 * Jackson parser filling ORC column vectors, sorting by event time, one ORC file per partition and flush),
 * the atomic commit protocol over {@link io.tarn.storage.impl.DataFileRegistry} with crash recovery,
 * compaction of small files and deletion of files past retention.
 */
package io.tarn.storage.impl.ingest;
